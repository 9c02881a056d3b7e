import type { DataSource } from 'typeorm';
import { serviceLogger } from '../../core/log.js';
import { repeat } from '../../core/repeat.js';
import { dagBegin, foldMonthsSql, foldSql, ROLLUPS, ZONE } from './rollups.js';

const log = serviceLogger('insights');

/** How long raw events are kept, in months (INSIGHTS_RETENTION_MONTHS); the rollups stay. */
export const DEFAULT_RETENTION_MONTHS = 13;
/** How often finished days are folded (INSIGHTS_ROLLUP_MINUTES; 0: never by itself, as in the tests). */
export const DEFAULT_ROLLUP_MINUTES = 15;
/**
 * An hour is folded once it has been over this long. Events get their time from their INSERT's transaction, so
 * one that started at 10:59:59 may commit just after 11:00; no batch insert takes minutes.
 */
const SETTLE = `interval '5 minutes'`;
/** A moment as an ISO string in UTC. */
const ISO = (sql: string) => `to_char(${sql} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

export interface RollupResult {
  /** The events from `van` up to (not including) `tot` (ISO moments) were folded by this run; equal: nothing to do. */
  van: string;
  tot: string;
  /** Raw events deleted because they were older than the retention period. */
  verwijderd: number;
}

export function retentionMonthsFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  return positiveInteger(env.INSIGHTS_RETENTION_MONTHS, DEFAULT_RETENTION_MONTHS, 'INSIGHTS_RETENTION_MONTHS', 1);
}

export function rollupMinutesFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  return positiveInteger(env.INSIGHTS_ROLLUP_MINUTES, DEFAULT_ROLLUP_MINUTES, 'INSIGHTS_ROLLUP_MINUTES', 0);
}

function positiveInteger(value: string | undefined, fallback: number, name: string, minimum: number): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < minimum) throw new Error(`${name} must be a whole number of at least ${minimum}, not "${value}"`);
  return number;
}

/** Folds finished days into the daily rollups and removes raw events past the retention period. */
export class RollupService {
  constructor(
    private readonly ds: DataSource,
    private readonly retentionMonths = DEFAULT_RETENTION_MONTHS,
  ) {}

  /**
   * One transaction: fold the raw events from the watermark up to the last whole hour (into the day rows of their
   * days, and the months that became whole into month rows), move the watermark, delete the raw events older than
   * the retention (only ones already folded). Replicas take turns on one lock; a second run finds nothing to fold.
   */
  rollUp(now: Date = new Date()): Promise<RollupResult> {
    return this.ds.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('insights:rollup'))`);
      // Hours in UTC: the Dutch offsets are whole hours, so these are Dutch hours too, whatever the server's zone.
      const [watermark]: { van: string; tot: string; maandVan: string; maandTot: string }[] = await em.query(
        `SELECT ${ISO('w.van')} AS van, ${ISO('w.tot')} AS tot,
                date_trunc('month', (w.van AT TIME ZONE ${ZONE}))::date::text AS "maandVan",
                date_trunc('month', (w.tot AT TIME ZONE ${ZONE}))::date::text AS "maandTot"
         FROM (SELECT tot AS van, greatest(tot, date_trunc('hour', $1::timestamptz - ${SETTLE}, 'UTC')) AS tot FROM opgerold FOR UPDATE) w`,
        [now],
      );
      const { van, tot, maandVan, maandTot } = watermark!;
      if (tot > van) {
        for (const rollup of Object.values(ROLLUPS)) {
          await em.query(foldSql(rollup), [van, tot]);
          // The months that are whole now: from the one the old watermark was in, up to the new one's.
          if (maandTot > maandVan) await em.query(foldMonthsSql(rollup), [maandVan, maandTot]);
        }
        await em.query('UPDATE opgerold SET tot = $1', [tot]);
      }
      const [, verwijderd]: [unknown, number] = await em.query(
        `DELETE FROM interactie
         WHERE tijdstip < least($1::timestamptz, ${dagBegin(`(($2::timestamptz AT TIME ZONE ${ZONE})::date - make_interval(months => $3))::date`)})`,
        [tot, now, this.retentionMonths],
      );
      return { van, tot, verwijderd };
    });
  }

  /** The first moment counted from the raw events (everything before it is in the rollups), as an ISO string. */
  async watermark(): Promise<string> {
    const [row]: { tot: string }[] = await this.ds.query(`SELECT ${ISO('tot')} AS tot FROM opgerold`);
    return row!.tot;
  }
}

/** Runs `rollUp` now and every `minutes` (0: never); returns stop, which waits for a run in progress. */
export function scheduleRollups(service: RollupService, minutes: number): () => Promise<void> {
  if (!minutes) return async () => undefined;
  return repeat(
    async () => {
      const result = await service.rollUp();
      if (result.tot > result.van || result.verwijderd) log.info(result, 'insights: dagen opgerold');
    },
    minutes * 60_000,
    { now: true, onError: (error) => log.error({ err: error }, 'insights: oprollen mislukt') },
  );
}
