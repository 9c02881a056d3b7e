import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { createSubgraphDataSource } from '../../../core/data-source.js';
import { startSubgraphUnderTest, type SubgraphUnderTest } from '../../../test-support/subgraph.js';
import type { OpenSubgraph } from '../../../core/subgraph-definition.js';
import { catalogDefinition } from '../definition.js';
import { openCatalog, type CatalogContext, type OpenCatalog } from '../catalog.context.js';
import { Gids } from '../catalog.enums.js';
import type { InstrumentFilter } from '../search/instrument-filter.input.js';
import { InstrumentSort } from '../search/instrument-sort.js';
import { Random } from '../../../core/random.js';
import { seedDemo } from '../seed/demo.seed.js';
import { parseTsvector } from '../search/text-index.js';
import type { SearchService } from '../search/search.service.js';

/**
 * The index is filled two ways: a full build streams every instrument from one snapshot, and change
 * notifications upsert and remove single instruments. Both must give the same answers to every search.
 */

/** The regular-expression parser the index used before its hand-written scanner: the reference. */
function referenceParse(text: string | null): Map<string, number> {
  const code: Record<string, number> = { D: 0, C: 1, B: 2, A: 3 };
  const result = new Map<string, number>();
  if (!text) return result;
  const pattern = /'((?:[^']|'')+)'(?::([0-9A-D,]+))?/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const lexeme = match[1]!.replace(/''/g, "'");
    let weight = 0;
    for (const position of (match[2] ?? '').split(',')) weight = Math.max(weight, code[position.replace(/[0-9]/g, '') || 'D'] ?? 0);
    result.set(lexeme, Math.max(weight, result.get(lexeme) ?? 0));
  }
  return result;
}

