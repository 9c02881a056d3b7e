import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Caller } from '../../core/caller.js';
import { isUuid } from '../../core/ids.js';
import { EntityReader, manyByKey } from '../../core/loader-utils.js';
import { decodeCursor, encodeCursor, pageSize, type Connection } from '../../core/pagination.js';
import { AGGREGATE_SQL, toBeoordeling, type AggregateRow } from './beoordeling.js';
import type { Beoordeling } from './beoordeling.type.js';
import { Review } from './review.entity.js';

/**
 * Which reviews a caller sees, over `review r JOIN instrument i`: those that count, plus hidden ones to their
 * author and to the moderators of the instrument's organisatie (the landelijk beheerder: all). Withdrawn ones
 * and those of instruments the catalog deleted (not in the projection) to nobody. Parameters from `visibleTo`.
 */
export function visibleSql(first: number): string {
  return `r.ingetrokken_op IS NULL AND (r.verborgen_op IS NULL OR r.auteur_id = $${first}::uuid OR $${first + 1}::boolean OR i.organisatie_id = ANY($${first + 2}::uuid[]))`;
}

export function visibleTo(caller: Caller | null): unknown[] {
  if (!caller) return [null, false, []];
  const moderates = caller.rol === 'REGIO_BEHEERDER' ? caller.organisatieIds : [];
  return [caller.id, caller.rol === 'LANDELIJK_BEHEERDER', moderates];
}

/** Newest first; the cursor is the creation time in microseconds (exact, unlike a JS Date) and the id. */
export const SORT_KEY = `floor(extract(epoch FROM r.created_at) * 1000000)::bigint`;

function pageSql(): string {
  return `
    WITH visible AS (
      SELECT r.*, ${SORT_KEY}::text AS sort_key FROM review r JOIN instrument i ON i.id = r.instrument_id
      WHERE r.instrument_id = ANY($1::uuid[]) AND ${visibleSql(2)}
    ), counted AS (
      SELECT instrument_id, count(*)::int AS total FROM visible GROUP BY instrument_id
    ), paged AS (
      SELECT v.*, row_number() OVER (PARTITION BY v.instrument_id ORDER BY v.sort_key::bigint DESC, v.id DESC) AS rn
      FROM visible v WHERE $5::bigint IS NULL OR (v.sort_key::bigint, v.id) < ($5::bigint, $6::uuid)
    )
    SELECT c.instrument_id AS page_instrument, c.total, p.* FROM counted c
    LEFT JOIN paged p ON p.instrument_id = c.instrument_id AND p.rn <= $7
    ORDER BY c.instrument_id, p.rn`;
}

/** A cursor of ours: the sort key's digits and a uuid; anything else is BAD_USER_INPUT as core's cursors are. */
export function reviewCursor(after: string): [string, string] {
  const [key, id] = decodeCursor(after, ['string', 'string']) as [string, string];
  // An invalid cursor of the right shape: let core's check refuse it with its own message.
  if (!/^\d{1,19}$/.test(key) || !isUuid(id)) decodeCursor('', ['string']);
  return [key, id];
}

export interface ReviewPageArgs {
  first?: number | null;
  after?: string | null;
}

type PageRow = Record<string, unknown> & { page_instrument: string; total: number; id: string | null; sort_key: string };

/** All reviews loaders, created fresh for every request (the caller decides what is visible). */
export function createLoaders(ds: DataSource, caller: Caller | null) {
  const reader = EntityReader.of(ds, Review);
  const pages = new Map<string, DataLoader<string, Connection<Review>>>();
  return {
    /** Every instrument of a page in one statement. */
    beoordeling: new DataLoader<string, Beoordeling>(async (ids) => {
      const rows: AggregateRow[] = await ds.query(AGGREGATE_SQL, [ids]);
      const byId = new Map(rows.map((row) => [row.instrument_id, row]));
      return ids.map((id) => toBeoordeling(byId.get(id)));
    }),
    /** `Instrument.reviews(first, after)`: one statement per distinct (first, after) in the request. */
    reviewPage(args: ReviewPageArgs): DataLoader<string, Connection<Review>> {
      const first = pageSize(args.first);
      const [afterKey, afterId] = args.after ? reviewCursor(args.after) : [null, null];
      const cacheKey = JSON.stringify([first, afterKey, afterId]);
      let loader = pages.get(cacheKey);
      if (!loader) {
        loader = new DataLoader<string, Connection<Review>>(async (ids) => {
          const rows: PageRow[] = await ds.query(pageSql(), [ids, ...visibleTo(caller), afterKey, afterId, first + 1]);
          return manyByKey(ids, rows, (row) => row.page_instrument).map((group) => {
            const nodes = group.filter((row) => row.id !== null);
            const page = nodes.slice(0, first);
            const last = page[page.length - 1];
            return {
              totalCount: group[0]?.total ?? 0,
              nodes: page.map((row) => reader.hydrate(row)),
              pageInfo: { hasNextPage: nodes.length > first, endCursor: last ? encodeCursor([last.sort_key, last.id!]) : null },
            };
          });
        });
        pages.set(cacheKey, loader);
      }
      return loader;
    },
  };
}

export type ReviewsLoaders = ReturnType<typeof createLoaders>;
