import type { DataSource } from 'typeorm';
import { amsterdamToday } from '../../../core/publicatie.js';
import type { SeedOptions } from '../../../core/subgraph-definition.js';
import { generateEvents, readCatalogus, yearBefore } from './demo-events.js';

/** Events on an ordinary weekday in the demo: about 25,000 in a year. */
const DEMO_PER_WERKDAG = 120;

/**
 * Insights has no reference data. With demo instruments (never in production) it writes a year of demo events up
 * to yesterday, once: not when any event or rollup exists. The rollup run on start folds them.
 */
export async function seedInsights(ds: DataSource, options: SeedOptions): Promise<void> {
  if (!options.demoInstruments || process.env.NODE_ENV === 'production') return;
  const written = await ds.transaction(async (em) => {
    const [any] = await em.query('SELECT 1 FROM interactie UNION ALL SELECT 1 FROM interactie_dag LIMIT 1');
    if (any) return 0;
    return generateEvents(em, await readCatalogus(em), { ...yearBefore(amsterdamToday()), perWerkdag: DEMO_PER_WERKDAG, seed: 0.2026 });
  });
  if (written) options.log?.(`insights: ${written} demo-interacties geschreven`);
}
