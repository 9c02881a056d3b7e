import type { EntityManager } from 'typeorm';
import type { Caller } from '../../../core/caller.js';
import type { VersionedTable } from '../../../core/mutation.js';

/**
 * Puts a row in the prullenbak: it keeps every column and koppeling, so a restore brings it back unchanged,
 * and the `live` condition hides it from every read until then. The purge removes it for good later.
 */
export async function moveToPrullenbak(em: EntityManager, target: VersionedTable, id: string, caller: Caller): Promise<void> {
  await em.query(`UPDATE ${target.table} SET verwijderd_op = now(), verwijderd_door = $2 WHERE ${target.key ?? 'id'} = $1`, [id, caller.id]);
}

/** Takes a row out of the prullenbak. */
export async function takeFromPrullenbak(em: EntityManager, target: VersionedTable, id: string): Promise<void> {
  await em.query(`UPDATE ${target.table} SET verwijderd_op = NULL, verwijderd_door = NULL WHERE ${target.key ?? 'id'} = $1`, [id]);
}
