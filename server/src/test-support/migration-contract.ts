import assert from 'node:assert/strict';
import { afterAll, beforeAll, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { createSubgraphDataSource, migrate } from '../core/data-source.js';
import { EVENTS_SCHEMA } from '../core/events.js';
import type { SubgraphDefinition } from '../core/subgraph-definition.js';
import { createTestDatabase } from './harness.js';

/**
 * What every subgraph's migrations promise, as tests in the calling `describe`: they run on an empty
 * database and a second run finds nothing to do, they leave the entities nothing to add, and they touch no
 * schema but the subgraph's own. The migrated data source is handed back for the file's further tests.
 */
export function migrationContract(definition: SubgraphDefinition): { ds: DataSource } {
  const migrated = {} as { ds: DataSource };
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const db = await createTestDatabase();
    drop = db.drop;
    migrated.ds = createSubgraphDataSource({ ...definition, url: db.url });
    await migrated.ds.initialize();
  });
  afterAll(async () => {
    await migrated.ds.destroy();
    await drop();
  });

  it('migrates an empty database, and a second run finds nothing to do', async () => {
    assert.equal((await migrate(migrated.ds, definition.schema)).length, definition.migrations.length);
    assert.deepEqual(await migrate(migrated.ds, definition.schema), []);
  });

  it('leaves no difference between the entities and the migrated schema', async () => {
    const pending = await migrated.ds.driver.createSchemaBuilder().log();
    assert.deepEqual(pending.upQueries.map((q) => q.query), []);
  });

  it('owns only its own PostgreSQL schema (beside the shared event store)', async () => {
    const rows: { table_schema: string }[] = await migrated.ds.query(
      `SELECT DISTINCT table_schema FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema', '${EVENTS_SCHEMA}')`,
    );
    assert.deepEqual(rows.map((r) => r.table_schema), [definition.schema]);
  });

  return migrated;
}
