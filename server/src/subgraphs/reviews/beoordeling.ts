import type { EntityManager } from 'typeorm';
import { publishEvent } from '../../core/events.js';
import type { Beoordeling } from './beoordeling.type.js';

/** The topic on which reviews publishes each instrument's aggregate (the catalog sorts by it). */
export const BEOORDELING_TOPIC = 'beoordeling';

export interface AggregateRow {
  instrument_id: string;
  aantal: number;
  gemiddelde: number;
  resultaat: number | null;
  uitvoering: number | null;
  verdeling: number[];
}

/**
 * The aggregate of the instruments in `$1` (uuid[]): only reviews that count (not withdrawn, not hidden) of
 * instruments that exist (in the projection). One row per instrument with at least one review.
 */
export const AGGREGATE_SQL = `
  SELECT r.instrument_id, count(*)::int AS aantal, avg(r.sterren)::float8 AS gemiddelde,
    avg(r.resultaat)::float8 AS resultaat, avg(r.uitvoering)::float8 AS uitvoering,
    ARRAY[count(*) FILTER (WHERE r.sterren = 1), count(*) FILTER (WHERE r.sterren = 2), count(*) FILTER (WHERE r.sterren = 3),
          count(*) FILTER (WHERE r.sterren = 4), count(*) FILTER (WHERE r.sterren = 5)]::int[] AS verdeling
  FROM review r JOIN instrument i ON i.id = r.instrument_id
  WHERE r.instrument_id = ANY($1::uuid[]) AND r.ingetrokken_op IS NULL AND r.verborgen_op IS NULL
  GROUP BY r.instrument_id`;

export const oneDecimal = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

export function toBeoordeling(row: AggregateRow | undefined): Beoordeling {
  return {
    gemiddelde: oneDecimal(row?.gemiddelde ?? null),
    aantal: row?.aantal ?? 0,
    verdeling: [1, 2, 3, 4, 5].map((sterren) => ({ sterren, aantal: row?.verdeling[sterren - 1] ?? 0 })),
    resultaat: oneDecimal(row?.resultaat ?? null),
    uitvoering: oneDecimal(row?.uitvoering ?? null),
  };
}

/**
 * Publishes the instrument's aggregate in the transaction of the write that changed it: the exact average (the
 * catalog sorts by it) and the count, or the tombstone when no review counts any more.
 */
export async function publishBeoordeling(em: EntityManager, instrumentId: string): Promise<void> {
  const [row]: AggregateRow[] = await em.query(AGGREGATE_SQL, [[instrumentId]]);
  await publishEvent(em, BEOORDELING_TOPIC, instrumentId, row ? { gemiddelde: row.gemiddelde, aantal: row.aantal } : null);
}
