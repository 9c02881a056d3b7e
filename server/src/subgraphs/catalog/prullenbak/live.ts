import DataLoader from 'dataloader';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { EntityReader, oneByKey, type SqlBatch } from '../../../core/loader-utils.js';
import { notFound } from '../../../core/errors.js';
import type { VersionedTable } from '../../../core/mutation.js';

/**
 * The one condition "not in the prullenbak" of an `instrument` or `aanbieder` row, for plain SQL. TypeORM's
 * finds apply it by themselves (`@DeleteDateColumn`); every hand-written read of these tables uses this.
 */
export const live = (alias?: string): string => `${alias ? `${alias}.` : ''}verwijderd_op IS NULL`;

/** By id, through the request's SqlBatch, only rows outside the prullenbak: a deleted record reads as missing. */
export function liveEntityLoader<T extends ObjectLiteral & { id: string }>(sql: SqlBatch, entity: EntityTarget<T>) {
  const reader = EntityReader.of(sql.dataSource, entity);
  const query = `${reader.selectFrom} WHERE t.id = ANY($1) AND ${live('t')}`;
  return new DataLoader<string, T | null>(async (ids) => oneByKey(ids, (await sql.select(query, [ids])).map((row) => reader.hydrate(row)), (row) => row.id));
}

/** core's `lockRow` for a record outside the prullenbak: one in it is NOT_FOUND, as for edits. */
export async function lockLiveRow<Row = Record<string, unknown>>(em: EntityManager, target: VersionedTable, id: string): Promise<Row> {
  const [row]: Row[] = await em.query(`SELECT ${target.columns ?? '*'} FROM ${target.table} WHERE ${target.key ?? 'id'} = $1 AND ${live()} FOR UPDATE`, [id]);
  if (!row) throw notFound(target.what, id);
  return row;
}
