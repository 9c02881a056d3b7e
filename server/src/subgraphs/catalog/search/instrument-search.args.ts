import { ArgsType, Field, Int } from 'type-graphql';
import { Gids } from '../catalog.enums.js';
import { InstrumentFilter } from './instrument-filter.input.js';
import { InstrumentSort } from './instrument-sort.js';

@ArgsType()
export class InstrumentsArgs {
  @Field(() => InstrumentFilter, { nullable: true })
  filter?: InstrumentFilter | null;

  @Field(() => Int, { nullable: true, description: 'Aantal per pagina, 1 tot en met 100 (standaard 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'endCursor van de vorige pagina.' })
  after?: string | null;
}

@ArgsType()
export class InstrumentSearchArgs extends InstrumentsArgs {
  @Field(() => Gids)
  gids: Gids;

  @Field(() => InstrumentSort, { nullable: true })
  sort?: InstrumentSort | null;
}
