import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { assertMayManage, checkOrganisatieFilter, checkOrganisatieKeuze, manageableOrganisaties } from '../../../core/access.js';
import { snapshot, type Snapshot } from '../../../core/audit.js';
import type { Caller } from '../../../core/caller.js';
import { CHANGED_MEANWHILE, guardConstraints, type ConstraintMessages } from '../../../core/constraints.js';
import { conflict } from '../../../core/errors.js';
import { bumpVersion, lockRow, runMutation, type VersionedTable } from '../../../core/mutation.js';
import type { Problems } from '../../../core/problems.js';
import { writeAudit } from './audit.service.js';
import { moveToPrullenbak } from '../prullenbak/soft-delete.js';

export type Row = Record<string, unknown>;

/**
 * A record beheerders create, edit and delete (aanbieder, contactpersoon, adres, wijk, doelgroep): its table,
 * its name in the audit trail and messages, and what keeps it from being deleted.
 */
export interface BeheerRecord extends VersionedTable {
  /** The audit trail's entiteit: 'Contactpersoon'. */
  entiteit: string;
  /** The record in a sentence: 'deze contactpersoon' (the stale-version CONFLICT). */
  wat: string;
  /** Locks a row when a plain `SELECT ... FOR UPDATE` is not enough (doelgroepen: only the eigen ones). */
  lock?(em: EntityManager, key: string): Promise<Row>;
  /** Access to a locked row beyond "the caller manages its organisatie". */
  authorize?(caller: Caller, row: Row): void;
  /** The uuid the audit trail keys the record by; the key itself unless given. */
  auditId?(key: string): string;
  /** Why the record cannot be deleted (still linked somewhere), or null when it may go. */
  inUse?(em: EntityManager, key: string): Promise<string | null>;
  /** A delete puts the record in the prullenbak (soft-delete.ts) instead of removing the row. */
  prullenbak?: boolean;
  /** Removes or notes what goes with the record on delete; the result joins the audit record's `voor`. */
  onDelete?(em: EntityManager, key: string): Promise<Snapshot>;
}

/** The version is the record's own business, not a change worth an audit field. */
const auditSnapshot = (row: Row) => snapshot(row, ['version']);

/**
 * The audit record of a change, for the organisatie of `row`. A record without organisatie (a standard wijk)
 * counts for the landelijke organisatie, so the landelijk beheerder sees it.
 */
async function audit(em: EntityManager, caller: Caller, record: BeheerRecord, key: string, actie: string, row: Row, voor: Snapshot | null, na: Snapshot | null): Promise<void> {
  let organisatieId = (row.organisatie_id ?? null) as string | null;
  if (!organisatieId) {
    const [landelijk]: { id: string }[] = await em.query('SELECT id FROM organisatie WHERE regio_code IS NULL ORDER BY naam LIMIT 1');
    organisatieId = landelijk?.id ?? caller.organisatieIds[0] ?? null;
  }
  if (!organisatieId) throw new Error(`no organisatie for the audit record of ${record.entiteit} ${key}`);
  const entiteitId = record.auditId?.(key) ?? key;
  await writeAudit(em, { caller, organisatieId, entiteit: record.entiteit, entiteitId, actie, voor, na });
}

const lock = (em: EntityManager, record: BeheerRecord, key: string) => (record.lock ? record.lock(em, key) : lockRow<Row>(em, record, key));

function authorize(caller: Caller, record: BeheerRecord, row: Row): void {
  record.authorize?.(caller, row);
  assertMayManage(caller, row.organisatie_id as string | null);
}

/** A new record: `insert` validates and writes the row; the audit record follows in the same transaction. */
export function createRecord<T>(
  ds: DataSource, caller: Caller, record: BeheerRecord,
  steps: { insert(em: EntityManager): Promise<Row>; result(em: EntityManager, key: string): Promise<T> },
  constraints: ConstraintMessages = {},
): Promise<T> {
  return guardConstraints(ds.transaction(async (em) => {
    const row = await steps.insert(em);
    const key = String(row[record.key ?? 'id']);
    await audit(em, caller, record, key, 'aangemaakt', row, null, auditSnapshot(row));
    return steps.result(em, key);
  }), constraints);
}

/**
 * A change of an existing record (core/mutation.ts): lock, the caller must manage it, the version the user
 * edited must be the current one, then `apply` validates and writes; the version goes up and the change is
 * audited: the row before and after, or what `snapshot` shows of the record (koppelingen kept elsewhere).
 */
