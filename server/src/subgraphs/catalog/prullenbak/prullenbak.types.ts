import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../../core/pagination.js';

export enum PrullenbakSoort {
  INSTRUMENT = 'INSTRUMENT',
  AANBIEDER = 'AANBIEDER',
}
registerEnumType(PrullenbakSoort, { name: 'PrullenbakSoort', description: 'Wat er in de prullenbak ligt.' });

@ObjectType({ description: 'Een verwijderd instrument of een verwijderde aanbieder: terug te zetten tot het definitief verwijderd wordt.' })
export class PrullenbakItem {
  @Field(() => ID, { description: 'Het id van het instrument of de aanbieder (voor restoreInstrument of restoreAanbieder).' })
  id: string;

  @Field(() => PrullenbakSoort)
  soort: PrullenbakSoort;

  @Field(() => String)
  naam: string;

  /** Resolved through the request's organisatieById loader. */
  organisatieId: string;

  @Field(() => Date)
  verwijderdOp: Date;

  @Field(() => ID, { nullable: true, description: 'De gebruiker (accounts) die het verwijderde.' })
  verwijderdDoor: string | null;

  @Field(() => Date, { description: 'Vanaf dit moment kan het definitief verwijderd worden (na de bewaartermijn).' })
  purgeOp: Date;
}

export const PrullenbakConnection = ConnectionType(PrullenbakItem, 'PrullenbakConnection');

@ArgsType()
export class PrullenbakArgs {
  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
