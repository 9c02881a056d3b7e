import type { EntityManager } from 'typeorm';
import { SYNONIEMGROEPEN } from './synoniemen.data.js';

/**
 * The default synonyms, seeded once: only while the table is empty and no beheerder ever changed a group (the
 * audit trail says so). A beheerder's deletions, even of every group, are not undone on the next start.
 */
export async function seedSynoniemen(db: EntityManager): Promise<void> {
  const [{ beheerd }]: [{ beheerd: boolean }] = await db.query(
    `SELECT EXISTS (SELECT 1 FROM synoniemgroep) OR EXISTS (SELECT 1 FROM audit_record WHERE entiteit = 'Synoniemgroep') AS beheerd`,
  );
  if (beheerd) return;
  await db.query(
    'INSERT INTO synoniemgroep (termen, toelichting) SELECT ARRAY(SELECT json_array_elements_text(g->\'termen\')), g->>\'toelichting\' FROM json_array_elements($1::json) AS g',
    [JSON.stringify(SYNONIEMGROEPEN)],
  );
}
