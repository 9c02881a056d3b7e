import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { publishEvent } from '../../../core/events.js';
import { startPlatform, type RunningPlatform } from '../../../platform.js';
import { createTestDatabase, startTestPlatform, type GraphQLResponse, type TestPlatform } from '../../../test-support/harness.js';
import { BEOORDELING_TOPIC, type BeoordelingEvent } from '../search/beoordelingen.js';

/**
 * Sort BEOORDELING and filter minSterren through the gateway. The reviews subgraph publishes each instrument's
 * aggregate as a `beoordeling` event in the transaction of the review write; these tests publish the same events
 * directly, after the platform started, and read the catalog's answers.
 */

const SEARCH = `query($filter: InstrumentFilter, $first: Int, $after: String, $sort: InstrumentSort) {
  instrumentSearch(gids: EVA, filter: $filter, first: $first, after: $after, sort: $sort) {
    totalCount
    nodes { id naam }
    pageInfo { hasNextPage endCursor }
    sterren { minSterren count selected available }
  }
}`;

interface Fixture {
  naam: string;
  beoordeling: BeoordelingEvent | null;
  kosten?: number;
  gids?: 'EVA' | 'DENNIS';
  publiceren?: boolean;
}

/** Ties on purpose: equal averages (count decides), equal average and count (Dutch collation decides: é as e). */
const FIXTURES: Fixture[] = [
  { naam: 'Werkfit', beoordeling: { gemiddelde: 4.5, aantal: 2 } },
  { naam: 'Taalmaatje', beoordeling: { gemiddelde: 4.5, aantal: 4 }, kosten: 100 },
  { naam: 'ééndaagse training', beoordeling: { gemiddelde: 4, aantal: 3 } },
  { naam: 'Eerste stap', beoordeling: { gemiddelde: 4, aantal: 3 }, kosten: 100 },
  { naam: 'Zomerschool', beoordeling: { gemiddelde: 11 / 3, aantal: 3 } },
  { naam: 'Appeltaart', beoordeling: { gemiddelde: 3, aantal: 1 }, kosten: 100 },
  { naam: 'Bakkerij', beoordeling: null, kosten: 100 },
  { naam: 'apk cursus', beoordeling: null },
  { naam: 'Verborgen', beoordeling: { gemiddelde: 5, aantal: 9 }, publiceren: false },
  { naam: 'Dennis-instrument', beoordeling: { gemiddelde: 5, aantal: 9 }, gids: 'DENNIS' },
];
const EXPECTED_ORDER = ['Taalmaatje', 'Werkfit', 'ééndaagse training', 'Eerste stap', 'Zomerschool', 'Appeltaart', 'apk cursus', 'Bakkerij'];

type Gql = (query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<any>>;

function catalogDataSource(platform: RunningPlatform): DataSource {
  const catalog = platform.subgraphs.find((s) => s.definition.name === 'catalog');
  if (!catalog) throw new Error('the catalog subgraph is not running');
  return catalog.dataSource;
}

/** The fixtures as instruments of one organisatie and aanbieder; returns their ids by naam. */
async function insertFixtures(ds: DataSource, fixtures: Fixture[]): Promise<Map<string, string>> {
  const [org] = await ds.query(`INSERT INTO organisatie (naam) VALUES ('Beoordeelorganisatie') RETURNING id`);
  const [aanbieder] = await ds.query(`INSERT INTO aanbieder (naam, organisatie_id) VALUES ('Beoordeelaanbieder', $1) RETURNING id`, [org.id]);
  const ids = new Map<string, string>();
  for (const f of fixtures) {
    const [row] = await ds.query(
      `INSERT INTO instrument (gids, naam, samenvatting, organisatie_id, aanbieder_id, publiceren, landelijk, totale_kosten)
       VALUES ($1, $2, 'Een instrument.', $3, $4, $5, true, $6) RETURNING id`,
      [f.gids ?? 'EVA', f.naam, org.id, aanbieder.id, f.publiceren ?? true, f.kosten ?? null],
    );
    ids.set(f.naam, row.id);
  }
  return ids;
}

/** What the reviews subgraph does on every review write: the instrument's new aggregate, or null when none is left. */
function publish(ds: DataSource, id: string, beoordeling: BeoordelingEvent | null): Promise<void> {
  return ds.transaction((em) => publishEvent(em, BEOORDELING_TOPIC, id, beoordeling));
}

async function search(gql: Gql, variables: Record<string, unknown>) {
  const result = await gql(SEARCH, variables);
  assert.equal(result.errors, undefined, JSON.stringify(result.errors));
  return result.data!.instrumentSearch;
}

/** Every result's naam in sort BEOORDELING, walking the pages two at a time (so the cursors are used). */
async function order(gql: Gql, filter: Record<string, unknown> = {}): Promise<string[]> {
  const names: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: any = await search(gql, { filter, first: 2, after, sort: 'BEOORDELING' });
    names.push(...page.nodes.map((n: { naam: string }) => n.naam));
    if (!page.pageInfo.hasNextPage) return names;
    after = page.pageInfo.endCursor;
  }
}

