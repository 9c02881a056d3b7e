import type { DataSource, EntityManager } from 'typeorm';
import { followEvents, publishEvent, type EventChange, type EventFollower } from '../../core/events.js';
import { BEOORDELING_TOPIC, publishBeoordeling } from './beoordeling.js';

/** The payload of the catalog's `instrument` topic (its migration InstrumentEvents). */
export interface InstrumentEvent {
  organisatieId: string;
  gids: string;
  publiceren: boolean;
  publiceerVanaf: string | null;
  publiceerTotEnMet: string | null;
}

export const INSTRUMENT_TOPIC = 'instrument';

/**
 * Writes changes of the `instrument` topic into `reviews.instrument`. `initial`: the changes are the whole current
 * state, so a row missing from it was deleted while nobody followed. A deleted instrument's aggregate is gone
 * too (its reviews stay stored but count nowhere).
 */
export async function applyInstrumentChanges(em: EntityManager, changes: EventChange<InstrumentEvent>[], initial: boolean): Promise<void> {
  const present = changes.filter((c) => c.payload !== null).map((c) => ({ id: c.key, ...c.payload! }));
  const gone: string[] = changes.filter((c) => c.payload === null).map((c) => c.key);
  if (initial) {
    const rows: { id: string }[] = await em.query('SELECT id FROM instrument WHERE NOT (id = ANY($1::uuid[]))', [present.map((p) => p.id)]);
    gone.push(...rows.map((r) => r.id));
  }
  if (present.length) {
    // An instrument back from the catalog's prullenbak: its reviews count again, so its aggregate is published again.
    const returning: { id: string }[] = await em.query(
      `SELECT p.id FROM unnest($1::uuid[]) AS p(id)
        WHERE NOT EXISTS (SELECT 1 FROM instrument i WHERE i.id = p.id) AND EXISTS (SELECT 1 FROM review r WHERE r.instrument_id = p.id)`,
      [present.map((p) => p.id)],
    );
    await em.query(
      `INSERT INTO instrument (id, organisatie_id, gids, publiceren, publiceer_vanaf, publiceer_tot_en_met)
       SELECT id, "organisatieId", gids, publiceren, "publiceerVanaf", "publiceerTotEnMet"
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, "organisatieId" uuid, gids text, publiceren boolean, "publiceerVanaf" date, "publiceerTotEnMet" date)
       ON CONFLICT (id) DO UPDATE SET organisatie_id = EXCLUDED.organisatie_id, gids = EXCLUDED.gids, publiceren = EXCLUDED.publiceren,
         publiceer_vanaf = EXCLUDED.publiceer_vanaf, publiceer_tot_en_met = EXCLUDED.publiceer_tot_en_met`,
      [JSON.stringify(present)],
    );
    for (const { id } of returning) await publishBeoordeling(em, id);
  }
  if (gone.length) {
    // TypeORM answers a DELETE ... RETURNING with [rows, count]: read the rows first instead.
    const deleted: { id: string }[] = await em.query('SELECT id FROM instrument WHERE id = ANY($1::uuid[]) FOR UPDATE', [gone]);
    await em.query('DELETE FROM instrument WHERE id = ANY($1::uuid[])', [gone]);
    for (const { id } of deleted) await publishEvent(em, BEOORDELING_TOPIC, id, null);
  }
}

/** Follows the catalog's instruments into the projection; resolves once the current state is in. */
export function followInstruments(ds: DataSource, connectionString: string, log?: (message: string) => void): Promise<EventFollower> {
  return followEvents<InstrumentEvent>(ds, connectionString, {
    topic: INSTRUMENT_TOPIC,
    log,
    apply: (changes, initial) => ds.transaction((em) => applyInstrumentChanges(em, changes, initial)),
  });
}
