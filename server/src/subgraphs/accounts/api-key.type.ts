import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { ApiKeyScope } from './accounts.enums.js';
import { ApiKey } from './api-key.entity.js';

@ObjectType('NieuweApiKey', { description: 'Een zojuist gemaakte API-sleutel. De sleutel staat alleen hier: bewaar hem meteen, hij is later niet meer op te vragen.' })
export class NieuweApiKey {
  @Field(() => String, { description: 'De sleutel; stuur hem mee als header `X-Api-Key`.' })
  key: string;

  @Field(() => ApiKey)
  apiKey: ApiKey;
}

/** What the gateway learns about a valid API key. Not in the public API (@inaccessible). */
@ObjectType('ApiKeyCaller')
@Directive('@inaccessible')
export class ApiKeyCaller {
  @Field(() => ID)
  id: string;

  @Field(() => [ID])
  organisatieIds: string[];

  @Field(() => [ApiKeyScope])
  scopes: ApiKeyScope[];
}
