import 'reflect-metadata';
import { createSubgraphDataSource, migrate } from '../core/data-source.js';
import { createApolloServer, listenSubgraph } from '../core/subgraph-server.js';
import { subgraphByName } from '../subgraphs/registry.js';

/**
 * One subgraph as its own service (docker-compose): `node dist/bin/subgraph.js catalog`.
 * Needs DATABASE_URL; PORT defaults to the subgraph's port. Migrates on start; seeds reference data
 * (and DEMO_INSTRUMENTS demo instruments when set).
 */
const definition = subgraphByName(process.argv[2] ?? '');
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required for a separately served subgraph.');
const dataSource = createSubgraphDataSource({ ...definition, url });
await dataSource.initialize();
await migrate(dataSource, definition.schema);
await definition.seed(dataSource, { demoInstruments: Number(process.env.DEMO_INSTRUMENTS ?? 0), log: console.log });
const server = createApolloServer<object>(await definition.buildSchema());
const opened = await definition.open(dataSource, console.log);
const listening = await listenSubgraph(server, Number(process.env.PORT ?? definition.port), opened.context, process.env.HOST);
console.log(`Subgraph ${definition.name} at ${listening}`);
