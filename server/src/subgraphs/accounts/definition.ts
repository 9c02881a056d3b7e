import type { SubgraphDefinition } from '../../core/subgraph-definition.js';
import { ACCOUNTS_ENTITIES } from './entities.js';
import { buildAccountsSchema, openAccounts } from './index.js';
import { ACCOUNTS_MIGRATIONS } from './migrations/index.js';
import { seedAccounts } from './seed/seed.js';

/** Accounts as the registry and the tests run it. */
export const accountsDefinition: SubgraphDefinition = {
  name: 'accounts',
  schema: 'accounts',
  entities: ACCOUNTS_ENTITIES,
  migrations: ACCOUNTS_MIGRATIONS,
  buildSchema: buildAccountsSchema,
  open: (ds) => openAccounts(ds),
  seed: seedAccounts,
};
