import 'reflect-metadata';
import { printSubgraphSchema } from '@apollo/subgraph';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { createSubgraphDataSource, migrate } from './core/data-source.js';
import { ensureEventStore } from './core/events.js';
import { createApolloServer, listenSubgraph, type SubgraphServer } from './core/subgraph-server.js';
import type { OpenSubgraph, SeedOptions, SubgraphDefinition } from './core/subgraph-definition.js';

export interface RunningSubgraph {
  definition: SubgraphDefinition;
  dataSource: DataSource;
  opened: OpenSubgraph;
  server: ApolloServer<object>;
  url: string;
  sdl: string;
  /** Graceful: drains the HTTP server, then closes what the subgraph opened, then the database pool. */
  stop(): Promise<void>;
}

export interface RunSubgraphOptions extends BootOptions {
  databaseUrl: string;
  port: number;
  host?: string;
  drainTimeoutMs?: number;
}

export interface BootOptions {
  seed?: SeedOptions | false;
  log?: (message: string) => void;
}

export interface BootedSubgraph {
  opened: OpenSubgraph;
  schema: GraphQLSchema;
}

/**
 * Every subgraph's one boot sequence, served (runSubgraph) or executed in process (the tests): the shared event
 * store, migrations and
 * seed (one replica at a time), then `open` (the catalog builds its search index), then its schema.
 */
export async function bootSubgraph(definition: SubgraphDefinition, dataSource: DataSource, options: BootOptions = {}): Promise<BootedSubgraph> {
  const log = options.log ?? (() => undefined);
  // Before the migrations: a subgraph's triggers may publish into it (core/events.ts).
  await ensureEventStore(dataSource);
  await exclusively(dataSource, `instrumentengidsen:migrate:${definition.schema}`, async () => {
    const ran = await migrate(dataSource, definition.schema);
    if (ran.length) log(`${definition.name}: migraties uitgevoerd: ${ran.join(', ')}`);
    if (options.seed) await definition.seed(dataSource, options.seed);
  });
  const opened = await definition.open(dataSource, log);
  try {
    return { opened, schema: await definition.buildSchema() };
  } catch (error) {
    await opened.close();
    throw error;
  }
}

/**
 * One subgraph, from an empty database to serving: bootSubgraph, then the port opens with GraphQL, /healthz and
 * /readyz (the database answers). The port opens only when it can serve: a load balancer in front of replicas
 * (nginx) passes a refused connection on to another replica, but not a POST that got a 503. `npm start`, the
 * tests and each docker-compose service all start here.
 */
export async function runSubgraph(definition: SubgraphDefinition, options: RunSubgraphOptions): Promise<RunningSubgraph> {
  const dataSource = createSubgraphDataSource({ ...definition, url: options.databaseUrl });
  let opened: OpenSubgraph | undefined;
  let http: SubgraphServer | undefined;
  try {
    await dataSource.initialize();
    const booted = await bootSubgraph(definition, dataSource, options);
    opened = booted.opened;
    const server = createApolloServer<object>(booted.schema);
    http = await listenSubgraph({ name: definition.name, port: options.port, host: options.host, drainTimeoutMs: options.drainTimeoutMs });
    await http.serve(server, opened.context, async () => {
      await dataSource.query('SELECT 1');
    });
    const [running, listening] = [opened, http];
    return {
      definition,
      dataSource,
      opened: running,
      server,
      url: listening.url,
      sdl: printSubgraphSchema(booted.schema),
      stop: () => shutdown(listening, running, dataSource),
    };
  } catch (error) {
    await shutdown(http, opened, dataSource).catch(() => undefined);
    throw error;
  }
}

async function shutdown(http: SubgraphServer | undefined, opened: OpenSubgraph | undefined, dataSource: DataSource): Promise<void> {
  await http?.close();
  await opened?.close();
  if (dataSource.isInitialized) await dataSource.destroy();
}

/**
 * Runs `work` while holding a PostgreSQL advisory lock: two replicas of a subgraph starting together on a
 * fresh database would otherwise both create the same tables and insert the same reference data.
 */
async function exclusively<T>(dataSource: DataSource, key: string, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [key]);
    }
  } finally {
    await runner.release();
  }
}
