import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DecimalScalar } from '../../../core/scalars.js';
import { DuurEenheid, Gids, InstrumentType } from '../catalog.enums.js';

@InputType({ description: 'Hoogstens zo lang, in een eenheid naar keuze (bijv. 6 WEEK).' })
export class DuurFilter {
  @Field(() => Float)
  waarde: number;

  @Field(() => DuurEenheid)
  eenheid: DuurEenheid;
}

@InputType({
  description:
    'Beperk de instrumenten. Kenmerken binnen één categorie tellen als "of", verschillende categorieën en de overige voorwaarden als "en".',
})
export class InstrumentFilter {
  @Field(() => Gids, { nullable: true, description: 'Alleen voor instruments; instrumentSearch krijgt de gids als argument.' })
  gids?: Gids | null;

  @Field(() => String, { nullable: true, description: 'Zoektekst: naam, samenvatting, doel, werkwijze en aanbieder; Nederlandse woordvormen, tikfouten en begin van woorden tellen mee.' })
  tekst?: string | null;

  @Field(() => [String], { nullable: true, description: 'Kenmerkcodes (bijv. EW02, KK08). Een bovenliggend kenmerk (KK15) vindt ook de onderliggende.' })
  kenmerken?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Arbeidsmarktregio (AM18): landelijke instrumenten en die in de regio, haar gemeenten of wijken.' })
  regio?: string | null;

  @Field(() => ID, { nullable: true, description: 'Gemeente (GM0363): landelijk, de eigen arbeidsmarktregio, de gemeente en haar wijken.' })
  gemeente?: string | null;

  @Field(() => ID, { nullable: true, description: 'Wijk: landelijk, de regio en gemeente van de wijk, en de wijk zelf.' })
  wijk?: string | null;

  @Field(() => ID, { nullable: true })
  organisatieId?: string | null;

  @Field(() => ID, { nullable: true })
  aanbiederId?: string | null;

  @Field(() => InstrumentType, { nullable: true, description: 'Alleen instrumenten of alleen leerwerktrajecten (Dennis).' })
  type?: InstrumentType | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Totale kosten hoogstens dit bedrag in euro; instrumenten zonder bekende kosten vallen af.' })
  maxKosten?: string | null;

  @Field(() => DuurFilter, { nullable: true, description: 'Totale duur hoogstens dit; instrumenten zonder bekende duur vallen af.' })
  maxDuur?: DuurFilter | null;

  @Field(() => Float, { nullable: true, description: 'Intensiteit minstens zoveel uur per week.' })
  minIntensiteit?: number | null;

  @Field(() => Float, { nullable: true, description: 'Intensiteit hoogstens zoveel uur per week.' })
  maxIntensiteit?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Gemiddeld minstens zoveel sterren (1 tot en met 5) in de beoordelingen van professionals; instrumenten zonder beoordeling vallen af.',
  })
  minSterren?: number | null;
}
