import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Aanbieder } from '../aanbieder.entity.js';
import { DuurEenheid, InstrumentType } from '../catalog.enums.js';
import { DecimalScalar } from '../../../core/scalars.js';
import { Wijk } from '../wijk.entity.js';

/** What every choice of a filter shows next to its value, like a kenmerk facet's option. */
@ObjectType()
export abstract class OptieTelling {
  @Field(() => Int, { description: 'Aantal resultaten met deze keuze in plaats van de huidige; alle andere filters tellen mee.' })
  count: number;

  @Field(() => Boolean, { description: 'Staat deze keuze nu aan?' })
  selected: boolean;

  @Field(() => Boolean, { description: 'Onwaar als er met deze keuze niets overblijft: toon de keuze, maar grijs.' })
  available: boolean;
}

@ObjectType({ description: 'Eén keuze voor minSterren, met het aantal instrumenten dat er dan overblijft.' })
export class SterrenOptie extends OptieTelling {
  @Field(() => Int, { description: 'Gemiddeld minstens zoveel sterren (1 tot en met 5).' })
  minSterren: number;
}

@ObjectType({ description: 'Eén keuze voor maxKosten (totale kosten), met het aantal instrumenten dat er dan overblijft.' })
export class KostenOptie extends OptieTelling {
  @Field(() => DecimalScalar, { description: 'Totale kosten hoogstens dit bedrag in euro (0: gratis); de waarde voor filter.maxKosten.' })
  maxKosten: string;

  @Field(() => String, { description: 'De keuze in woorden, bijvoorbeeld "Tot en met € 500".' })
  label: string;
}

@ObjectType({ description: 'Eén keuze voor maxDuur (totale duur), met het aantal instrumenten dat er dan overblijft.' })
export class DuurOptie extends OptieTelling {
  @Field(() => Float, { description: 'Samen met eenheid de waarde voor filter.maxDuur.' })
  waarde: number;

  @Field(() => DuurEenheid)
  eenheid: DuurEenheid;

  @Field(() => String, { description: 'De keuze in woorden, bijvoorbeeld "Hoogstens 3 maanden".' })
  label: string;
}

@ObjectType({ description: 'Eén bereik van de intensiteit in uur per week, met het aantal instrumenten dat er dan overblijft.' })
export class IntensiteitOptie extends OptieTelling {
  @Field(() => Float, { nullable: true, description: 'De waarde voor filter.minIntensiteit (leeg: geen ondergrens).' })
  minIntensiteit: number | null;

  @Field(() => Float, { nullable: true, description: 'De waarde voor filter.maxIntensiteit (leeg: geen bovengrens).' })
  maxIntensiteit: number | null;

  @Field(() => String, { description: 'Het bereik in woorden, bijvoorbeeld "8 tot en met 16 uur per week".' })
  label: string;
}

@ObjectType({ description: 'Instrument of leerwerktraject, met het aantal dat er dan overblijft.' })
export class TypeOptie extends OptieTelling {
  @Field(() => InstrumentType)
  type: InstrumentType;
}

@ObjectType({ description: 'Een aanbieder met het aantal van zijn instrumenten in het resultaat zonder aanbiederfilter.' })
export class AanbiederOptie extends OptieTelling {
  @Field(() => Aanbieder)
  aanbieder: Aanbieder;
}

@ObjectType({ description: 'Een wijk van de gekozen gemeente, met het aantal instrumenten dat er beschikbaar is.' })
export class WijkOptie extends OptieTelling {
  @Field(() => Wijk)
  wijk: Wijk;
}
