import type { DataSource } from 'typeorm';
import type { SeedOptions } from '../../../core/subgraph-definition.js';
import { seedDemoReviews } from './demo-reviews.js';

/**
 * Reviews has no reference data. With the demo logins (never in production) and demo instruments, it writes the
 * demo reviews once: not when any review exists.
 */
export async function seedReviews(ds: DataSource, options: SeedOptions): Promise<void> {
  if (!options.demoAccounts || !options.demoInstruments || process.env.NODE_ENV === 'production') return;
  const written = await ds.transaction(async (em) => {
    const [any] = await em.query('SELECT 1 FROM review LIMIT 1');
    return any ? 0 : seedDemoReviews(em);
  });
  if (written) options.log?.(`reviews: ${written} demo-reviews geschreven`);
}
