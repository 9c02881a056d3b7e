import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Een nieuwe aanbieder (de partij die instrumenten uitvoert).' })
export class CreateAanbiederInput {
  @Field(() => ID, { description: 'De beherende organisatie.' })
  organisatieId: string;

  @Field(() => String)
  naam: string;

  @Field(() => String, { nullable: true, description: 'Begint met http:// of https://.' })
  website?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  telefoon?: string | null;
}

@InputType({ description: 'Wijzig alleen de meegegeven velden; null maakt een veld leeg.' })
export class UpdateAanbiederInput {
  @Field(() => ID, { nullable: true, description: 'Verhuis de aanbieder naar een andere organisatie die je beheert.' })
  organisatieId?: string | null;

  @Field(() => String, { nullable: true })
  naam?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  telefoon?: string | null;
}
