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
 * A day is folded once it has been over this long. Events get their time from their INSERT's transaction, so one
 * that started at 23:59:59 may commit just after midnight; no batch insert takes minutes.
 */
const SETTLE = `interval '5 minutes'`;

export interface RollupResult {
  /** The days from `van` up to (not including) `tot` were folded by this run; equal when there was nothing to do. */
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
   * One transaction: fold the days from the watermark up to the last finished one (and the months they complete),
   * move the watermark, delete the
   * raw events older than the retention (only days already folded). Replicas take turns on one lock, and a second
   * run finds nothing left to fold.
   */
  rollUp(now: Date = new Date()): Promise<RollupResult> {
    return this.ds.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('insights:rollup'))`);
      const [watermark]: { van: string; tot: string }[] = await em.query(
        `SELECT tot::text AS van, greatest(tot, (($1::timestamptz - ${SETTLE}) AT TIME ZONE ${ZONE})::date)::text AS tot
         FROM opgerold FOR UPDATE`,
        [now],
      );
      const { van, tot } = watermark!;
      if (tot > van) {
        // Then the months that are now whole: from the one the old watermark was in, up to the new one's.
        const months = [`${van.slice(0, 7)}-01`, `${tot.slice(0, 7)}-01`];
        for (const rollup of Object.values(ROLLUPS)) {
          await em.query(foldSql(rollup), [van, tot]);
          if (months[1]! > months[0]!) await em.query(foldMonthsSql(rollup), months);
        }
        await em.query('UPDATE opgerold SET tot = $1', [tot]);
      }
      const [, verwijderd]: [unknown, number] = await em.query(
        `DELETE FROM interactie
         WHERE tijdstip < ${dagBegin(`least($1::date, ((($2::timestamptz AT TIME ZONE ${ZONE})::date - make_interval(months => $3))::date))`)}`,
        [tot, now, this.retentionMonths],
      );
      return { van, tot, verwijderd };
    });
  }

  /** The first day counted from the raw events (every day before it is in the rollups). */
  async watermark(): Promise<string> {
    const [row]: { tot: string }[] = await this.ds.query('SELECT tot::text AS tot FROM opgerold');
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
