import type { GraphQLSchema } from 'graphql';
import type { ContextFactory } from '../core/context.js';
import type { DataSource, EntitySchema, MixedList } from 'typeorm';
import { buildAccountsSchema, openAccounts } from './accounts/index.js';
import { ACCOUNTS_ENTITIES } from './accounts/entities.js';
import { ACCOUNTS_MIGRATIONS } from './accounts/migrations/index.js';
import { seedAccounts } from './accounts/seed/seed.js';
import { buildCatalogSchema, openCatalog } from './catalog/index.js';
import { CATALOG_ENTITIES } from './catalog/entities.js';
import { CATALOG_MIGRATIONS } from './catalog/migrations/index.js';
import { seedCatalog } from './catalog/seed/seed.js';

export interface SeedOptions {
  /** How many demo instruments to generate (0: reference data only). */
  demoInstruments: number;
  /** Create the demo logins (accounts; never in production). */
  demoAccounts?: boolean;
  log?: (message: string) => void;
}

export interface OpenSubgraph {
  context: ContextFactory<object>;
  /** Resolves when every change committed so far is visible to reads (in-memory indexes caught up). */
  sync: () => Promise<void>;
  close: () => Promise<void>;
}

export interface SubgraphDefinition {
  name: string;
  /** The PostgreSQL schema it owns. */
  schema: string;
  /** Default port when served on its own or by `npm start`. */
  port: number;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: Function[];
  buildSchema: () => Promise<GraphQLSchema>;
  /** Prepares what serving needs (e.g. the search index) and hands out per-request contexts. */
  open: (ds: DataSource, log?: (message: string) => void) => Promise<OpenSubgraph>;
  seed: (ds: DataSource, options: SeedOptions) => Promise<void>;
}

export const SUBGRAPHS: SubgraphDefinition[] = [
  {
    name: 'catalog',
    schema: 'catalog',
    port: 4001,
    entities: CATALOG_ENTITIES,
    migrations: CATALOG_MIGRATIONS,
    buildSchema: buildCatalogSchema,
    open: openCatalog,
    seed: seedCatalog,
  },
  {
    name: 'accounts',
    schema: 'accounts',
    port: 4002,
    entities: ACCOUNTS_ENTITIES,
    migrations: ACCOUNTS_MIGRATIONS,
    buildSchema: buildAccountsSchema,
    open: (ds) => openAccounts(ds),
    seed: seedAccounts,
  },
];

export function subgraphByName(name: string): SubgraphDefinition {
  const found = SUBGRAPHS.find((s) => s.name === name);
  if (!found) throw new Error(`Unknown subgraph '${name}'. Known: ${SUBGRAPHS.map((s) => s.name).join(', ')}`);
  return found;
}
