import { ArgsType, Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../../core/scalars.js';
import { Gids, InteractieSoort } from './insights.enums.js';

export enum Periode {
  DAG = 'DAG',
  WEEK = 'WEEK',
  MAAND = 'MAAND',
}
registerEnumType(Periode, { name: 'Periode', description: 'Een dag, een week (vanaf maandag) of een kalendermaand, in Nederlandse tijd.' });

/** The catalog's Instrument; insights knows only the id, the gateway adds the rest (naam...). */
@ObjectType('Instrument')
@Directive('@key(fields: "id", resolvable: false)')
export class InstrumentRef {
  @Field(() => ID)
  id: string;
}

/** The filter every interaction query shares: a period of days, optionally one gids and one regio. */
@ArgsType()
export class DashboardFilterArgs {
  @Field(() => LocalDateScalar, { description: 'De eerste dag (Nederlandse tijd).' })
  van: string;

  @Field(() => LocalDateScalar, { description: 'De laatste dag; telt mee. Hoogstens twee jaar na `van`.' })
  tot: string;

  @Field(() => Gids, { nullable: true, description: 'Alleen deze gids.' })
  gids?: Gids | null;

  @Field(() => String, { nullable: true, description: 'Alleen interacties in deze regio (AM01...). Verplicht voor regiobeheerders.' })
  regio?: string | null;
}

@ArgsType()
export class PerPeriodeArgs extends DashboardFilterArgs {
  @Field(() => Periode)
  per: Periode;

  @Field(() => InteractieSoort, { nullable: true, description: 'Alleen deze soort interactie.' })
  soort?: InteractieSoort | null;
}

@ArgsType()
export class TopInstrumentenArgs extends DashboardFilterArgs {
  @Field(() => Int, { defaultValue: 10, description: 'Hoeveel rijen (1 tot en met 100).' })
  first: number;
}

@ArgsType()
export class TopArgs extends DashboardFilterArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Hoeveel rijen (1 tot en met 100).' })
  first: number;
}

@ObjectType({ description: 'Het aantal interacties van één soort en gids in één periode.' })
export class InteractiesInPeriode {
  @Field(() => LocalDateScalar, { description: 'De eerste dag van de periode.' })
  periode: string;

  @Field(() => InteractieSoort)
  soort: InteractieSoort;

  @Field(() => Gids)
  gids: Gids;

  @Field(() => Int)
  aantal: number;
}

@ObjectType({ description: 'Hoe vaak een instrument bekeken is.' })
export class BekekenInstrument {
  @Field(() => InstrumentRef)
  instrument: InstrumentRef;

  @Field(() => Int)
  aantal: number;
}

@ObjectType({ description: 'Hoe vaak een kenmerk in zoekopdrachten gekozen is.' })
export class KenmerkGebruik {
  @Field(() => String)
  code: string;

  @Field(() => Int)
  aantal: number;
}

@ObjectType({ description: 'Een combinatie van filters waarmee gezocht is zonder resultaat, en hoe vaak.' })
export class ZoekopdrachtZonderResultaat {
  @Field(() => [String], { description: 'De gekozen kenmerkcodes, gesorteerd.' })
  kenmerken: string[];

  @Field(() => String, { nullable: true })
  regio: string | null;

  @Field(() => String, { nullable: true })
  gemeente: string | null;

  @Field(() => Int)
  aantal: number;
}

@ObjectType({ description: 'Hoe vaak bekijken van een instrument leidde tot contact.' })
export class Doorklikratio {
  @Field(() => Int, { description: 'Aantal keer een instrument bekeken.' })
  bekeken: number;

  @Field(() => Int, { description: 'Aantal keer contact of aanvraag aangeklikt.' })
  contact: number;

  @Field(() => Float, { nullable: true, description: 'contact / bekeken; leeg als er niets bekeken is.' })
  ratio: number | null;
}