describe('sort BEOORDELING and filter minSterren follow the beoordeling events', () => {
  let platform: TestPlatform;
  let ds: DataSource;
  let ids: Map<string, string>;
  let gql: Gql;
  /** The current aggregate per naam, as published: the plain recount below reads it. */
  const current = new Map<string, BeoordelingEvent | null>();

  beforeAll(async () => {
    platform = await startTestPlatform();
    ds = catalogDataSource(platform);
    ids = await insertFixtures(ds, FIXTURES);
    // A professional's requests: the gateway's response cache (anonymous reads only) stays out of the way, since
    // these tests publish events directly instead of through a logged-in review mutation that empties it.
    await platform.createGebruiker({ email: 'klantmanager@example.nl', rol: 'PROFESSIONAL' });
    const headers = platform.bearer(await platform.login('klantmanager@example.nl'));
    gql = (query, variables) => platform.gql(query, variables, headers);
    await platform.sync();
  }, 120_000);

  afterAll(() => platform?.close());

  const publishAll = async (changes: [string, BeoordelingEvent | null][]) => {
    for (const [naam, beoordeling] of changes) {
      await publish(ds, ids.get(naam)!, beoordeling);
      current.set(naam, beoordeling);
    }
    await platform.sync();
  };

  /** The counts per minSterren, recounted plainly from the published aggregates and the fixtures. */
  function recount(pass: (f: Fixture) => boolean) {
    const found = FIXTURES.filter((f) => (f.gids ?? 'EVA') === 'EVA' && f.publiceren !== false && pass(f));
    return [1, 2, 3, 4, 5].map((n) => {
      const count = found.filter((f) => (current.get(f.naam)?.gemiddelde ?? 0) >= n).length;
      return { minSterren: n, count, available: count > 0 };
    });
  }
  const withoutSelected = (sterren: { selected: boolean }[]) => sterren.map(({ selected, ...rest }) => rest);

  it('orders by average, then count, then naam in Dutch collation, instruments without reviews last', async () => {
    assert.deepEqual(await order(gql), [...EXPECTED_ORDER].sort(new Intl.Collator('nl', { sensitivity: 'base' }).compare), 'no events yet: by naam');
    await publishAll(FIXTURES.map((f) => [f.naam, f.beoordeling]));
    assert.deepEqual(await order(gql), EXPECTED_ORDER);
  });

  it('minSterren keeps instruments with at least that average; each choice counts like a plain recount', async () => {
    const all = await search(gql, { filter: {}, first: 20 });
    assert.deepEqual(withoutSelected(all.sterren), recount(() => true));
    assert.ok(all.sterren.every((o: { selected: boolean }) => !o.selected));
    assert.deepEqual(all.sterren.map((o: { count: number }) => o.count), [6, 6, 6, 4, 0], 'the fixtures cover every kind of choice');

    const vier = await search(gql, { filter: { minSterren: 4 }, first: 20, sort: 'BEOORDELING' });
    assert.deepEqual(vier.nodes.map((n: { naam: string }) => n.naam), EXPECTED_ORDER.slice(0, 4));
    assert.equal(vier.totalCount, 4);
    assert.deepEqual(withoutSelected(vier.sterren), recount(() => true), 'its own choice does not change the counts');
    assert.deepEqual(vier.sterren.filter((o: { selected: boolean }) => o.selected).map((o: { minSterren: number }) => o.minSterren), [4]);

    const goedkoop = await search(gql, { filter: { minSterren: 3, maxKosten: '500' }, first: 20 });
    assert.deepEqual(withoutSelected(goedkoop.sterren), recount((f) => f.kosten !== undefined), 'every other filter applies to the counts');
    assert.equal(goedkoop.totalCount, recount((f) => f.kosten !== undefined)[2]!.count);
  });

  it('a tombstone takes the instrument out of minSterren and puts it with the unrated; a new average moves it', async () => {
    await publishAll([['Taalmaatje', null], ['Zomerschool', { gemiddelde: 5, aantal: 1 }]]);
    const vier = await search(gql, { filter: { minSterren: 4 }, first: 20, sort: 'BEOORDELING' });
    assert.deepEqual(vier.nodes.map((n: { naam: string }) => n.naam), ['Zomerschool', 'Werkfit', 'ééndaagse training', 'Eerste stap']);
    assert.deepEqual(withoutSelected(vier.sterren), recount(() => true));
    assert.deepEqual(await order(gql), ['Zomerschool', 'Werkfit', 'ééndaagse training', 'Eerste stap', 'Appeltaart', 'apk cursus', 'Bakkerij', 'Taalmaatje']);
  });

  it('keeps the aggregates through a full rebuild of the index, and for an instrument that arrives after its aggregate', async () => {
    const before = await order(gql);
    await ds.query(`SELECT pg_notify('catalog_changes', 'taxonomie:*')`);
    await platform.sync();
    assert.deepEqual(await order(gql, { maxKosten: '100000' }), before.filter((naam) => FIXTURES.find((f) => f.naam === naam)!.kosten !== undefined));
    assert.deepEqual(await order(gql), before);

    const laat = '7f3b2c1a-0000-4000-8000-000000000001';
    await ds.transaction((em) => publishEvent(em, BEOORDELING_TOPIC, laat, { gemiddelde: 4.75, aantal: 4 }));
    await platform.sync();
    const [org] = await ds.query(`SELECT organisatie_id, aanbieder_id FROM instrument WHERE id = $1`, [ids.get('Werkfit')]);
    await ds.query(
      `INSERT INTO instrument (id, gids, naam, samenvatting, organisatie_id, aanbieder_id, publiceren, landelijk)
       VALUES ($1, 'EVA', 'Nakomer', 'Later toegevoegd.', $2, $3, true, true)`,
      [laat, org.organisatie_id, org.aanbieder_id],
    );
    await platform.sync();
    assert.deepEqual((await order(gql)).slice(0, 2), ['Zomerschool', 'Nakomer']);
  });

  it('refuses minSterren outside 1..5 and a cursor of another sort', async () => {
    for (const minSterren of [0, 6]) {
      const result = await gql(SEARCH, { filter: { minSterren, maxKosten: '-1' } });
      assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.deepEqual(result.errors![0]!.extensions!.fields.map((f: { field: string }) => f.field).sort(), ['filter.maxKosten', 'filter.minSterren']);
    }
    const first = await search(gql, { first: 1, sort: 'BEOORDELING' });
    const wrong = await gql(SEARCH, { first: 1, sort: 'NAAM', after: first.pageInfo.endCursor });
    assert.equal(wrong.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });
});

describe('sort BEOORDELING after the catalog restarts', () => {
  it('a new platform on the same database reads the aggregates and gives the same order', async () => {
    const db = await createTestDatabase();
    const start = () => startPlatform({ databaseUrl: db.url, gatewayPort: 0, subgraphPort: () => 0, seed: { demoInstruments: 0 } });
    const gqlOf = (platform: RunningPlatform): Gql => async (query, variables) => {
      const response = await fetch(platform.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      return (await response.json()) as GraphQLResponse<any>;
    };
    let platform: RunningPlatform | null = await start();
    try {
      const ds = catalogDataSource(platform);
      const ids = await insertFixtures(ds, FIXTURES);
      for (const f of FIXTURES) await publish(ds, ids.get(f.naam)!, f.beoordeling);
      // A withdrawn last review: the restarted catalog must not bring it back.
      await publish(ds, ids.get('Werkfit')!, null);
      await platform.sync();
      const expected = [...EXPECTED_ORDER.filter((naam) => naam !== 'Werkfit'), 'Werkfit'];
      assert.deepEqual(await order(gqlOf(platform)), expected);
      await platform.stop();
      platform = null;

      platform = await start();
      assert.deepEqual(await order(gqlOf(platform)), expected);
      const vier = await search(gqlOf(platform), { filter: { minSterren: 4 }, first: 20 });
      assert.equal(vier.totalCount, 3);
    } finally {
      await platform?.stop();
      await db.drop();
    }
  }, 120_000);
});
