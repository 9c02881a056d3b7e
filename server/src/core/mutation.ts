import type { DataSource, EntityManager } from 'typeorm';
import { notFound } from './errors.js';
import { assertVersion, guardConstraints, type ConstraintMessages } from './constraints.js';

/**
 * The steps of one beheer mutation on an existing row. `runMutation` runs them in this order in one
 * transaction, so access, version, change, validation and audit record commit or roll back together:
 *
 *   lock -> authorize -> version -> apply -> bump -> validate -> audit -> result
 *
 * The resolver has parsed the arguments (ids checked with core/ids.ts) and taken the service from the
 * per-request context; the service fills in these steps.
 */
export interface MutationSteps<Row, Result> {
  /** Reads the row and locks it for the rest of the transaction (FOR UPDATE); NOT_FOUND when it is gone. */
  lock(em: EntityManager): Promise<Row>;
  /** Access to the locked row. FORBIDDEN comes before CONFLICT, so a stranger learns nothing about versions. */
  authorize?(before: Row): void;
  /**
   * The row's current version and the one the user edited (given null: not checked, only where the API allows
   * it); left out for rows without a version.
   */
  version?: { current(before: Row): number; given: number | null; wat: string };
  /** Validates the input (every field problem at once) and writes the change; for a delete, removes the row. */
  apply(em: EntityManager, before: Row): Promise<void>;
  /** Raises the row's version; left out for a delete. */
  bump?(em: EntityManager, before: Row): Promise<void>;
  /** Checks the state after the change, e.g. that a published instrument stays publishable. */
  validate?(em: EntityManager): Promise<void>;
  /** Writes the audit record with the subgraph's own writer (core/audit.ts). */
  audit(em: EntityManager, before: Row): Promise<void>;
  result(em: EntityManager): Promise<Result>;
  /** Constraint violations that slipped past the checks (a concurrent beheerder), as CONFLICT. */
  constraints?: ConstraintMessages;
}

export function runMutation<Row, Result>(ds: DataSource, steps: MutationSteps<Row, Result>): Promise<Result> {
  const work = ds.transaction(async (em) => {
    const before = await steps.lock(em);
    steps.authorize?.(before);
    if (steps.version) assertVersion(steps.version.wat, steps.version.current(before), steps.version.given);
    await steps.apply(em, before);
    await steps.bump?.(em, before);
    await steps.validate?.(em);
    await steps.audit(em, before);
    return steps.result(em);
  });
  return steps.constraints ? guardConstraints(work, steps.constraints) : work;
}

/** A table of records beheerders edit, with a `version` column. */
export interface VersionedTable {
  table: string;
  /** The record's name in a NOT_FOUND message: 'Aanbieder'. */
  what: string;
  /** The key column; `id` unless given. */
  key?: string;
  /** The columns a lock reads (and an audit snapshot shows); all unless given. */
  columns?: string;
  /** The table also has an `updated_at` to touch. */
  updatedAt?: boolean;
}

/** Raises the version of one row (and its updated_at where the table has one). */
export async function bumpVersion(em: EntityManager, target: VersionedTable, id: string): Promise<void> {
  await em.query(`UPDATE ${target.table} SET version = version + 1${target.updatedAt ? ', updated_at = now()' : ''} WHERE ${target.key ?? 'id'} = $1`, [id]);
}

/** Reads one row and locks it for the rest of the transaction; NOT_FOUND when there is none. */
export async function lockRow<Row = Record<string, unknown>>(em: EntityManager, target: VersionedTable, id: string): Promise<Row> {
  const [row]: Row[] = await em.query(`SELECT ${target.columns ?? '*'} FROM ${target.table} WHERE ${target.key ?? 'id'} = $1 FOR UPDATE`, [id]);
  if (!row) throw notFound(target.what, id);
  return row;
}

/** For partial updates: undefined (not given) keeps the current value, null (or '') clears it. */
export function pick<T>(given: T | null | undefined, current: T | null): T | null {
  return given === undefined ? current : given;
}
