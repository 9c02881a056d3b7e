import type { EntityManager } from 'typeorm';
import type { Caller } from '../../../core/caller.js';

export type Snapshot = Record<string, unknown>;

export interface AuditEntry {
  caller: Caller;
  organisatieId: string;
  entiteit: string;
  entiteitId: string;
  actie: string;
  voor: Snapshot | null;
  na: Snapshot | null;
}

/** The top-level keys whose values differ between two snapshots. */
export function changedFields(voor: Snapshot | null, na: Snapshot | null): string[] {
  const keys = new Set([...Object.keys(voor ?? {}), ...Object.keys(na ?? {})]);
  return [...keys].filter((key) => JSON.stringify(voor?.[key] ?? null) !== JSON.stringify(na?.[key] ?? null)).sort();
}

/**
 * Writes the audit record inside the mutation's own transaction: the change and its record commit or roll
 * back together. A change that changed nothing leaves no record.
 */
export async function writeAudit(em: EntityManager, entry: AuditEntry): Promise<void> {
  const velden = changedFields(entry.voor, entry.na);
  if (entry.actie === 'gewijzigd' && velden.length === 0) return;
  await em.query(
    `INSERT INTO audit_record (gebruiker_id, organisatie_id, entiteit, entiteit_id, actie, velden, voor, na)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [entry.caller.id, entry.organisatieId, entry.entiteit, entry.entiteitId, entry.actie, velden, entry.voor, entry.na],
  );
}
