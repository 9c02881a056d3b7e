import { Field, ID, InputType, Int } from 'type-graphql';
import { Gids, InteractieSoort } from './insights.enums.js';

/** One interaction as an app reports it. Never the search text, never anything about the person. */
@InputType()
export class InteractieInput {
  @Field(() => InteractieSoort)
  soort: InteractieSoort;

  @Field(() => Gids)
  gids: Gids;

  @Field(() => ID, { nullable: true, description: 'Het instrument; nodig bij alles behalve ZOEKEN.' })
  instrumentId?: string | null;

  @Field(() => [String], { nullable: true, description: 'De gekozen kenmerkcodes (zoals AB12) van de zoekopdracht.' })
  kenmerken?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Gekozen arbeidsmarktregio, code zoals AM01.' })
  regio?: string | null;

  @Field(() => String, { nullable: true, description: 'Gekozen gemeente, code zoals GM0363.' })
  gemeente?: string | null;

  @Field(() => Int, { nullable: true, description: 'Aantal gevonden instrumenten; nodig bij ZOEKEN.' })
  resultaten?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Of er met zoektekst gezocht is (de tekst zelf wordt nooit bewaard).' })
  tekstGebruikt?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Een willekeurig id per browsertabblad (alleen in het geheugen van de app), hoogstens 64 tekens: letters, cijfers, - en _.' })
  tab?: string | null;
}
