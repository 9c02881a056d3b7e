import type { DataSource } from 'typeorm';
import type { Caller } from '../../core/caller.js';
import { manageableOrganisaties } from '../../core/access.js';
import { EntityReader } from '../../core/loader-utils.js';
import { encodeCursor, pageSize, type Connection } from '../../core/pagination.js';
import { Review } from './review.entity.js';
import { reviewCursor, SORT_KEY } from './review.loader.js';

export interface ModeratieArgs {
  verborgen?: boolean | null;
  first?: number | null;
  after?: string | null;
}

/**
 * The moderators' list: the reviews of the instruments of the organisaties the caller manages (the landelijk
 * beheerder: all), hidden ones included, newest first. Withdrawn reviews and those of instruments the catalog
 * deleted (not in the projection) are not there, as in every other answer.
 */
export class ReviewModeratieService {
  constructor(private readonly ds: DataSource) {}

  async page(caller: Caller, args: ModeratieArgs): Promise<Connection<Review>> {
    const first = pageSize(args.first);
    const [afterKey, afterId] = args.after ? reviewCursor(args.after) : [null, null];
    const where = `r.ingetrokken_op IS NULL
      AND ($1::uuid[] IS NULL OR i.organisatie_id = ANY($1::uuid[]))
      AND ($2::boolean IS NULL OR (r.verborgen_op IS NOT NULL) = $2::boolean)`;
    const params = [manageableOrganisaties(caller), args.verborgen ?? null];
    const [rows, [count]] = await Promise.all([
      this.ds.query(
        `SELECT r.*, ${SORT_KEY}::text AS sort_key FROM review r JOIN instrument i ON i.id = r.instrument_id
         WHERE ${where} AND ($3::bigint IS NULL OR (${SORT_KEY}, r.id) < ($3::bigint, $4::uuid))
         ORDER BY ${SORT_KEY} DESC, r.id DESC LIMIT $5`,
        [...params, afterKey, afterId, first + 1],
      ) as Promise<(Record<string, unknown> & { id: string; sort_key: string })[]>,
      this.ds.query(`SELECT count(*)::int AS total FROM review r JOIN instrument i ON i.id = r.instrument_id WHERE ${where}`, params) as Promise<{ total: number }[]>,
    ]);
    const page = rows.slice(0, first);
    const last = page[page.length - 1];
    const reader = EntityReader.of(this.ds, Review);
    return {
      totalCount: count!.total,
      nodes: page.map((row) => reader.hydrate(row)),
      pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor([last.sort_key, last.id]) : null },
    };
  }
}
