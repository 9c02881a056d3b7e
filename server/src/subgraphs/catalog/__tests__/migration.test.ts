import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { createSubgraphDataSource, migrate } from '../../../core/data-source.js';
import { createTestDatabase } from '../../../test-support/harness.js';
import { migrationContract } from '../../../test-support/migration-contract.js';
import { catalogDefinition as catalog } from '../definition.js';
import { seedDemo } from '../seed/demo.seed.js';
import { seedReference } from '../seed/reference.seed.js';

/** A fingerprint of every catalog table, to prove a second seed changes nothing. */
async function fingerprint(ds: DataSource): Promise<Record<string, string>> {
  const tables: { table_name: string }[] = await ds.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'catalog' AND table_name <> 'migrations' ORDER BY 1`,
  );
  const result: Record<string, string> = {};
  for (const { table_name } of tables) {
    const [row] = await ds.query(`SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS f FROM "${table_name}" t`);
    result[table_name] = row.f;
  }
  return result;
}

describe('catalog migrations and seed', () => {
  const migrated = migrationContract(catalog);

  it('seeds the reference data: 342 gemeenten in 35 arbeidsmarktregio\'s and both value lists', async () => {
    await catalog.seed(migrated.ds, { demoInstruments: 40 });
    const [{ gemeenten }] = await migrated.ds.query('SELECT count(*) AS gemeenten FROM gemeente');
    const [{ regios }] = await migrated.ds.query('SELECT count(*) AS regios FROM regio');
    assert.equal(gemeenten, 342);
    assert.equal(regios, 35);
    const [amsterdam] = await migrated.ds.query(`SELECT g.naam, r.code, r.naam AS regio FROM gemeente g JOIN regio r ON r.code = g.regio_code WHERE g.code = 'GM0363'`);
    assert.deepEqual(amsterdam, { naam: 'Amsterdam', code: 'AM18', regio: 'Groot Amsterdam' });
    const leaves: { code: string }[] = await migrated.ds.query(
      `SELECT k.code FROM kenmerk k WHERE k.categorie_code = 'EVA_KLANTKENMERK' AND NOT EXISTS (SELECT 1 FROM kenmerk c WHERE c.parent_code = k.code) ORDER BY 1`,
    );
    assert.deepEqual(leaves.map((l) => l.code), Array.from({ length: 14 }, (_, i) => `KK${String(i + 1).padStart(2, '0')}`));
    const [psycho] = await migrated.ds.query(`SELECT p.naam FROM kenmerk k JOIN kenmerk p ON p.code = k.parent_code WHERE k.code = 'KK01'`);
    assert.equal(psycho.naam, 'Aandachtspunten klant');
    const [{ uitvoeringsvormen }] = await migrated.ds.query(`SELECT count(*) AS uitvoeringsvormen FROM kenmerk WHERE categorie_code = 'EVA_UITVOERINGSVORM'`);
    assert.equal(uitvoeringsvormen, 12);
    const [diagnostiek] = await migrated.ds.query(`SELECT naam, tools_en_aandachtspunten FROM kenmerk WHERE code = 'EW02'`);
    assert.equal(diagnostiek.naam, 'Diagnostiek');
    assert.ok(diagnostiek.tools_en_aandachtspunten.length > 20, 'tegel carries its tools en aandachtspunten');
  });

  it('seeding again changes nothing', async () => {
    const before = await fingerprint(migrated.ds);
    assert.ok(Number(before.instrument!.split(':')[0]) === 40);
    await catalog.seed(migrated.ds, { demoInstruments: 40 });
    assert.deepEqual(await fingerprint(migrated.ds), before);
    // Also when the generator has changed since (another count gives other content): no second demo set.
    await catalog.seed(migrated.ds, { demoInstruments: 55 });
    assert.deepEqual(await fingerprint(migrated.ds), before);
  });

  it('the demo generator itself is idempotent: the same instruments again insert nothing new', async () => {
    const before = await fingerprint(migrated.ds);
    await migrated.ds.transaction((db) => seedDemo(db, { instruments: 40 }));
    assert.deepEqual(await fingerprint(migrated.ds), before);
  });

  it('upgrades a database that has data from the first migration only', async () => {
    const old = await createTestDatabase();
    const first = createSubgraphDataSource({ ...catalog, url: old.url, migrations: catalog.migrations.slice(0, 1) });
    await first.initialize();
    await migrate(first, 'catalog');
    await seedReference(first.manager);
    await seedDemo(first.manager, { instruments: 30 });
    await first.destroy();
    const current = createSubgraphDataSource({ ...catalog, url: old.url });
    await current.initialize();
    try {
      assert.equal((await migrate(current, 'catalog')).length, catalog.migrations.length - 1);
      const [{ missing }] = await current.query('SELECT count(*) AS missing FROM instrument WHERE zoekvector IS NULL');
      assert.equal(missing, 0, 'existing instruments are searchable after the upgrade');
    } finally {
      await current.destroy();
      await old.drop();
    }
  });

  it('keeps every generated samenvatting within 500 characters and every instrument complete', async () => {
    const [{ longest }] = await migrated.ds.query('SELECT max(length(samenvatting)) AS longest FROM instrument');
    assert.ok(longest <= 500);
    const incomplete = await migrated.ds.query(`
      SELECT i.id FROM instrument i WHERE i.gids = 'EVA' AND NOT (
        EXISTS (SELECT 1 FROM instrument_kenmerk ik JOIN kenmerk k ON k.code = ik.kenmerk_code WHERE ik.instrument_id = i.id AND k.categorie_code = 'EVA_TEGEL') AND
        EXISTS (SELECT 1 FROM instrument_kenmerk ik JOIN kenmerk k ON k.code = ik.kenmerk_code WHERE ik.instrument_id = i.id AND k.categorie_code = 'EVA_KLANTKENMERK'))`);
    assert.deepEqual(incomplete, []);
  });
});
