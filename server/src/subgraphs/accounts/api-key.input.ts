import { ArgsType, Field, ID } from 'type-graphql';
import { ApiKeyScope } from './accounts.enums.js';

@ArgsType()
export class CreateApiKeyArgs {
  @Field(() => ID)
  organisatieId: string;

  @Field(() => String, { description: 'Waar de sleutel voor is, 1 tot 100 tekens.' })
  naam: string;

  @Field(() => [ApiKeyScope], { nullable: true, description: 'Wat de sleutel mag lezen; minstens één.' })
  scopes?: ApiKeyScope[] | null;

  @Field(() => Date, { nullable: true, description: 'Vanaf dit moment werkt de sleutel niet meer; leeg: geen einddatum.' })
  verlooptOp?: Date | null;
}
