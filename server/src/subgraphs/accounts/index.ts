import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../core/federation.js';
import { AccountGebeurtenisResolver } from './account-gebeurtenis.resolver.js';
import { ApiKeyResolver } from './api-key.resolver.js';
import { AuthResolver } from './auth.resolver.js';
import { Auteur, auteurReference } from './auteur.type.js';
import { GebruikerResolver } from './gebruiker.resolver.js';

export { openAccounts, type AccountsContext } from './accounts.context.js';

/** The accounts subgraph schema. It owns no port: servers and tests call it as they like. */
export function buildAccountsSchema(): Promise<GraphQLSchema> {
  // Gebruiker is deliberately no entity (@key): `_entities` would let anyone look up accounts by id.
  // Auteur, its public face (naam only), is: other subgraphs reference it, no field of ours returns it.
  return buildFederatedSchema(
    { resolvers: [GebruikerResolver, AuthResolver, AccountGebeurtenisResolver, ApiKeyResolver], orphanedTypes: [Auteur] },
    { Auteur: auteurReference },
  );
}
