import pg from 'pg';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * How subgraphs learn of each other's changes without reading each other's tables: a small event store in the
 * schema `events`, shared plumbing like the gateway's rate-limit table. A topic is compacted: per key only the
 * latest payload is kept (a tombstone, payload null, when the key is gone), so a follower that starts (or
 * restarts) reads the whole current state in one query and then follows the changes.
 *
 * The publisher writes in its own transaction, so an event exists exactly when the change it describes committed.
 * A follower reads only rows of transactions older than every transaction still running (`pg_snapshot_xmin`,
 * the horizon), each read the band between the last horizon and the new one, so a transaction that commits late
 * with a lower id is never skipped. LISTEN on `events` wakes followers at once; a poll every second covers a transaction that was still
 * holding the horizon back when the notification came.
 */
export const EVENTS_SCHEMA = 'events';
export const EVENTS_CHANNEL = 'events';

const DDL = [
  `CREATE SCHEMA IF NOT EXISTS ${EVENTS_SCHEMA}`,
  `CREATE SEQUENCE IF NOT EXISTS ${EVENTS_SCHEMA}.seq`,
  `CREATE TABLE IF NOT EXISTS ${EVENTS_SCHEMA}.latest (
     topic text NOT NULL,
     key text NOT NULL,
     tx xid8 NOT NULL DEFAULT pg_current_xact_id(),
     seq bigint NOT NULL DEFAULT nextval('${EVENTS_SCHEMA}.seq'),
     payload jsonb,
     PRIMARY KEY (topic, key))`,
  `CREATE INDEX IF NOT EXISTS latest_topic_tx_seq ON ${EVENTS_SCHEMA}.latest (topic, tx, seq)`,
];

/** Creates the event store when it is missing; one process at a time (replicas start together). */
export async function ensureEventStore(ds: DataSource): Promise<void> {
  await ds.transaction(async (em) => {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('${EVENTS_SCHEMA}.latest'))`);
    for (const statement of DDL) await em.query(statement);
  });
}

/** Publishes the current state of `key` on `topic` (null: the key is gone), inside the caller's transaction. */
export async function publishEvent(em: EntityManager, topic: string, key: string, payload: object | null): Promise<void> {
  await em.query(
    `INSERT INTO ${EVENTS_SCHEMA}.latest (topic, key, payload) VALUES ($1, $2, $3)
     ON CONFLICT (topic, key) DO UPDATE SET tx = pg_current_xact_id(), seq = nextval('${EVENTS_SCHEMA}.seq'), payload = EXCLUDED.payload`,
    [topic, key, payload === null ? null : JSON.stringify(payload)],
  );
  await em.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, topic]);
}

export interface EventChange<T> {
  key: string;
  /** The latest payload; null when the key is gone. */
  payload: T | null;
}

export interface EventFollower {
  /** Resolves when every event committed before this call has been handed to the handler. */
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface FollowOptions<T> {
  topic: string;
  /** Every change in commit order; the first call holds the whole current state of the topic (no tombstones). */
  apply(changes: EventChange<T>[], initial: boolean): void | Promise<void>;
  log?: (message: string) => void;
  pollMs?: number;
}

/**
 * Follows a topic: reads its current state, hands it to `apply`, then every later change. Resolves once the
 * current state is applied, so a subgraph that opens with it serves nothing stale from its first request.
 */
export async function followEvents<T>(ds: DataSource, connectionString: string, options: FollowOptions<T>): Promise<EventFollower> {
  const log = options.log ?? (() => undefined);
  // Every transaction below the horizon had finished at the last read: its rows were read then, if it committed.
  let horizon: bigint | null = null;
  let stopped = false;
  let listener: pg.Client | null = null;
  let running: Promise<void> = Promise.resolve();
  // Reads go over the follower's own connection (the one that LISTENs), not the subgraph's pool: a poll every
  // second takes no connection from requests and shows up in no request's statements. The pool only while
  // that connection is being re-established.
  const query = async <Row>(sql: string, params: unknown[] = []): Promise<Row[]> =>
    listener ? ((await listener.query(sql, params)).rows as Row[]) : ds.query(sql, params);

  const read = async (): Promise<void> => {
    const xmin = await snapshotBound(query, 'xmin');
    const next = BigInt(xmin);
    if (horizon !== null && next <= horizon) return;
    const initial = horizon === null;
    const rows = await query<{ key: string; payload: T | null }>(
      `SELECT key, payload FROM ${EVENTS_SCHEMA}.latest
       WHERE topic = $1 AND tx < $2::xid8 ${initial ? 'AND payload IS NOT NULL' : 'AND tx >= $3::xid8'}
       ORDER BY tx, seq`,
      initial ? [options.topic, xmin] : [options.topic, xmin, horizon!.toString()],
    );
    horizon = next;
    if (initial || rows.length) await options.apply(rows, initial);
  };
  // One read at a time, in order; a failure is logged and the next wake-up tries again.
  const next = (): Promise<void> => {
    running = running.then(read).catch((error: unknown) => log(`events ${options.topic}: lezen mislukt: ${String(error)}`));
    return running;
  };

  const listen = async (): Promise<void> => {
    const client = new pg.Client({ connectionString });
    client.on('notification', (message) => {
      if (message.payload === options.topic) void next();
    });
    const lost = () => {
      if (stopped || listener !== client) return;
      listener = null;
      setTimeout(() => void (stopped ? undefined : listen().then(next, lost)), 1000);
    };
    client.on('error', lost);
    client.on('end', lost);
    await client.connect();
    await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    listener = client;
  };

  await listen();
  await read();
  const poll = setInterval(() => void next(), options.pollMs ?? 1000);
  poll.unref();
  return {
    sync: async () => {
      // Every transaction that committed before this call has an id below today's xmax; wait for the horizon to
      // pass it (bounded: an unrelated long transaction holds the horizon back).
      const xmax = await snapshotBound(query, 'xmax');
      for (let attempt = 0; attempt < 200; attempt++) {
        await next();
        if (horizon !== null && horizon >= BigInt(xmax)) return;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      log(`events ${options.topic}: sync gaf het op (een lange transactie houdt de horizon tegen)`);
    },
    close: async () => {
      stopped = true;
      clearInterval(poll);
      await running;
      await listener?.end().catch(() => undefined);
    },
  };
}

async function snapshotBound(query: <Row>(sql: string) => Promise<Row[]>, bound: 'xmin' | 'xmax'): Promise<string> {
  const rows = await query<{ value: string }>(`SELECT pg_snapshot_${bound}(pg_current_snapshot())::text AS value`);
  return rows[0]!.value;
}
