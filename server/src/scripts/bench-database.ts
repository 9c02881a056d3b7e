import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { EMBEDDED_DATA_DIR, EMBEDDED_PORT } from '../core/config.js';
import { createSubgraphDataSource, migrate } from '../core/data-source.js';
import { ensureDatabase, withDatabase } from '../core/database.js';
import { ensureEventStore } from '../core/events.js';
import { startEmbeddedPostgres, type RunningPostgres } from '../core/embedded-postgres.js';
import { seedDemo } from '../subgraphs/catalog/seed/demo.seed.js';
import { seedReference } from '../subgraphs/catalog/seed/reference.seed.js';
import { subgraphByName } from '../subgraphs/registry.js';

/** How long a bench waits for another run to release the embedded server's port. */
const PORT_WAIT_MS = 15 * 60_000;

/**
 * The server that holds the bench database: DATABASE_URL's, or the project's embedded PostgreSQL (same data
 * directory and port as `npm start`). The embedded one serves one process at a time, so when another run holds
 * its port this waits for it rather than failing; stop() stops only what this call started.
 */
export async function startBenchServer(log = console.log): Promise<RunningPostgres> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => undefined };
  const deadline = Date.now() + PORT_WAIT_MS;
  for (let attempt = 1; ; attempt++) {
    if (await portInUse(EMBEDDED_PORT)) {
      if (attempt === 1) log(`poort ${EMBEDDED_PORT} is in gebruik (een andere run?), wacht tot die vrij is...`);
    } else {
      try {
        return await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port: EMBEDDED_PORT, persistent: true });
      } catch (error) {
        // Lost a race for the port or the data directory's lock; embedded-postgres rejects without a reason.
        log(`embedded PostgreSQL start mislukt (${String(error)}), nieuwe poging...`);
      }
    }
    if (Date.now() > deadline) throw new Error(`port ${EMBEDDED_PORT} stayed in use for ${PORT_WAIT_MS / 60_000} minutes; stop the other run or set DATABASE_URL`);
    await sleep(2000);
  }
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * A separate database with `count` generated instruments (deterministic), for benchmarks. Reseeds only
 * when the count differs or `reseed` is set, because 100,000 instruments take the better part of a minute.
 * Returns the database's URL.
 */
export async function ensureBenchDatabase(serverUrl: string, database: string, count: number, reseed = false, log = console.log): Promise<string> {
  await ensureDatabase(serverUrl, database);
  const url = withDatabase(serverUrl, database);
  const catalog = subgraphByName('catalog');
  const dataSource = createSubgraphDataSource({ ...catalog, url });
  await dataSource.initialize();
  try {
    // As bootSubgraph: catalog triggers publish events into the store, so it exists before the migrations run.
    await ensureEventStore(dataSource);
    await migrate(dataSource, catalog.schema);
    const [{ n }] = await dataSource.query('SELECT count(*) AS n FROM instrument');
    if (n === count && !reseed) {
      log(`${database}: ${count} instrumenten aanwezig, niet opnieuw gevuld (--reseed om dat wel te doen)`);
      return url;
    }
    const started = Date.now();
    await dataSource.transaction(async (db) => {
      await db.query('TRUNCATE instrument, aanbieder, organisatie, contactpersoon, adres, wijk CASCADE');
      await seedReference(db);
      await seedDemo(db, { instruments: count, log: (line) => process.stdout.write(line + '\r') });
    });
    await dataSource.query('ANALYZE');
    log(`\n${database}: ${count} instrumenten gevuld in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return url;
  } finally {
    await dataSource.destroy();
  }
}
