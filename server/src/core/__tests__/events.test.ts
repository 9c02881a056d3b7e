import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { createTestDatabase } from '../../test-support/harness.js';
import { ensureEventStore, followEvents, publishEvent, type EventChange } from '../events.js';

type Score = { gemiddelde: number };

describe('event store: compacted topics between subgraphs', () => {
  let db: { url: string; drop: () => Promise<void> };
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = new DataSource({ type: 'postgres', url: db.url });
    await ds.initialize();
    await ensureEventStore(ds);
    await ensureEventStore(ds); // a second start changes nothing
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  const publish = (topic: string, key: string, payload: Score | null) => ds.transaction((em) => publishEvent(em, topic, key, payload));

  it('a follower starts from the current state, then gets every later change in commit order', async () => {
    await publish('t1', 'a', { gemiddelde: 1 });
    await publish('t1', 'a', { gemiddelde: 2 });
    await publish('t1', 'b', { gemiddelde: 3 });
    await publish('t1', 'gone', { gemiddelde: 4 });
    await publish('t1', 'gone', null);
    await publish('other', 'a', { gemiddelde: 9 });
    const seen: { changes: EventChange<Score>[]; initial: boolean }[] = [];
    const follower = await followEvents<Score>(ds, db.url, { topic: 't1', apply: (changes, initial) => void seen.push({ changes, initial }) });
    try {
      assert.deepEqual(seen, [{ initial: true, changes: [{ key: 'a', payload: { gemiddelde: 2 } }, { key: 'b', payload: { gemiddelde: 3 } }] }]);
      await publish('t1', 'b', null);
      await publish('t1', 'c', { gemiddelde: 5 });
      await follower.sync();
      const later = seen.slice(1).flatMap((s) => s.changes);
      assert.deepEqual(later, [{ key: 'b', payload: null }, { key: 'c', payload: { gemiddelde: 5 } }]);
      assert.ok(seen.slice(1).every((s) => !s.initial));
    } finally {
      await follower.close();
    }
  });

  it('an event exists only when its transaction commits', async () => {
    await assert.rejects(
      ds.transaction(async (em) => {
        await publishEvent(em, 't2', 'x', { gemiddelde: 1 });
        throw new Error('rolled back');
      }),
    );
    const rows = await ds.query("SELECT key FROM events.latest WHERE topic = 't2'");
    assert.equal(rows.length, 0);
  });

  it('a transaction that commits after a later one is not skipped', async () => {
    const seen: string[] = [];
    const follower = await followEvents<Score>(ds, db.url, { topic: 't3', apply: (changes) => void seen.push(...changes.map((c) => c.key)) });
    const runner = ds.createQueryRunner();
    await runner.connect();
    try {
      // The slow transaction takes its id first, the fast one commits first.
      await runner.startTransaction();
      await publishEvent(runner.manager, 't3', 'slow', { gemiddelde: 1 });
      await publish('t3', 'fast', { gemiddelde: 2 });
      await runner.commitTransaction();
      await follower.sync();
      assert.deepEqual([...seen].sort(), ['fast', 'slow']);
    } finally {
      await runner.release();
      await follower.close();
    }
  });
});
