import type { GraphQLSchema } from 'graphql';
import type { DataSource, EntitySchema, MixedList } from 'typeorm';
import type { ContextFactory } from './context.js';

/**
 * What a subgraph hands the code that runs it (run-subgraph.ts, the tests, the scripts). Here in core, so a
 * subgraph can describe itself without importing the registry, which imports every subgraph.
 */

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
  /** Its name in the supergraph, and the audience its gateway-signed caller headers must name. */
  name: string;
  /** The PostgreSQL schema it owns. */
  schema: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: Function[];
  buildSchema: () => Promise<GraphQLSchema>;
  /** Prepares what serving needs (e.g. the search index) and hands out per-request contexts. */
  open: (ds: DataSource, log?: (message: string) => void) => Promise<OpenSubgraph>;
  seed: (ds: DataSource, options: SeedOptions) => Promise<void>;
}
