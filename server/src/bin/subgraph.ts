import 'reflect-metadata';
import { serviceLogger } from '../core/log.js';
import { authSecret } from '../core/secrets.js';
import { stopOnSignals } from '../core/shutdown.js';
import { runSubgraph } from '../run-subgraph.js';
import { subgraphByName } from '../subgraphs/registry.js';

/**
 * One subgraph as its own service (docker-compose): `node dist/bin/subgraph.js catalog`.
 * Needs DATABASE_URL (and AUTH_SECRET when NODE_ENV=production); PORT defaults to the subgraph's port, HOST to
 * 127.0.0.1. Migrates (one replica at a time), seeds reference data (and DEMO_INSTRUMENTS demo instruments
 * when set), opens, then listens: GraphQL, /healthz, /readyz. SIGTERM drains and stops.
 */
const definition = subgraphByName(process.argv[2] ?? '');
const log = serviceLogger(definition.name);
// A missing or short secret fails the start, not the first signed request.
authSecret();
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('DATABASE_URL is required for a separately served subgraph.');
const running = await runSubgraph(definition, {
  databaseUrl,
  port: Number(process.env.PORT ?? definition.port),
  host: process.env.HOST,
  seed: { demoInstruments: Number(process.env.DEMO_INSTRUMENTS ?? 0), log: (m) => log.info(m) },
  log: (m) => log.info(m),
});
log.info({ url: running.url }, `subgraph ${definition.name} serving`);
stopOnSignals(() => running.stop(), (m) => log.info(m));
