import { Field, ID, InputType } from 'type-graphql';

/** The `version` argument of every update and delete of a record. */
export const VERSION_ARG = { description: 'De versie die je bewerkte: is die verouderd, dan volgt CONFLICT en verandert er niets.' };

@InputType({ description: 'Een nieuwe contactpersoon, één keer ingevoerd en vaker te koppelen.' })
export class CreateContactpersoonInput {
  @Field(() => ID)
  organisatieId: string;

  @Field(() => String)
  naam: string;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  telefoon?: string | null;
}

@InputType({ description: 'Wijzig alleen de meegegeven velden; null maakt een veld leeg.' })
export class UpdateContactpersoonInput {
  @Field(() => ID, { nullable: true })
  organisatieId?: string | null;

  @Field(() => String, { nullable: true })
  naam?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  telefoon?: string | null;
}

@InputType({ description: 'Een nieuw adres, één keer ingevoerd en vaker te gebruiken bij locaties.' })
export class CreateAdresInput {
  @Field(() => ID)
  organisatieId: string;

  @Field(() => String)
  straat: string;

  @Field(() => String)
  huisnummer: string;

  @Field(() => String, { description: 'Zoals 1234 AB.' })
  postcode: string;

  @Field(() => String)
  plaats: string;
}

@InputType({ description: 'Wijzig alleen de meegegeven velden.' })
export class UpdateAdresInput {
  @Field(() => ID, { nullable: true })
  organisatieId?: string | null;

  @Field(() => String, { nullable: true })
  straat?: string | null;

  @Field(() => String, { nullable: true })
  huisnummer?: string | null;

  @Field(() => String, { nullable: true })
  postcode?: string | null;

  @Field(() => String, { nullable: true })
  plaats?: string | null;
}

@InputType({ description: 'Een nieuwe wijk in een gemeente.' })
export class CreateWijkInput {
  @Field(() => ID)
  organisatieId: string;

  @Field(() => ID, { description: 'Gemeentecode, zoals GM0363.' })
  gemeenteCode: string;

  @Field(() => String)
  naam: string;
}

@InputType({ description: 'Wijzig alleen de meegegeven velden.' })
export class UpdateWijkInput {
  @Field(() => ID, { nullable: true })
  organisatieId?: string | null;

  @Field(() => ID, { nullable: true })
  gemeenteCode?: string | null;

  @Field(() => String, { nullable: true })
  naam?: string | null;
}

@InputType({ description: 'Een eigen doelgroep van een organisatie.' })
export class CreateDoelgroepInput {
  @Field(() => ID)
  organisatieId: string;

  @Field(() => String, { description: 'EVA_DOELGROEP of DENNIS_DOELGROEP.' })
  categorie: string;

  @Field(() => String)
  naam: string;

  @Field(() => String, { nullable: true })
  beschrijving?: string | null;
}

@InputType({ description: 'Wijzig alleen de meegegeven velden.' })
export class UpdateDoelgroepInput {
  @Field(() => String, { nullable: true })
  naam?: string | null;

  @Field(() => String, { nullable: true })
  beschrijving?: string | null;
}
