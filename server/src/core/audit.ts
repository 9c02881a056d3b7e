import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Caller } from './caller.js';

/** A record as plain JSON, for an audit trail. */
export type Snapshot = Record<string, unknown>;

/** Who acts (null: not logged in) and from where, as the gateway vouched for it. */
export interface Actor {
  callerId: string | null;
  clientAddress: string | null;
}

export const actorOf = (identity: { caller: Caller | null; clientAddress: string | null }): Actor => ({
  callerId: identity.caller?.id ?? null,
  clientAddress: identity.clientAddress,
});

/** A row as plain JSON (dates as ISO strings), leaving out the columns in `omit`. */
export function snapshot(row: Record<string, unknown>, omit: readonly string[] = []): Snapshot {
  const json = JSON.parse(JSON.stringify(row)) as Snapshot;
  for (const key of omit) delete json[key];
  return json;
}

/** The top-level keys whose values differ between two snapshots. */
export function changedFields(voor: Snapshot | null, na: Snapshot | null): string[] {
  const keys = new Set([...Object.keys(voor ?? {}), ...Object.keys(na ?? {})]);
  return [...keys].filter((key) => JSON.stringify(voor?.[key] ?? null) !== JSON.stringify(na?.[key] ?? null)).sort();
}

/**
 * A subgraph's audit trail: its own entity (so its own table in its own PostgreSQL schema) and how one of its
 * entries becomes a row. `toRow` returns null for an entry not worth a row (a change that changed nothing).
 */
export interface AuditTrail<Entry> {
  entity: EntityTarget<ObjectLiteral>;
  toRow(entry: Entry): ObjectLiteral | null;
}

/**
 * Writes an audit entry with `em`: pass the transaction's manager where there is a change, so the change and
 * its record commit or roll back together.
 */
export async function writeAudit<Entry>(em: EntityManager, trail: AuditTrail<Entry>, entry: Entry): Promise<void> {
  const row = trail.toRow(entry);
  if (row) await em.getRepository(trail.entity).insert(row);
}
