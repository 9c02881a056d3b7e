import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ensureBenchDatabase, startBenchServer } from './bench-database.js';

/**
 * npm run seed:bench -- --instruments 100000 [--database instrumentengidsen_bench] [--reseed]
 * Fills a separate database (on DATABASE_URL's server, or the embedded one) with generated instruments.
 */
const { values } = parseArgs({
  options: {
    instruments: { type: 'string', default: '100000' },
    database: { type: 'string', default: 'instrumentengidsen_bench' },
    reseed: { type: 'boolean', default: false },
  },
});
const count = Number(values.instruments);
if (!Number.isInteger(count) || count < 1) throw new Error('--instruments must be a positive whole number');
const server = await startBenchServer();
try {
  await ensureBenchDatabase(server.url, values.database!, count, values.reseed);
} finally {
  await server.stop();
}
