import { createSubgraphDataSource, migrate } from '../core/data-source.js';
import { ensureDatabase, withDatabase } from '../core/database.js';
import { seedDemo } from '../subgraphs/catalog/seed/demo.seed.js';
import { seedReference } from '../subgraphs/catalog/seed/reference.seed.js';
import { subgraphByName } from '../subgraphs/registry.js';

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
