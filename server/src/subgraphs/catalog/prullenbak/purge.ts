import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../../core/caller.js';
import { serviceLogger } from '../../../core/log.js';
import { writeAudit } from '../beheer/audit.service.js';
import { repeat } from '../../../core/repeat.js';

export const DEFAULT_PRULLENBAK_DAGEN = 90;
export const PURGE_INTERVAL_MS = 60 * 60_000;
/** Rows per transaction: a long-idle prullenbak is emptied in short transactions, not one huge one. */
const BATCH = 500;

/** The audit trail's actor of the purge: nobody, the platform itself (the trail needs a gebruiker id). */
export const SYSTEEM: Caller = { id: '00000000-0000-0000-0000-000000000000', rol: 'LANDELIJK_BEHEERDER', organisatieIds: [] };

const log = serviceLogger('catalog');

/** How long a deleted record stays in the prullenbak: `PRULLENBAK_DAGEN` (whole days), 90 unless set. */
export function prullenbakDagen(env: NodeJS.ProcessEnv = process.env): number {
  const dagen = Number(env.PRULLENBAK_DAGEN ?? DEFAULT_PRULLENBAK_DAGEN);
  return Number.isInteger(dagen) && dagen >= 0 ? dagen : DEFAULT_PRULLENBAK_DAGEN;
}

type Purged = { id: string; naam: string; organisatie_id: string; verwijderd_op: Date };

/**
 * Removes one batch of expired rows of `table` for good (their koppelingen, downloads and contactpersoon links
 * cascade), each with an audit record. SKIP LOCKED: replicas purging at the same moment each take other rows,
 * and a row a beheerder is restoring right now is left for the next run.
 */
async function purgeBatch(em: EntityManager, table: 'instrument' | 'aanbieder', entiteit: string, dagen: number, extra = ''): Promise<number> {
  const rows: Purged[] = await em.query(
    `SELECT id, naam, organisatie_id, verwijderd_op FROM ${table} t
      WHERE verwijderd_op < now() - make_interval(days => $1) ${extra}
      ORDER BY verwijderd_op LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
    [dagen],
  );
  if (!rows.length) return 0;
  await em.query(`DELETE FROM ${table} WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
  for (const row of rows) {
    await writeAudit(em, {
      caller: SYSTEEM, organisatieId: row.organisatie_id, entiteit, entiteitId: row.id, actie: 'definitief verwijderd',
      voor: { naam: row.naam, verwijderd_op: row.verwijderd_op.toISOString() }, na: null,
    });
  }
  return rows.length;
}

/**
 * Empties the prullenbak of everything deleted more than `dagen` days ago. Instruments first: an aanbieder
 * still referred to by a deleted instrument (deleted later, so not expired yet) stays until that one goes.
 * The downloads' files are then unreferenced, and the download GC (beheer/download-gc.ts) removes them.
 */
export async function purgePrullenbak(ds: DataSource, dagen = prullenbakDagen()): Promise<{ instrumenten: number; aanbieders: number }> {
  const drain = async (batch: (em: EntityManager) => Promise<number>) => {
    let total = 0;
    for (let n = BATCH; n === BATCH; total += n) n = await ds.transaction(batch);
    return total;
  };
  const purged = {
    instrumenten: await drain((em) => purgeBatch(em, 'instrument', 'Instrument', dagen)),
    aanbieders: await drain((em) => purgeBatch(em, 'aanbieder', 'Aanbieder', dagen, 'AND NOT EXISTS (SELECT 1 FROM instrument i WHERE i.aanbieder_id = t.id)')),
  };
  if (purged.instrumenten || purged.aanbieders) log.info(purged, 'prullenbak purged');
  return purged;
}

/** Runs the purge every `intervalMs` on every replica (safe together, see purgeBatch); returns stop. */
export function schedulePurge(ds: DataSource, intervalMs = PURGE_INTERVAL_MS): () => Promise<void> {
  return repeat(() => purgePrullenbak(ds), intervalMs, { onError: (error) => log.error({ err: error }, 'prullenbak purge failed') });
}