export function updateRecord<T>(
  ds: DataSource, caller: Caller, record: BeheerRecord, key: string, version: number | null,
  steps: { apply(em: EntityManager, before: Row): Promise<void>; result(em: EntityManager): Promise<T>; snapshot?(em: EntityManager): Promise<Snapshot> },
  constraints?: ConstraintMessages,
): Promise<T> {
  let voor: Snapshot | null = null;
  return runMutation(ds, {
    lock: (em) => lock(em, record, key),
    authorize: (before) => authorize(caller, record, before),
    version: { current: (before) => before.version as number, given: version, wat: record.wat },
    apply: async (em, before) => {
      voor = steps.snapshot ? await steps.snapshot(em) : auditSnapshot(before);
      await steps.apply(em, before);
    },
    bump: (em) => bumpVersion(em, record, key),
    audit: async (em) => {
      const after = await lockRow<Row>(em, record, key);
      await audit(em, caller, record, key, 'gewijzigd', after, voor, steps.snapshot ? await steps.snapshot(em) : auditSnapshot(after));
    },
    result: steps.result,
    constraints,
  });
}

/** Deletes a record the user saw at `version` (null: not checked, where the API allows it); a record still in use is a CONFLICT and stays. */
export function deleteRecord(ds: DataSource, caller: Caller, record: BeheerRecord, key: string, version: number | null, constraints: ConstraintMessages = {}): Promise<boolean> {
  let extra: Snapshot = {};
  return runMutation(ds, {
    lock: (em) => lock(em, record, key),
    authorize: (before) => authorize(caller, record, before),
    version: { current: (before) => before.version as number, given: version, wat: record.wat },
    apply: async (em) => {
      const waarom = await record.inUse?.(em, key);
      if (waarom) throw conflict(waarom);
      extra = (await record.onDelete?.(em, key)) ?? {};
      if (record.prullenbak) await moveToPrullenbak(em, record, key, caller);
      else await em.query(`DELETE FROM ${record.table} WHERE ${record.key ?? 'id'} = $1`, [key]);
    },
    bump: record.prullenbak ? (em) => bumpVersion(em, record, key) : undefined,
    audit: (em, before) => audit(em, caller, record, key, 'verwijderd', before, auditSnapshot({ ...before, ...extra }), null),
    result: async () => true,
    constraints: { inUse: CHANGED_MEANWHILE, ...constraints },
  });
}

/** "1 instrument" / "3 instrumenten". */
export function aantal(n: number, een: string, meer: string): string {
  return n === 1 ? `1 ${een}` : `${n} ${meer}`;
}

/**
 * The organisatie a record belongs to: the policy (core/access.ts) and then whether the organisatie exists,
 * which only the catalog can tell.
 */
export async function checkOrganisatie(em: EntityManager, caller: Caller, problems: Problems, organisatieId: string | null | undefined): Promise<void> {
  if (!checkOrganisatieKeuze(caller, problems, organisatieId)) return;
  const rows: unknown[] = await em.query('SELECT 1 FROM organisatie WHERE id = $1', [organisatieId]);
  if (!rows.length) problems.add('organisatieId', 'Deze organisatie bestaat niet.');
}

/** The organisatie for a partial update: not given (or null) keeps the current one; a move must be allowed too. */
export async function movedOrganisatie<Id extends string | null>(em: EntityManager, caller: Caller, problems: Problems, given: string | null | undefined, current: Id): Promise<string | Id> {
  if (given == null) return current;
  if (given !== current) await checkOrganisatie(em, caller, problems, given);
  return given;
}

/** A beheer list: the records of the organisaties the caller manages (optionally one of them), in `order`. */
export function listOwned<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, caller: Caller, organisatieId: string | null, order: string[]): Promise<T[]> {
  checkOrganisatieFilter(caller, organisatieId);
  const query = ds.getRepository(entity).createQueryBuilder('r');
  const scope = manageableOrganisaties(caller);
  if (scope) query.andWhere('r.organisatie_id = ANY(:scope::uuid[])', { scope });
  if (organisatieId) query.andWhere('r.organisatie_id = :organisatieId', { organisatieId });
  order.forEach((column, i) => (i ? query.addOrderBy(`r.${column}`, 'ASC') : query.orderBy(`r.${column}`, 'ASC')));
  return query.getMany();
}
