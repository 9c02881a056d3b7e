import type { DataSource, EntityManager } from 'typeorm';
import { followEvents, type EventChange, type EventFollower } from '../../core/events.js';

/** The part of the catalog's `instrument` topic payload insights uses (see the catalog's migration InstrumentEvents). */
interface InstrumentEvent {
  gids: string;
}

const INSTRUMENT_TOPIC = 'instrument';

/**
 * Writes changes of the `instrument` topic into `insights.instrument`. `initial`: the changes are the whole current
 * state, so every row not in it is gone.
 */
async function applyInstrumentChanges(em: EntityManager, changes: EventChange<InstrumentEvent>[], initial: boolean): Promise<void> {
  const present = changes.filter((c) => c.payload !== null).map((c) => ({ id: c.key, gids: c.payload!.gids }));
  const gone = changes.filter((c) => c.payload === null).map((c) => c.key);
  if (initial) await em.query('DELETE FROM instrument WHERE NOT (id = ANY($1::uuid[]))', [present.map((p) => p.id)]);
  if (present.length) {
    await em.query(
      `INSERT INTO instrument (id, gids) SELECT id, gids FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, gids text)
       ON CONFLICT (id) DO UPDATE SET gids = EXCLUDED.gids`,
      [JSON.stringify(present)],
    );
  }
  if (gone.length) await em.query('DELETE FROM instrument WHERE id = ANY($1::uuid[])', [gone]);
}

/** Follows the catalog's instruments into the projection; resolves once the current state is in. */
export function followInstruments(ds: DataSource, connectionString: string, log?: (message: string) => void): Promise<EventFollower> {
  return followEvents<InstrumentEvent>(ds, connectionString, {
    topic: INSTRUMENT_TOPIC,
    log,
    apply: (changes, initial) => ds.transaction((em) => applyInstrumentChanges(em, changes, initial)),
  });
}
