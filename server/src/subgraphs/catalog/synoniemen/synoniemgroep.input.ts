import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Een synoniemgroep: alle woorden en de toelichting (bij wijzigen vervangt dit de hele groep).' })
export class SynoniemgroepInput {
  @Field(() => [String], { description: '2 tot 20 woorden; hoofdletters en spaties aan het begin en eind tellen niet.' })
  termen: string[];

  @Field(() => String, { nullable: true })
  toelichting?: string | null;
}
