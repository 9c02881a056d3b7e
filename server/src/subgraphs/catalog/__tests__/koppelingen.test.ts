import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { startSubgraphUnderTest, type SubgraphUnderTest } from '../../../test-support/subgraph.js';
import { catalogDefinition } from '../definition.js';
import { snapshotInstrument } from '../beheer/instrument-snapshot.js';
import { INSTRUMENT_COLUMN, keyAsText, koppelingen, KOPPELINGEN, SEARCH_KOPPELINGEN } from '../instrument-koppelingen.js';
import { SearchIndexManager } from '../search/search-index.manager.js';
import { SearchIndexStore } from '../search/search-index.store.js';

/**
 * instrument-koppelingen.ts is the one list of an instrument's tables. What cannot be derived from it (the
 * database's foreign keys, the frozen change-tracking migration) is checked against it here, and so is what is
 * derived (the audit snapshot, the search index), on a migrated and seeded database.
 */
describe('the koppelingen of an instrument, declared once', () => {
  let sg: SubgraphUnderTest;

  beforeAll(async () => {
    sg = await startSubgraphUnderTest(catalogDefinition, 100);
    // Every koppeling gets rows: the demo data links few wijken and has no downloads.
    const [{ id }] = await sg.dataSource.query('SELECT id FROM instrument ORDER BY id LIMIT 1');
    for (const name of SEARCH_KOPPELINGEN) {
      const koppeling = KOPPELINGEN[name];
      const [table, column] = koppeling.references.split('.');
      await sg.dataSource.query(
        `INSERT INTO ${koppeling.table} (${INSTRUMENT_COLUMN}, ${koppeling.key}) SELECT $1::uuid, ${column} FROM ${table} ORDER BY 2 LIMIT 1 ON CONFLICT DO NOTHING`,
        [id],
      );
    }
    await sg.dataSource.query(
      `INSERT INTO download (instrument_id, label, bestandsnaam, mime_type, grootte, content_hash) VALUES ($1, 'Folder', 'folder.pdf', 'application/pdf', 10, repeat('a', 64))`,
      [id],
    );
  });
  afterAll(async () => {
    await sg?.close();
  });

  const sorted = (list: string[]) => [...list].sort();

  it('declares exactly the tables that point at an instrument, each by instrument_id, and what each links to', async () => {
    const foreignKeys: { source: string; column: string; target: string; target_column: string }[] = await sg.dataSource.query(
      `SELECT s.relname AS source, a.attname AS column, t.relname AS target, ta.attname AS target_column
         FROM pg_constraint c
         JOIN pg_class s ON s.oid = c.conrelid JOIN pg_namespace n ON n.oid = s.relnamespace
         JOIN pg_class t ON t.oid = c.confrelid
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
         JOIN pg_attribute ta ON ta.attrelid = c.confrelid AND ta.attnum = c.confkey[1]
        WHERE c.contype = 'f' AND n.nspname = 'catalog'`,
    );
    const toInstrument = foreignKeys.filter((fk) => fk.target === 'instrument');
    assert.deepEqual(sorted(toInstrument.map((fk) => fk.source)), sorted(koppelingen().map(([, k]) => k.table)), 'every table with an instrument is declared');
    for (const fk of toInstrument) assert.equal(fk.column, INSTRUMENT_COLUMN, fk.source);
    for (const [name, koppeling] of koppelingen()) {
      if (!('references' in koppeling) || !koppeling.references) continue;
      const [table, column] = koppeling.references.split('.');
      assert.ok(
        foreignKeys.some((fk) => fk.source === koppeling.table && fk.column === koppeling.key && fk.target === table && fk.target_column === column),
        `${name}: ${koppeling.table}.${koppeling.key} references ${koppeling.references}`,
      );
    }
  });

  it('has the change-tracking triggers on every koppeling the search index reads', async () => {
    const triggers: { table: string; definition: string }[] = await sg.dataSource.query(
      `SELECT c.relname AS table, pg_get_triggerdef(t.oid) AS definition
         FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'catalog' AND NOT t.tgisinternal`,
    );
    assert.ok(SEARCH_KOPPELINGEN.length >= 4);
    for (const name of SEARCH_KOPPELINGEN) {
      const { table } = KOPPELINGEN[name];
      for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
        assert.ok(
          triggers.some((t) => t.table === table && t.definition.includes(`AFTER ${event}`) && t.definition.includes(`announce_change('instrument', '${INSTRUMENT_COLUMN}')`)),
          `${table} announces ${event} on catalog_changes`,
        );
      }
    }
  });

  it('puts every row of every koppeling in the audit snapshot', async () => {
    for (const [name, koppeling] of koppelingen()) {
      const [row] = await sg.dataSource.query(
        `SELECT ${INSTRUMENT_COLUMN} AS id, count(*)::int AS n FROM ${koppeling.table} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
      );
      assert.ok(row, `the test data has ${name}`);
      const snapshot = await sg.dataSource.transaction((em) => snapshotInstrument(em, row.id));
      assert.equal((snapshot![name] as unknown[]).length, row.n, name);
    }
  });

  describe('the search index', () => {
    let manager: SearchIndexManager;
    beforeAll(async () => {
      manager = new SearchIndexManager(sg.dataSource, (sg.dataSource.options as { url: string }).url);
      await manager.start();
    });
    afterAll(async () => {
      await manager?.stop();
    });

    it('reads every koppeling it filters on, in a full build and per instrument', async () => {
      const store = new SearchIndexStore(sg.dataSource);
      for (const name of SEARCH_KOPPELINGEN) {
        const koppeling = KOPPELINGEN[name];
        const [{ id }] = await sg.dataSource.query(`SELECT ${INSTRUMENT_COLUMN} AS id FROM ${koppeling.table} LIMIT 1`);
        const keys: string[] = (await sg.dataSource.query(`SELECT ${keyAsText(koppeling)} AS key FROM ${koppeling.table} WHERE ${INSTRUMENT_COLUMN} = $1`, [id])).map(
          (r: { key: string }) => r.key,
        );
        const [row] = await store.instruments([id]);
        assert.deepEqual(sorted(row![name]), sorted(keys), `${name} of one instrument`);
        const slot = manager.current().slot(id)!;
        for (const key of keys) assert.ok(manager.current().koppelingSet(name, key).has(slot), `${name} ${key} in the built index`);
      }
    });

    it('follows a change to every koppeling it reads (the trigger announces it)', async () => {
      const [{ id }] = await sg.dataSource.query('SELECT id FROM instrument ORDER BY id DESC LIMIT 1');
      for (const name of SEARCH_KOPPELINGEN) {
        const { table, key, references } = KOPPELINGEN[name];
        const [target, column] = references.split('.');
        const [{ value }] = await sg.dataSource.query(
          `SELECT ${column}::text AS value FROM ${target} WHERE ${column} NOT IN (SELECT ${key} FROM ${table} WHERE ${INSTRUMENT_COLUMN} = $1) LIMIT 1`,
          [id],
        );
        await sg.dataSource.query(`INSERT INTO ${table} (${INSTRUMENT_COLUMN}, ${key}) VALUES ($1, $2)`, [id, value]);
        await manager.sync();
        const index = manager.current();
        assert.ok(index.koppelingSet(name, value).has(index.slot(id)!), `${name}: an inserted ${value} is in the index`);
        await sg.dataSource.query(`DELETE FROM ${table} WHERE ${INSTRUMENT_COLUMN} = $1 AND ${key} = $2`, [id, value]);
        await manager.sync();
        assert.ok(!manager.current().koppelingSet(name, value).has(index.slot(id)!), `${name}: a deleted ${value} is gone`);
      }
    });
  });
});
