import { In, type DataSource } from 'typeorm';
import { decodeCursor, encodeCursor, pageSize, type Connection } from '../../../core/pagination.js';
import { Instrument } from '../instrument.entity.js';
import { live } from '../prullenbak/live.js';

/** Conditions on `instrument i` with their parameters, built up by a dashboard list. */
export class InstrumentWhere {
  /** Instruments in the prullenbak count nowhere. */
  readonly conditions: string[] = [live('i')];
  readonly params: unknown[] = [];

  param(value: unknown): string {
    return `$${this.params.push(value)}`;
  }

  add(condition: string): this {
    this.conditions.push(condition);
    return this;
  }

  sql(extra: string[] = []): string {
    const all = [...this.conditions, ...extra];
    return all.length ? `WHERE ${all.join(' AND ')}` : '';
  }
}

/**
 * A page of instruments ordered by `key` (a text expression over `i`, compared bytewise) and id, with the
 * total; the cursor is the last row's key and id.
 */
export async function pageInstruments(ds: DataSource, where: InstrumentWhere, key: string, first: number | null | undefined, after: string | null | undefined): Promise<Connection<Instrument>> {
  const size = pageSize(first);
  const [{ total }] = await ds.query(`SELECT count(*)::int AS total FROM instrument i ${where.sql()}`, where.params);
  const paging: string[] = [];
  const params = [...where.params];
  if (after) {
    const [last, id] = decodeCursor(after, ['string', 'string']);
    paging.push(`((${key}) COLLATE "C", i.id::text) > ($${params.push(last)}::text COLLATE "C", $${params.push(id)}::text)`);
  }
  const rows: { id: string; sleutel: string }[] = await ds.query(
    `SELECT i.id, (${key}) AS sleutel FROM instrument i ${where.sql(paging)} ORDER BY (${key}) COLLATE "C", i.id::text LIMIT ${size + 1}`,
    params,
  );
  const shown = rows.slice(0, size);
  const byId = new Map((await ds.getRepository(Instrument).findBy({ id: In(shown.map((r) => r.id)) })).map((i) => [i.id, i]));
  const last = shown.at(-1);
  return {
    totalCount: total,
    nodes: shown.map((r) => byId.get(r.id)!),
    pageInfo: { hasNextPage: rows.length > size, endCursor: last ? encodeCursor([last.sleutel, last.id]) : null },
  };
}
