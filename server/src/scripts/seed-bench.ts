import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { EMBEDDED_DATA_DIR, EMBEDDED_PORT } from '../core/config.js';
import { createSubgraphDataSource, migrate } from '../core/data-source.js';
import { ensureDatabase, withDatabase } from '../core/database.js';
import { startEmbeddedPostgres } from '../core/embedded-postgres.js';
import { seedReference } from '../subgraphs/catalog/seed/reference.seed.js';
import { seedDemo } from '../subgraphs/catalog/seed/demo.seed.js';
import { subgraphByName } from '../subgraphs/registry.js';

/**
 * npm run seed:bench -- --instruments 100000 [--database instrumentengidsen_bench]
 * Fills a separate database (on DATABASE_URL's server, or the embedded one) with generated
 * instruments for benchmarks. Deterministic: the same count gives the same data.
 */
const { values } = parseArgs({
  options: { instruments: { type: 'string', default: '100000' }, database: { type: 'string', default: 'instrumentengidsen_bench' } },
});
const count = Number(values.instruments);
if (!Number.isInteger(count) || count < 1) throw new Error('--instruments must be a positive whole number');
const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port: EMBEDDED_PORT, persistent: true });
const serverUrl = process.env.DATABASE_URL ?? embedded!.url;
await ensureDatabase(serverUrl, values.database!);
const catalog = subgraphByName('catalog');
const dataSource = createSubgraphDataSource({ ...catalog, url: withDatabase(serverUrl, values.database!) });
await dataSource.initialize();
await migrate(dataSource, catalog.schema);
const started = Date.now();
await dataSource.transaction(async (db) => {
  await seedReference(db);
  await seedDemo(db, { instruments: count, log: (line) => process.stdout.write(line + '\r') });
});
await dataSource.query('ANALYZE');
console.log(`\n${count} instrumenten in database '${values.database}' in ${((Date.now() - started) / 1000).toFixed(1)} s`);
await dataSource.destroy();
await embedded?.stop();
