import pg from 'pg';
import { EVENTS_SCHEMA } from '../core/events.js';
import { Random } from '../core/random.js';
import { BEOORDELING_TOPIC } from '../subgraphs/catalog/search/beoordelingen.js';

export const BENCH_REVIEWS = 500_000;

/**
 * Review aggregates for a bench database, as the reviews subgraph would publish them: `reviews` deterministic
 * scores (1..5) spread unevenly over the instruments (some get dozens, a few none), reduced per instrument to
 * `{ gemiddelde, aantal }` and written as `beoordeling` events in one bulk statement, replacing the topic.
 * Returns how many instruments got an aggregate.
 */
export async function publishBenchBeoordelingen(databaseUrl: string, reviews = BENCH_REVIEWS): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const ids = (await client.query<{ id: string }>('SELECT id::text AS id FROM catalog.instrument ORDER BY id')).rows.map((r) => r.id);
    const som = new Float64Array(ids.length);
    const aantal = new Int32Array(ids.length);
    const rng = new Random(20_240_610);
    for (let i = 0; i < reviews && ids.length; i++) {
      // Squared: popular instruments collect many reviews, the tail few.
      const slot = Math.floor(rng.next() ** 2 * ids.length);
      som[slot]! += rng.int(1, 5);
      aantal[slot]!++;
    }
    const keys: string[] = [];
    const payloads: string[] = [];
    ids.forEach((id, slot) => {
      if (!aantal[slot]) return;
      keys.push(id);
      payloads.push(JSON.stringify({ gemiddelde: som[slot]! / aantal[slot]!, aantal: aantal[slot] }));
    });
    await client.query('BEGIN');
    await client.query(`DELETE FROM ${EVENTS_SCHEMA}.latest WHERE topic = $1`, [BEOORDELING_TOPIC]);
    await client.query(
      `INSERT INTO ${EVENTS_SCHEMA}.latest (topic, key, payload) SELECT $1, key, payload::jsonb FROM unnest($2::text[], $3::text[]) AS e(key, payload)`,
      [BEOORDELING_TOPIC, keys, payloads],
    );
    await client.query('COMMIT');
    return keys.length;
  } finally {
    await client.end();
  }
}
