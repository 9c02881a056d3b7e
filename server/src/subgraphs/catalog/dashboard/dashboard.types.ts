import { ArgsType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../../core/pagination.js';
import { Gids } from '../catalog.enums.js';
import { Instrument } from '../instrument.entity.js';
import { Kenmerk } from '../kenmerk.entity.js';
import { Regio } from '../regio.entity.js';

export enum InstrumentDimensie {
  TEGEL = 'TEGEL',
  KLANTKENMERK = 'KLANTKENMERK',
  UITVOERINGSVORM = 'UITVOERINGSVORM',
  REGIO = 'REGIO',
  GEMEENTE = 'GEMEENTE',
  ORGANISATIE = 'ORGANISATIE',
  AANBIEDER = 'AANBIEDER',
  STATUS = 'STATUS',
}
registerEnumType(InstrumentDimensie, {
  name: 'InstrumentDimensie',
  description: 'Waarnaar instrumenten geteld worden. REGIO en GEMEENTE tellen wat daar beschikbaar is (landelijk telt overal mee).',
});

export enum AanbevolenVeld {
  KOSTEN = 'KOSTEN',
  DUUR = 'DUUR',
  CONTACTPERSOON = 'CONTACTPERSOON',
  LOCATIE = 'LOCATIE',
}
registerEnumType(AanbevolenVeld, {
  name: 'AanbevolenVeld',
  description: 'Een niet-verplicht veld van het instrumentenformat dat een instrument wel hoort te hebben.',
});

@ObjectType({ description: 'Een basiskenmerk (tegel of klantkenmerk) zonder gepubliceerd instrument dat in de regio beschikbaar is.' })
export class Dekkingsgat {
  @Field(() => Regio)
  regio: Regio;

  @Field(() => Kenmerk)
  kenmerk: Kenmerk;
}

@ObjectType({ description: 'Het aantal instrumenten met deze waarde per gekozen dimensie.' })
export class InstrumentAantal {
  @Field(() => [String], { description: 'Per dimensie de code of het id, in de volgorde van `per`.' })
  sleutels: string[];

  @Field(() => Int)
  aantal: number;

  /** The dimensions of `sleutels`, for the labels. */
  per: InstrumentDimensie[];
}

export const DashboardInstrumentConnection = ConnectionType(Instrument, 'DashboardInstrumentConnection');

@ArgsType()
export class DashboardLijstArgs {
  @Field(() => Gids, { nullable: true, description: 'Alleen instrumenten van deze gids.' })
  gids?: Gids | null;

  @Field(() => Int, { nullable: true, description: 'Aantal per pagina, 1 tot en met 100 (standaard 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'endCursor van de vorige pagina.' })
  after?: string | null;
}

@ArgsType()
export class VerouderdArgs extends DashboardLijstArgs {
  @Field(() => Int, { defaultValue: 6, description: 'Niet gewijzigd in zoveel maanden (1 tot en met 120).' })
  maanden: number;
}

@ArgsType()
export class VerlopendArgs extends DashboardLijstArgs {
  @Field(() => Int, { defaultValue: 30, description: 'Publicatie eindigt binnen zoveel dagen (1 tot en met 366).' })
  dagen: number;
}

@ArgsType()
export class OnvolledigArgs extends DashboardLijstArgs {
  @Field(() => [AanbevolenVeld], { nullable: true, description: 'Welke velden tellen (standaard alle); een instrument mist er minstens één.' })
  velden?: AanbevolenVeld[] | null;
}
