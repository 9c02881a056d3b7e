import type { EntityManager } from 'typeorm';
import type { Snapshot } from '../../../core/audit.js';
import { SCALAR_FIELDS } from './instrument-fields.js';
import { Instrument } from '../instrument.entity.js';
import { INSTRUMENT_COLUMN, koppelingen, type Koppeling } from '../instrument-koppelingen.js';

/** One row of a koppeling as the audit trail shows it: its key, or a JSON object with the declared fields. */
function auditValue({ audit }: Koppeling): string {
  if (typeof audit.value === 'string') return audit.value;
  return `json_build_object(${Object.entries(audit.value).map(([field, column]) => `'${field}', ${column}`).join(', ')})`;
}

/** The instrument as a beheerder sees it, for the audit trail: every field and every koppeling. */
export async function snapshotInstrument(em: EntityManager, id: string): Promise<Snapshot | null> {
  const instrument = await em.findOneBy(Instrument, { id });
  if (!instrument) return null;
  const snapshot: Snapshot = { gids: instrument.gids, landelijk: instrument.landelijk };
  for (const field of SCALAR_FIELDS) snapshot[field] = instrument[field];
  for (const [name, koppeling] of koppelingen()) {
    const rows: { v: unknown }[] = await em.query(
      `SELECT ${auditValue(koppeling)} AS v FROM ${koppeling.table} WHERE ${INSTRUMENT_COLUMN} = $1 ORDER BY ${koppeling.audit.orderBy}`,
      [id],
    );
    snapshot[name] = rows.map((r) => r.v);
  }
  return snapshot;
}