describe('search index: a full build answers like the index kept current from changes', () => {
  let sg: SubgraphUnderTest;
  let opened: OpenSubgraph;
  let replicaDs: DataSource;
  const replicas: OpenCatalog[] = [];
  const rng = new Random(777);

  const serviceOf = async (catalog: { context: OpenSubgraph['context'] }) => ((await catalog.context()) as CatalogContext).services.search;
  const openReplica = async () => {
    const replica = await openCatalog(replicaDs);
    replicas.push(replica);
    return replica;
  };

  /** Searches that touch every part of the index: kenmerken, areas, ranges, text (exact, prefix, typo), every sort, a second page. */
  async function requests(): Promise<{ filter: InstrumentFilter; sort: InstrumentSort | null; gids: Gids }[]> {
    const kenmerken: { code: string; gids: Gids }[] = await sg.dataSource.query(
      'SELECT DISTINCT k.kenmerk_code AS code, i.gids FROM instrument_kenmerk k JOIN instrument i ON i.id = k.instrument_id ORDER BY 1, 2',
    );
    const gemeenten: { code: string }[] = await sg.dataSource.query('SELECT DISTINCT gemeente_code AS code FROM instrument_gemeente ORDER BY 1');
    const regios: { code: string }[] = await sg.dataSource.query('SELECT DISTINCT regio_code AS code FROM instrument_regio ORDER BY 1');
    const words: { word: string }[] = await sg.dataSource.query(
      `SELECT DISTINCT lower(w) AS word FROM (SELECT naam FROM instrument UNION ALL SELECT naam FROM aanbieder) AS n,
              regexp_split_to_table(n.naam, '[^[:alpha:]]+') AS w WHERE length(w) >= 5 ORDER BY 1`,
    );
    const list: { filter: InstrumentFilter; sort: InstrumentSort | null; gids: Gids }[] = [];
    for (let i = 0; i < 60; i++) {
      const gids = rng.chance(0.5) ? Gids.EVA : Gids.DENNIS;
      const own = kenmerken.filter((k) => k.gids === gids).map((k) => k.code);
      const filter: InstrumentFilter = { kenmerken: rng.sample(own, rng.int(0, 3)) };
      const roll = rng.next();
      if (roll < 0.25 && gemeenten.length) filter.gemeente = rng.pick(gemeenten).code;
      else if (roll < 0.4 && regios.length) filter.regio = rng.pick(regios).code;
      if (rng.chance(0.2)) filter.maxKosten = String(rng.int(0, 3000));
      if (rng.chance(0.2)) filter.minIntensiteit = rng.int(1, 20);
      const text = rng.next();
      const word = rng.pick(words).word;
      if (text < 0.25) filter.tekst = word;
      else if (text < 0.4) filter.tekst = word.slice(0, 4);
      else if (text < 0.5) filter.tekst = word.slice(0, 2) + word[3] + word[2] + word.slice(4); // a typo
      list.push({ gids, filter, sort: rng.pick([null, InstrumentSort.NAAM, InstrumentSort.NIEUWSTE, InstrumentSort.RELEVANTIE]) });
    }
    return list;
  }

  async function answers(search: SearchService, list: Awaited<ReturnType<typeof requests>>) {
    const out = [];
    for (const { gids, filter, sort } of list) {
      const first = await search.search({ gids, filter, first: 7, after: null, sort });
      const second = first.endCursor ? await search.search({ gids, filter, first: 7, after: first.endCursor, sort }) : null;
      out.push({ gids, filter, sort, total: first.totalCount, pages: [first.ids, second?.ids], cursor: first.endCursor, facets: first.facets() });
    }
    return out;
  }

  async function assertSameAnswers(built: SearchService, kept: SearchService) {
    const list = await requests();
    const [a, b] = [await answers(built, list), await answers(kept, list)];
    for (let i = 0; i < list.length; i++) assert.deepEqual(a[i], b[i], `search ${JSON.stringify(list[i])}`);
    assert.ok(a.some((x) => x.total > 7 && x.pages[1]?.length), 'some searches have a second page');
    assert.ok(a.some((x) => x.filter.tekst && x.total > 0), 'some text searches find instruments');
    // Words of aanbieder names only: the instruments' own text does not find these.
    const aanbieders: { naam: string }[] = await sg.dataSource.query('SELECT DISTINCT naam FROM aanbieder ORDER BY naam LIMIT 20');
    for (const { naam } of aanbieders) {
      const search = { gids: null, filter: { tekst: naam }, first: 10, after: null, sort: null };
      assert.deepEqual((await built.search(search)).ids, (await kept.search(search)).ids, `aanbieder ${naam}`);
    }
  }

  beforeAll(async () => {
    const catalog = catalogDefinition;
    // No instruments at the start: the catalog under test gets every one of them through notifications.
    sg = await startSubgraphUnderTest({ ...catalog, open: async (ds, log) => (opened = await catalog.open(ds, log)) }, 0);
    await sg.dataSource.transaction((db) => seedDemo(db, { instruments: 400 }));
    await sg.sync();
    replicaDs = createSubgraphDataSource({ ...catalog, url: (sg.dataSource.options as { url: string }).url });
    await replicaDs.initialize();
  }, 120_000);

  afterAll(async () => {
    for (const replica of replicas) await replica.close();
    await replicaDs?.destroy();
    await sg?.close();
  });

  it('reads PostgreSQL tsvector text like the reference parser, quotes and weights included', async () => {
    const rows: { v: string }[] = await sg.dataSource.query(
      `SELECT zoekvector::text AS v FROM instrument WHERE zoekvector IS NOT NULL
       UNION ALL SELECT zoekvector::text FROM aanbieder WHERE zoekvector IS NOT NULL
       UNION ALL SELECT $1::tsvector::text UNION ALL SELECT setweight(to_tsvector('simple', $2), 'A')::text`,
      [`'it''s':1A,3C 'a\\\\b':2B 'plain' 'x':4,5D,6A ''''`, `l'avenir d'n café-bar 'quoted' x'y`],
    );
    assert.ok(rows.length > 400);
    for (const { v } of rows) assert.deepEqual(parseTsvector(v), referenceParse(v), v);
  });

  it('a replica that builds from the database answers every search like the catalog that followed the inserts', async () => {
    const replica = await openReplica();
    await assertSameAnswers(await serviceOf(replica), await serviceOf(opened));
  });

  it('after updates, koppelingen changes and deletes, the built replica, the following catalog and a new build agree', async () => {
    const replica = replicas[0] ?? (await openReplica());
    const ids: { id: string }[] = await sg.dataSource.query('SELECT id FROM instrument ORDER BY id');
    const pick = (n: number, from: number) => ids.slice(from, from + n).map((r) => r.id);
    await sg.dataSource.query(`UPDATE instrument SET naam = naam || ' Fietsles', samenvatting = 'Nieuwe tekst over fietsen en werk.' WHERE id = ANY($1::uuid[])`, [pick(30, 0)]);
    await sg.dataSource.query('DELETE FROM instrument_kenmerk WHERE instrument_id = ANY($1::uuid[])', [pick(20, 20)]);
    await sg.dataSource.query('DELETE FROM instrument WHERE id = ANY($1::uuid[])', [pick(25, 60)]);
    await sg.dataSource.query(`UPDATE aanbieder SET naam = naam || ' Opstap' WHERE id IN (SELECT aanbieder_id FROM instrument WHERE id = ANY($1::uuid[]))`, [pick(5, 100)]);
    await sg.dataSource.query(
      `INSERT INTO instrument (gids, naam, samenvatting, organisatie_id, aanbieder_id, publiceren, landelijk)
       SELECT gids, 'Kopie ' || naam, samenvatting, organisatie_id, aanbieder_id, true, landelijk FROM instrument WHERE id = ANY($1::uuid[])`,
      [pick(15, 200)],
    );
    await Promise.all([replica.sync(), sg.sync()]);
    const fresh = await openReplica();
    const [followed, rebuilt, kept] = [await serviceOf(replica), await serviceOf(fresh), await serviceOf(opened)];
    const fietsles = async (search: SearchService) => (await search.search({ gids: null, filter: { tekst: 'fietsles' }, first: 50, after: null, sort: null })).ids;
    const found = await fietsles(kept);
    assert.ok(found.length > 0);
    assert.deepEqual(await fietsles(rebuilt), found);
    assert.deepEqual(await fietsles(followed), found);
    await assertSameAnswers(rebuilt, kept);
    await assertSameAnswers(followed, kept);
  });
});
