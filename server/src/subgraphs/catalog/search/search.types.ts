import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../../core/pagination.js';
import { Instrument } from '../instrument.entity.js';
import { KenmerkCategorie } from '../kenmerk-categorie.entity.js';
import { Kenmerk } from '../kenmerk.entity.js';
import type { FacetCount } from './kenmerk-selection.js';
import { OptieTelling } from './search-opties.types.js';
import type { SearchOutcome } from './search.service.js';

@ObjectType({ description: 'Eén keuze in een filter, met het aantal instrumenten dat er dan overblijft.' })
export class FacetOptie extends OptieTelling {
  @Field(() => Kenmerk)
  kenmerk: Kenmerk;

  @Field(() => Int, { description: 'Aantal resultaten met deze keuze erbij; keuzes binnen dezelfde categorie tellen hier niet mee.' })
  declare count: number;
}

@ObjectType({ description: 'Een filtercategorie met haar keuzes, in de volgorde van de gids.' })
export class Facet {
  @Field(() => KenmerkCategorie)
  categorie: KenmerkCategorie;

  @Field(() => [FacetOptie])
  opties: FacetOptie[];
}

@ObjectType({ description: 'Zoekresultaten met per filtercategorie de aantallen.' })
export class InstrumentSearchResult {
  @Field(() => Int)
  totalCount: number;

  @Field(() => [Instrument])
  nodes: Instrument[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  /** Facet counts are computed only when the query asks for them. */
  facetCounts: () => FacetCount[];

  /** The counts per choice of a filter, computed only when the query asks for that filter's choices. */
  opties: SearchOutcome['opties'];

  /** Computed only when the query asks for it. */
  suggestie: SearchOutcome['suggestie'];
}
