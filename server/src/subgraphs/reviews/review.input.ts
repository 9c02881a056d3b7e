import { ArgsType, Field, ID, Int } from 'type-graphql';

/** The scores and explanations both createReview and updateReview take, beside `sterren`. */
@ArgsType()
export class ReviewFieldsArgs {
  @Field(() => Int, { nullable: true, description: 'Score voor het resultaat, 1 tot en met 5 (mag leeg).' })
  resultaat?: number | null;

  @Field(() => Int, { nullable: true, description: 'Score voor de uitvoering, 1 tot en met 5 (mag leeg).' })
  uitvoering?: number | null;

  @Field(() => String, { nullable: true, description: 'Toelichting op de algemene score: platte tekst, hoogstens 2.000 tekens; opmaak wordt verwijderd.' })
  tekst?: string | null;

  @Field(() => String, { nullable: true, description: 'Toelichting op het resultaat (zoals tekst).' })
  toelichtingResultaat?: string | null;

  @Field(() => String, { nullable: true, description: 'Toelichting op de uitvoering (zoals tekst).' })
  toelichtingUitvoering?: string | null;
}

@ArgsType()
export class CreateReviewArgs extends ReviewFieldsArgs {
  @Field(() => ID)
  instrumentId: string;

  @Field(() => Int, { description: 'Algemene score, 1 tot en met 5.' })
  sterren: number;

  @Field(() => ID, { nullable: true, description: 'Namens welke van je organisaties je schrijft; standaard de eerste.' })
  organisatieId?: string | null;
}

@ArgsType()
export class UpdateReviewArgs extends ReviewFieldsArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'De versie die je bewerkte.' })
  version: number;

  @Field(() => Int, { nullable: true, description: 'Algemene score, 1 tot en met 5; leeg laat hem zoals hij is.' })
  sterren?: number | null;
}

/** What a review holds after create or update, validated and cleaned. */
export interface ReviewValues {
  sterren: number;
  resultaat: number | null;
  uitvoering: number | null;
  tekst: string | null;
  toelichtingResultaat: string | null;
  toelichtingUitvoering: string | null;
}
