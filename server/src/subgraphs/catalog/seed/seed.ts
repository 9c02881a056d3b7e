import type { DataSource } from 'typeorm';
import type { SeedOptions } from '../../../core/subgraph-definition.js';
import { seedDemo } from './demo.seed.js';
import { seedReference } from './reference.seed.js';
import { seedSynoniemen } from './synoniemen.seed.js';

/**
 * Reference data always (the synonyms only once, see synoniemen.seed.ts); demo content on request. One
 * transaction: a failed seed leaves nothing behind.
 */
export async function seedCatalog(ds: DataSource, options: SeedOptions): Promise<void> {
  await ds.transaction(async (db) => {
    await seedReference(db);
    await seedSynoniemen(db);
    if (options.demoInstruments > 0) {
      // Demo content goes only into a catalog without instruments: a database filled by an older generator
      // (or by beheerders) is left alone instead of getting a second, clashing set.
      const [{ present }] = await db.query('SELECT EXISTS (SELECT 1 FROM instrument) AS present');
      if (present) options.log?.('Demo-instrumenten: de database heeft al instrumenten, er komen er geen bij.');
      else await seedDemo(db, { instruments: options.demoInstruments, log: options.log });
    }
  });
}
