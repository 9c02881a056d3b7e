import type { DataSource } from 'typeorm';
import type { SeedOptions } from '../../registry.js';
import { seedDemo } from './demo.seed.js';
import { seedReference } from './reference.seed.js';

/** Reference data always; demo content on request. One transaction: a failed seed leaves nothing behind. */
export async function seedCatalog(ds: DataSource, options: SeedOptions): Promise<void> {
  await ds.transaction(async (db) => {
    await seedReference(db);
    if (options.demoInstruments > 0) await seedDemo(db, { instruments: options.demoInstruments, log: options.log });
  });
}
