import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { startTestPlatform, type TestPlatform } from '../../../test-support/harness.js';

/**
 * Regio.instrumentAantallen through the gateway, on the demo catalogue plus a few instruments placed on purpose,
 * against a count of our own: the published ids from `instruments`, their gebieden read with SQL.
 */

type Gids = 'EVA' | 'DENNIS';
interface Aantallen {
  landelijk: number;
  regionaal: number;
  lokaal: number;
  totaal: number;
}

const AANTALLEN = `query($gids: Gids!) { regios { code provincie instrumentAantallen(gids: $gids) { landelijk regionaal lokaal totaal } } }`;

function catalogDataSource(platform: TestPlatform): DataSource {
  const catalog = platform.subgraphs.find((s) => s.definition.name === 'catalog');
  if (!catalog) throw new Error('the catalog subgraph is not running');
  return catalog.dataSource;
}

describe('Regio.instrumentAantallen', () => {
  let platform: TestPlatform;
  let ds: DataSource;
  /** A professional's requests: the gateway caches anonymous reads, and these tests change the catalog between two. */
  let headers: Record<string, string>;
  const fixtures = new Map<string, string>();

  /** An instrument of the test organisatie, linked to the given regio's, gemeenten and wijken. */
  async function place(naam: string, gebied: { landelijk?: boolean; regios?: string[]; gemeenten?: string[]; wijken?: string[]; publiceren?: boolean; gids?: Gids }) {
    const [org] = await ds.query(`SELECT id FROM organisatie WHERE naam = 'Telorganisatie'`);
    const [aanbieder] = await ds.query(`SELECT id FROM aanbieder WHERE organisatie_id = $1`, [org.id]);
    const [row] = await ds.query(
      `INSERT INTO instrument (gids, naam, samenvatting, organisatie_id, aanbieder_id, publiceren, landelijk)
       VALUES ($1, $2, 'Een instrument.', $3, $4, $5, $6) RETURNING id`,
      [gebied.gids ?? 'EVA', naam, org.id, aanbieder.id, gebied.publiceren ?? true, gebied.landelijk ?? false],
    );
    for (const code of gebied.regios ?? []) await ds.query(`INSERT INTO instrument_regio (instrument_id, regio_code) VALUES ($1, $2)`, [row.id, code]);
    for (const code of gebied.gemeenten ?? []) await ds.query(`INSERT INTO instrument_gemeente (instrument_id, gemeente_code) VALUES ($1, $2)`, [row.id, code]);
    for (const id of gebied.wijken ?? []) await ds.query(`INSERT INTO instrument_wijk (instrument_id, wijk_id) VALUES ($1, $2)`, [row.id, id]);
    fixtures.set(naam, row.id);
  }

  beforeAll(async () => {
    platform = await startTestPlatform({ demoInstruments: 300 });
    ds = catalogDataSource(platform);
    const [org] = await ds.query(`INSERT INTO organisatie (naam) VALUES ('Telorganisatie') RETURNING id`);
    await ds.query(`INSERT INTO aanbieder (naam, organisatie_id) VALUES ('Telaanbieder', $1)`, [org.id]);
    const [zuidoost] = await ds.query(`SELECT id FROM wijk WHERE gemeente_code = 'GM0363' ORDER BY naam LIMIT 1`);
    // Amsterdam (GM0363) lies in Groot Amsterdam (AM18), Rotterdam (GM0599) in Rijnmond (AM22).
    await place('Lokaal in Amsterdam', { gemeenten: ['GM0363'] });
    await place('Lokaal in een wijk van Amsterdam', { wijken: [zuidoost.id] });
    await place('Regionaal in Groot Amsterdam', { regios: ['AM18'], gemeenten: ['GM0363'] });
    await place('Landelijk en ook in Groot Amsterdam', { landelijk: true, regios: ['AM18'] });
    await place('Alleen in Rotterdam', { regios: ['AM22'], gemeenten: ['GM0599'] });
    await place('Niet gepubliceerd in Amsterdam', { gemeenten: ['GM0363'], publiceren: false });
    await place('Dennis in Amsterdam', { gemeenten: ['GM0363'], gids: 'DENNIS' });
    await platform.createGebruiker({ email: 'klantmanager@example.nl', rol: 'PROFESSIONAL' });
    headers = platform.bearer(await platform.login('klantmanager@example.nl'));
    await platform.sync();
  }, 180_000);

  afterAll(() => platform?.close());

  async function aantallen(gids: Gids): Promise<Map<string, Aantallen & { provincie: string }>> {
    const result = await platform.gql(AANTALLEN, { gids }, headers);
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return new Map(result.data!.regios.map((r: { code: string; provincie: string; instrumentAantallen: Aantallen }) => [r.code, { ...r.instrumentAantallen, provincie: r.provincie }]));
  }

  /** Published ids of a guide through `instruments` (the SQL path, not the search index). */
  async function publishedIds(gids: Gids): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result: { data?: any; errors?: unknown } = await platform.gql(`query($gids: Gids!, $after: String) { instruments(filter: { gids: $gids }, first: 100, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`, { gids, after }, headers);
      assert.equal(result.errors, undefined, JSON.stringify(result.errors));
      const { nodes, pageInfo } = result.data!.instruments;
      ids.push(...nodes.map((n: { id: string }) => n.id));
      if (!pageInfo.hasNextPage) return ids;
      after = pageInfo.endCursor;
    }
  }

  /** Our own count: per regio, each published instrument as landelijk, regionaal (names the regio) or lokaal (a gemeente or wijk in it). */
  async function recount(gids: Gids): Promise<Map<string, Aantallen>> {
    const rows: { id: string; landelijk: boolean; regios: string[]; lokaal: string[] }[] = await ds.query(
      `SELECT i.id, i.landelijk,
         ARRAY(SELECT regio_code FROM instrument_regio WHERE instrument_id = i.id) AS regios,
         ARRAY(SELECT g.regio_code FROM instrument_gemeente ig JOIN gemeente g ON g.code = ig.gemeente_code WHERE ig.instrument_id = i.id
               UNION SELECT g.regio_code FROM instrument_wijk iw JOIN wijk w ON w.id = iw.wijk_id JOIN gemeente g ON g.code = w.gemeente_code WHERE iw.instrument_id = i.id) AS lokaal
       FROM instrument i WHERE i.id = ANY($1)`,
      [await publishedIds(gids)],
    );
    const codes: { code: string }[] = await ds.query(`SELECT code FROM regio`);
    return new Map(
      codes.map(({ code }) => {
        const landelijk = rows.filter((r) => r.landelijk).length;
        const regionaal = rows.filter((r) => !r.landelijk && r.regios.includes(code)).length;
        const lokaal = rows.filter((r) => !r.landelijk && !r.regios.includes(code) && r.lokaal.includes(code)).length;
        return [code, { landelijk, regionaal, lokaal, totaal: landelijk + regionaal + lokaal }];
      }),
    );
  }

  it('counts every regio of both guides like a plain recount of the published instruments', async () => {
    for (const gids of ['EVA', 'DENNIS'] as const) {
      const expected = await recount(gids);
      const actual = await aantallen(gids);
      assert.equal(actual.size, 35);
      for (const [code, { provincie, ...counts }] of actual) assert.deepEqual(counts, expected.get(code), `${gids} ${code}`);
      assert.ok([...actual.values()].some((a) => a.lokaal > 0 && a.regionaal > 0), 'the demo catalogue has every kind');
    }
  });

  it('totaal is what the regio search finds', async () => {
    const eva = await aantallen('EVA');
    for (const regio of ['AM18', 'AM22', 'AM03']) {
      const result = await platform.gql(`query($regio: ID!) { instrumentSearch(gids: EVA, filter: { regio: $regio }, first: 1) { totalCount } }`, { regio }, headers);
      assert.equal(result.errors, undefined, JSON.stringify(result.errors));
      assert.equal(eva.get(regio)!.totaal, result.data!.instrumentSearch.totalCount, regio);
    }
  });

  it('places the fixtures: lokaal for a gemeente or wijk, regionaal for the regio, landelijk before both, nothing for another regio', async () => {
    const met = { EVA: await aantallen('EVA'), DENNIS: await aantallen('DENNIS') };
    await ds.query(`UPDATE instrument SET publiceren = false WHERE id = ANY($1)`, [[...fixtures.values()]]);
    await platform.sync();
    const zonder = { EVA: await aantallen('EVA'), DENNIS: await aantallen('DENNIS') };
    const verschil = (gids: Gids, code: string) => {
      const a = met[gids].get(code)!;
      const b = zonder[gids].get(code)!;
      return { landelijk: a.landelijk - b.landelijk, regionaal: a.regionaal - b.regionaal, lokaal: a.lokaal - b.lokaal, totaal: a.totaal - b.totaal };
    };
    // Groot Amsterdam: the two lokale (gemeente, wijk), the regionale (its gemeente too), the landelijke that also names it.
    assert.deepEqual(verschil('EVA', 'AM18'), { landelijk: 1, regionaal: 1, lokaal: 2, totaal: 4 });
    assert.deepEqual(verschil('EVA', 'AM22'), { landelijk: 1, regionaal: 1, lokaal: 0, totaal: 2 }, 'Rijnmond: the landelijke and its own');
    assert.deepEqual(verschil('EVA', 'AM03'), { landelijk: 1, regionaal: 0, lokaal: 0, totaal: 1 }, 'Drenthe: only the landelijke');
    assert.deepEqual(verschil('DENNIS', 'AM18'), { landelijk: 0, regionaal: 0, lokaal: 1, totaal: 1 }, 'each guide its own');
  });

  it('gives each regio the provincie of most of its gemeenten', async () => {
    const eva = await aantallen('EVA');
    assert.equal(eva.get('AM18')!.provincie, 'Noord-Holland');
    assert.equal(eva.get('AM38')!.provincie, 'Gelderland', 'FoodValley: 5 in Gelderland, 3 in Utrecht');
    assert.equal(eva.get('AM36')!.provincie, 'Overijssel');
  });
});
