import { Arg, Args, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireBeheerder } from '../../core/access.js';
import { actorOf } from '../../core/audit.js';
import { assertUuid } from '../../core/ids.js';
import type { AccountsContext } from './accounts.context.js';
import { ApiKey } from './api-key.entity.js';
import { CreateApiKeyArgs } from './api-key.input.js';
import { ApiKeyCaller, NieuweApiKey } from './api-key.type.js';
import { OrganisatieRef } from './organisatie.type.js';

/** API keys: beheerders manage those of their own organisaties, the landelijk beheerder those of every organisatie. */
@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Mutation(() => NieuweApiKey, { description: 'Maakt een API-sleutel voor een organisatie. De sleutel staat alleen in dit antwoord. Voor beheerders van die organisatie.' })
  createApiKey(@Args(() => CreateApiKeyArgs) args: CreateApiKeyArgs, @Ctx() ctx: AccountsContext): Promise<NieuweApiKey> {
    return ctx.services.apiKeys.create(requireBeheerder(ctx), args, actorOf(ctx));
  }

  @Mutation(() => ApiKey, { description: 'Trekt een API-sleutel in; hij werkt direct niet meer. Nog eens intrekken verandert niets.' })
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: AccountsContext): Promise<ApiKey> {
    const caller = requireBeheerder(ctx);
    assertUuid(id, 'id');
    return ctx.services.apiKeys.revoke(caller, id, actorOf(ctx));
  }

  @Query(() => [ApiKey], { description: 'De API-sleutels van een organisatie (of van alle organisaties die je beheert), de nieuwste eerst, ook ingetrokken sleutels.' })
  apiKeys(@Arg('organisatieId', () => ID, { nullable: true }) organisatieId: string | null, @Ctx() ctx: AccountsContext): Promise<ApiKey[]> {
    return ctx.services.apiKeys.list(requireBeheerder(ctx), organisatieId ?? null);
  }

  @FieldResolver(() => OrganisatieRef)
  organisatie(@Root() apiKey: ApiKey): OrganisatieRef {
    return { id: apiKey.organisatieId };
  }

  /**
   * For the gateway only (not in the public API): who an API key stands for. Without a valid key it answers
   * null and nothing else.
   */
  @Query(() => ApiKeyCaller, { nullable: true })
  @Directive('@inaccessible')
  apiKeyCaller(@Arg('key', () => String) key: string, @Ctx() ctx: AccountsContext): Promise<ApiKeyCaller | null> {
    return ctx.services.apiKeys.verify(key);
  }
}
