import type { DataSource, EntityManager } from 'typeorm';
import { assertMayManage, assertMayPublishLandelijk, manageableOrganisaties } from '../../../core/access.js';
import { snapshot } from '../../../core/audit.js';
import type { Caller } from '../../../core/caller.js';
import { conflict, notFound } from '../../../core/errors.js';
import { bumpVersion, runMutation, type VersionedTable } from '../../../core/mutation.js';
import { decodeCursor, encodeCursor, pageSize, type Connection } from '../../../core/pagination.js';
import { Aanbieder } from '../aanbieder.entity.js';
import { AANBIEDER as AANBIEDER_TABLE } from '../beheer/aanbieder-beheer.service.js';
import { writeAudit } from '../beheer/audit.service.js';
import { INSTRUMENT_TABLE } from '../beheer/instrument-beheer.service.js';
import { snapshotInstrument } from '../beheer/instrument-snapshot.js';
import { Instrument } from '../instrument.entity.js';
import { live } from './live.js';
import { PrullenbakSoort, type PrullenbakItem } from './prullenbak.types.js';
import { prullenbakDagen } from './purge.js';
import { takeFromPrullenbak } from './soft-delete.js';

/** Both kinds of deleted record as one list, for the prullenbak query. */
const DELETED = `
  SELECT 'INSTRUMENT' AS soort, id, naam, organisatie_id, verwijderd_op, verwijderd_door FROM instrument WHERE NOT ${live()}
  UNION ALL
  SELECT 'AANBIEDER', id, naam, organisatie_id, verwijderd_op, verwijderd_door FROM aanbieder WHERE NOT ${live()}`;

interface DeletedRow {
  soort: PrullenbakSoort;
  id: string;
  naam: string;
  organisatie_id: string;
  verwijderd_op: Date;
  /** verwijderd_op as PostgreSQL prints it: exact to the microsecond, for the cursor. */
  sleutel: string;
  verwijderd_door: string | null;
}

/** Reads one row that is in the prullenbak and locks it; NOT_FOUND when it is not there (live, purged, never existed). */
async function lockDeleted<Row>(em: EntityManager, target: VersionedTable, id: string): Promise<Row> {
  const [row]: Row[] = await em.query(`SELECT ${target.columns} FROM ${target.table} WHERE ${target.key ?? 'id'} = $1 AND NOT ${live()} FOR UPDATE`, [id]);
  if (!row) throw notFound(target.what, id);
  return row;
}

/** The prullenbak: what beheerders deleted, and putting it back exactly as it was. */
export class PrullenbakService {
  constructor(private readonly ds: DataSource) {}

  /** Deleted instruments and aanbieders of the caller's organisaties (landelijk: all), newest deletion first. */
  async list(caller: Caller, first: number | null | undefined, after: string | null | undefined): Promise<Connection<PrullenbakItem>> {
    const size = pageSize(first);
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const scope = manageableOrganisaties(caller);
    const where = scope ? [`organisatie_id = ANY(${param(scope)}::uuid[])`] : [];
    const [{ total }] = await this.ds.query(`SELECT count(*)::int AS total FROM (${DELETED}) p ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`, params);
    if (after) {
      const [sleutel, id] = decodeCursor(after, ['string', 'string']);
      where.push(`(verwijderd_op, id::text) < (${param(sleutel)}::timestamptz, ${param(id)})`);
    }
    const rows: DeletedRow[] = await this.ds.query(
      `SELECT p.*, verwijderd_op::text AS sleutel FROM (${DELETED}) p ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY verwijderd_op DESC, id::text DESC LIMIT ${size + 1}`,
      params,
    );
    const shown = rows.slice(0, size);
    const dagen = prullenbakDagen();
    const nodes = shown.map((r) => ({
      id: r.id, soort: r.soort, naam: r.naam, organisatieId: r.organisatie_id, verwijderdOp: r.verwijderd_op, verwijderdDoor: r.verwijderd_door,
      purgeOp: new Date(r.verwijderd_op.getTime() + dagen * 86_400_000),
    }));
    const last = shown.at(-1);
    return { totalCount: total, nodes, pageInfo: { hasNextPage: rows.length > size, endCursor: last ? encodeCursor([last.sleutel, last.id]) : null } };
  }

  /**
   * Same access as editing the instrument. Its aanbieder must be live: an aanbieder is only deleted without
   * live instruments, so restoring one onto a deleted aanbieder would break that rule (restore the aanbieder first).
   */
  restoreInstrument(caller: Caller, id: string): Promise<Instrument> {
    return runMutation(this.ds, {
      lock: (em) => lockDeleted<{ organisatie_id: string; aanbieder_id: string; landelijk: boolean }>(em, INSTRUMENT_TABLE, id),
      authorize: (before) => {
        assertMayManage(caller, before.organisatie_id);
        assertMayPublishLandelijk(caller, before.landelijk);
      },
      apply: async (em, before) => {
        // FOR SHARE: an aanbieder delete running now waits for this restore, then sees a live instrument.
        const aanbieder: unknown[] = await em.query(`SELECT 1 FROM aanbieder WHERE id = $1 AND ${live()} FOR SHARE`, [before.aanbieder_id]);
        if (!aanbieder.length) throw conflict('De aanbieder van dit instrument staat ook in de prullenbak. Zet eerst de aanbieder terug en daarna het instrument.');
        await takeFromPrullenbak(em, INSTRUMENT_TABLE, id);
      },
      bump: (em) => bumpVersion(em, INSTRUMENT_TABLE, id),
      audit: async (em, before) => writeAudit(em, {
        caller, organisatieId: before.organisatie_id, entiteit: 'Instrument', entiteitId: id, actie: 'teruggezet', voor: null, na: await snapshotInstrument(em, id),
      }),
      result: (em) => em.findOneByOrFail(Instrument, { id }),
    });
  }

  /** Same access as editing the aanbieder; its contactpersoon koppelingen stayed, so it comes back whole. */
  restoreAanbieder(caller: Caller, id: string): Promise<Aanbieder> {
    return runMutation(this.ds, {
      lock: (em) => lockDeleted<Record<string, unknown> & { organisatie_id: string }>(em, AANBIEDER_TABLE, id),
      authorize: (before) => assertMayManage(caller, before.organisatie_id),
      apply: (em) => takeFromPrullenbak(em, AANBIEDER_TABLE, id),
      bump: (em) => bumpVersion(em, AANBIEDER_TABLE, id),
      audit: async (em, before) => writeAudit(em, {
        caller, organisatieId: before.organisatie_id, entiteit: 'Aanbieder', entiteitId: id, actie: 'teruggezet', voor: null, na: snapshot(before, ['version']),
      }),
      result: (em) => em.findOneByOrFail(Aanbieder, { id }),
    });
  }
}
