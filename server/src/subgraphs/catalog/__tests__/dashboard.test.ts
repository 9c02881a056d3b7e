import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { amsterdamToday, publicationStatus } from '../../../core/publicatie.js';
import { DEMO_ORGANISATIES } from '../../../fixtures/demo-organisaties.js';
import { startTestPlatform, type GraphQLResponse, type TestPlatform } from '../../../test-support/harness.js';

/**
 * The data dashboard's instrument data through the gateway, each answer against a plain recount of the seeded
 * demo catalog (plain TypeScript over every instrument's rows, no search index).
 */

interface Plain {
  id: string;
  gids: string;
  organisatie: string;
  aanbieder: string;
  status: string;
  /** Its kenmerken plus their parents (a parent counts every instrument of its children, as in the search). */
  kenmerken: Set<string>;
  regios: Set<string>;
  gemeenten: Set<string>;
}

const codeOf = (r: GraphQLResponse) => r.errors?.[0]?.extensions?.code ?? 'OK';
const REGIO_ORGS = [DEMO_ORGANISATIES.find((o) => o.regioCode === 'AM18')!.id, DEMO_ORGANISATIES.find((o) => o.regioCode === 'AM22')!.id];
const GAPS = 'query($gids: Gids!, $regio: String) { dekkingsgaten(gids: $gids, regio: $regio) { regio { code naam } kenmerk { code naam } } }';
const COUNTS = 'query($gids: Gids!, $per: [InstrumentDimensie!]!) { instrumentAantallen(gids: $gids, per: $per) { sleutels labels aantal } }';

describe('data dashboard: instrument data', () => {
  let platform: TestPlatform;
  let catalog: DataSource;
  const as: Record<string, Record<string, string>> = { anonymous: {} };
  let instruments: Plain[];
  let categorieOf: Map<string, { categorie: string; soort: string; gids: string }>;
  let regios: string[];

  /** Every instrument as plain sets, computed from the tables with the search's area rule spelled out. */
  async function recount(): Promise<Plain[]> {
    const today = amsterdamToday();
    const gemeenten: { code: string; regio_code: string }[] = await catalog.query('SELECT code, regio_code FROM gemeente');
    const regioOf = new Map(gemeenten.map((g) => [g.code, g.regio_code]));
    const wijkGemeente = new Map<string, string>((await catalog.query('SELECT id, gemeente_code FROM wijk')).map((w: any) => [w.id, w.gemeente_code]));
    const parentOf = new Map<string, string>((await catalog.query('SELECT code, parent_code FROM kenmerk WHERE parent_code IS NOT NULL')).map((k: any) => [k.code, k.parent_code]));
    const rows: any[] = await catalog.query(`
      SELECT i.id, i.gids, i.organisatie_id, i.aanbieder_id, i.landelijk, i.publiceren,
             to_char(i.publiceer_vanaf, 'YYYY-MM-DD') AS vanaf, to_char(i.publiceer_tot_en_met, 'YYYY-MM-DD') AS tot,
             ARRAY(SELECT kenmerk_code FROM instrument_kenmerk x WHERE x.instrument_id = i.id) AS kenmerken,
             ARRAY(SELECT regio_code FROM instrument_regio x WHERE x.instrument_id = i.id) AS regios,
             ARRAY(SELECT gemeente_code FROM instrument_gemeente x WHERE x.instrument_id = i.id) AS gemeenten,
             ARRAY(SELECT wijk_id::text FROM instrument_wijk x WHERE x.instrument_id = i.id) AS wijken
        FROM instrument i`);
    return rows.map((r) => {
      const inGemeenten = new Set<string>(r.landelijk ? regioOf.keys() : []);
      const inRegios = new Set<string>(r.landelijk ? regios : r.regios);
      for (const g of r.gemeenten) (inGemeenten.add(g), inRegios.add(regioOf.get(g)!));
      for (const w of r.wijken) (inGemeenten.add(wijkGemeente.get(w)!), inRegios.add(regioOf.get(wijkGemeente.get(w)!)!));
      // A regio's instrument is available in each of its gemeenten.
      for (const [g, regio] of regioOf) if (r.regios.includes(regio)) inGemeenten.add(g);
      const kenmerken = new Set<string>(r.kenmerken);
      for (const k of r.kenmerken) if (parentOf.has(k)) kenmerken.add(parentOf.get(k)!);
      return {
        id: r.id, gids: r.gids, organisatie: r.organisatie_id, aanbieder: r.aanbieder_id, kenmerken, regios: inRegios, gemeenten: inGemeenten,
        status: publicationStatus({ publiceren: r.publiceren, publiceerVanaf: r.vanaf, publiceerTotEnMet: r.tot }, today),
      };
    });
  }

  function plainGaps(gids: string, regio?: string): string[] {
    const published = instruments.filter((i) => i.gids === gids && i.status === 'GEPUBLICEERD');
    const basis = [...categorieOf].filter(([, c]) => c.gids === gids && c.soort === 'BASIS').map(([code]) => code);
    return (regio ? [regio] : regios).flatMap((r) => {
      const offer = published.filter((i) => i.regios.has(r));
      return basis.filter((k) => !offer.some((i) => i.kenmerken.has(k))).map((k) => `${r} ${k}`);
    }).sort();
  }

  const CATEGORIE: Record<string, Record<string, string>> = {
    TEGEL: { EVA: 'EVA_TEGEL', DENNIS: 'DENNIS_TEGEL' }, KLANTKENMERK: { EVA: 'EVA_KLANTKENMERK' }, UITVOERINGSVORM: { EVA: 'EVA_UITVOERINGSVORM' },
  };

  function valuesOf(i: Plain, dimensie: string): string[] {
    switch (dimensie) {
      case 'REGIO': return [...i.regios];
      case 'GEMEENTE': return [...i.gemeenten];
      case 'ORGANISATIE': return [i.organisatie];
      case 'AANBIEDER': return [i.aanbieder];
      case 'STATUS': return [i.status];
      default: return [...i.kenmerken].filter((k) => categorieOf.get(k)!.categorie === CATEGORIE[dimensie]![i.gids]);
    }
  }

  function plainCounts(gids: string, per: string[], organisaties?: string[]): string[] {
    const counts = new Map<string, number>();
    for (const i of instruments) {
      if (i.gids !== gids || (organisaties && !organisaties.includes(i.organisatie))) continue;
      let keys: string[][] = [[]];
      for (const d of per) keys = keys.flatMap((k) => valuesOf(i, d).map((v) => [...k, v]));
      for (const k of keys) counts.set(k.join(' '), (counts.get(k.join(' ')) ?? 0) + 1);
    }
    return [...counts].map(([k, n]) => `${k} ${n}`).sort();
  }

  async function counts(who: string, gids: string, per: string[]): Promise<string[]> {
    const result = await platform.gql(COUNTS, { gids, per }, as[who]);
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return result.data!.instrumentAantallen.map((r: any) => `${r.sleutels.join(' ')} ${r.aantal}`).sort();
  }

  beforeAll(async () => {
    platform = await startTestPlatform({ demoInstruments: 300 });
    catalog = platform.subgraphs.find((s) => s.definition.name === 'catalog')!.dataSource;
    for (const [name, rol, organisatieIds] of [
      ['professional', 'PROFESSIONAL', []], ['regio', 'REGIO_BEHEERDER', REGIO_ORGS], ['landelijk', 'LANDELIJK_BEHEERDER', [DEMO_ORGANISATIES[0]!.id]],
    ] as const) {
      await platform.createGebruiker({ email: `${name}@test.nl`, rol, organisatieIds: [...organisatieIds] });
      as[name] = platform.bearer(await platform.login(`${name}@test.nl`));
    }
    regios = (await catalog.query('SELECT code FROM regio')).map((r: any) => r.code);
    categorieOf = new Map((await catalog.query(`SELECT k.code, k.categorie_code, c.soort, c.gids FROM kenmerk k JOIN kenmerk_categorie c ON c.code = k.categorie_code`))
      .map((k: any) => [k.code, { categorie: k.categorie_code, soort: k.soort, gids: k.gids }]));
    instruments = await recount();
  });
  afterAll(() => platform?.close());

  const gapsOf = async (who: string, gids: string, regio?: string): Promise<string[]> => {
    const result = await platform.gql(GAPS, { gids, regio }, as[who]);
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return result.data!.dekkingsgaten.map((g: any) => `${g.regio.code} ${g.kenmerk.code}`).sort();
  };
  const changed = async () => ((await platform.sync()), (instruments = await recount()));

  test('dekkingsgaten of every regio equal a recount over the published catalog, for both guides', async () => {
    for (const gids of ['EVA', 'DENNIS']) assert.deepEqual(await gapsOf('landelijk', gids), plainGaps(gids), gids);
    // The demo's landelijke instruments cover nearly every kenmerk: without them the regio's own offer shows its gaps.
    await catalog.query('UPDATE instrument SET publiceren = false WHERE landelijk');
    await changed();
    for (const gids of ['EVA', 'DENNIS']) {
      const expected = plainGaps(gids);
      assert.ok(expected.length > 0, `${gids}: the regional offer has gaps`);
      assert.ok(expected.length < regios.length * [...categorieOf.values()].filter((c) => c.gids === gids && c.soort === 'BASIS').length, `${gids}: and coverage`);
      assert.deepEqual(await gapsOf('landelijk', gids), expected, gids);
    }
  });

  test('dekkingsgaten of one regio, for a regiobeheerder of another regio too; an instrument of a gemeente closes its regio\'s gap', async () => {
    const all = plainGaps('EVA');
    const regio = [...new Set(all.map((g) => g.split(' ')[0]!))].find((r) => r !== 'AM18' && r !== 'AM22')!;
    assert.deepEqual(await gapsOf('regio', 'EVA', regio), plainGaps('EVA', regio));
    assert.deepEqual(await gapsOf('regio', 'EVA', 'AM18'), plainGaps('EVA', 'AM18'));

    // A published instrument offered in one gemeente gets a kenmerk its regio lacks: the regio's gap closes.
    const linked: { id: string; regio: string }[] = await catalog.query(`SELECT ig.instrument_id AS id, g.regio_code AS regio
      FROM instrument_gemeente ig JOIN gemeente g ON g.code = ig.gemeente_code JOIN instrument i ON i.id = ig.instrument_id WHERE i.gids = 'EVA'`);
    const target = linked.find((l) => instruments.find((i) => i.id === l.id)!.status === 'GEPUBLICEERD' && all.some((g) => g.startsWith(l.regio + ' ')))!;
    const kenmerk = all.find((g) => g.startsWith(target.regio + ' '))!.split(' ')[1]!;
    const child = (await catalog.query('SELECT code FROM kenmerk WHERE parent_code = $1 LIMIT 1', [kenmerk]))[0]?.code ?? kenmerk;
    await catalog.query('INSERT INTO instrument_kenmerk (instrument_id, kenmerk_code) VALUES ($1, $2) ON CONFLICT DO NOTHING', [target.id, child]);
    await changed();
    const after = await gapsOf('landelijk', 'EVA', target.regio);
    assert.ok(!after.includes(`${target.regio} ${kenmerk}`), 'the gap is closed');
    assert.deepEqual(after, plainGaps('EVA', target.regio));
  });

  test('instrumentAantallen per one dimension and per two crossed equal a plain recount', async () => {
    for (const d of ['TEGEL', 'KLANTKENMERK', 'UITVOERINGSVORM', 'REGIO', 'GEMEENTE', 'ORGANISATIE', 'AANBIEDER', 'STATUS']) {
      assert.deepEqual(await counts('landelijk', 'EVA', [d]), plainCounts('EVA', [d]), d);
    }
    for (const per of [['TEGEL', 'REGIO'], ['REGIO', 'TEGEL'], ['GEMEENTE', 'ORGANISATIE'], ['AANBIEDER', 'STATUS'], ['ORGANISATIE', 'AANBIEDER'], ['KLANTKENMERK', 'UITVOERINGSVORM']]) {
      assert.deepEqual(await counts('landelijk', 'EVA', per), plainCounts('EVA', per), per.join(' × '));
    }
    assert.deepEqual(await counts('landelijk', 'DENNIS', ['TEGEL', 'STATUS']), plainCounts('DENNIS', ['TEGEL', 'STATUS']));
    assert.ok(plainCounts('EVA', ['STATUS']).some((row) => row.startsWith('CONCEPT ')), 'concepts are counted');
  });

  test('a regiobeheerder counts only the instruments of their organisaties', async () => {
    for (const per of [['ORGANISATIE'], ['TEGEL', 'REGIO'], ['STATUS']]) {
      const own = await counts('regio', 'EVA', per);
      assert.deepEqual(own, plainCounts('EVA', per, REGIO_ORGS), per.join(' × '));
      assert.notDeepEqual(own, plainCounts('EVA', per), 'less than everything');
    }
  });

  test('labels name each key', async () => {
    const result = await platform.gql(COUNTS, { gids: 'EVA', per: ['STATUS', 'REGIO'] }, as.landelijk);
    const naam = new Map<string, string>((await catalog.query('SELECT code, naam FROM regio')).map((r: any) => [r.code, r.naam]));
    for (const row of result.data!.instrumentAantallen) {
      assert.equal(row.labels[0], row.sleutels[0][0] + row.sleutels[0].slice(1).toLowerCase());
      assert.equal(row.labels[1], naam.get(row.sleutels[1]));
    }
  });

  test('verouderde, verlopende and onvolledige instrumenten: the right ones, paged, within scope', async () => {
    const [stale]: [{ id: string }[]] = await catalog.query(`UPDATE instrument SET updated_at = now() - interval '7 months'
      WHERE id IN (SELECT id FROM instrument ORDER BY id LIMIT 12) RETURNING id`);
    const all = async (who: string, field: string, args = '') => {
      const ids: string[] = [];
      let after: string | null = null;
      do {
        const result: GraphQLResponse = await platform.gql(`query($a: String) { ${field}(first: 7, after: $a ${args}) { totalCount nodes { id organisatie { id } } pageInfo { hasNextPage endCursor } } }`, { a: after }, as[who]);
        assert.equal(result.errors, undefined, JSON.stringify(result.errors));
        const page = result.data![field];
        ids.push(...page.nodes.map((n: any) => n.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        if (!after) assert.equal(ids.length, page.totalCount);
      } while (after);
      return ids;
    };
    const own = new Set(instruments.filter((i) => REGIO_ORGS.includes(i.organisatie)).map((i) => i.id));
    const same = (actual: string[], expected: string[]) => assert.deepEqual([...actual].sort(), [...expected].sort());

    same(await all('landelijk', 'verouderdeInstrumenten'), stale.map((s) => s.id));
    same(await all('regio', 'verouderdeInstrumenten'), stale.map((s) => s.id).filter((id) => own.has(id)));
    same(await all('landelijk', 'verouderdeInstrumenten', ', maanden: 8'), []);

    // Ends today (still counts), in 29, 30 (just outside) and 40 days, for published instruments and a concept.
    const today = amsterdamToday();
    for (const [offset, publiceren] of [[0, true], [29, true], [30, true], [40, true], [5, false]] as const) {
      await catalog.query(`UPDATE instrument SET publiceer_tot_en_met = $1::date + $2::int, publiceren = $3, publiceer_vanaf = NULL
        WHERE id IN (SELECT id FROM instrument WHERE NOT landelijk ORDER BY id DESC OFFSET $4 LIMIT 4)`, [today, offset, publiceren, offset * 4]);
    }
    await changed();
    const ending: { id: string; tot: string }[] = await catalog.query(`SELECT id, to_char(publiceer_tot_en_met, 'YYYY-MM-DD') AS tot FROM instrument WHERE publiceer_tot_en_met IS NOT NULL`);
    const limit = new Date(Date.parse(today + 'T00:00:00Z') + 30 * 86400000).toISOString().slice(0, 10);
    const expiring = ending.filter((e) => instruments.find((i) => i.id === e.id)!.status === 'GEPUBLICEERD' && e.tot < limit).map((e) => e.id);
    assert.ok(expiring.length > 0, 'the demo catalog has expiring publications');
    same(await all('landelijk', 'verlopendePublicaties'), expiring);
    same(await all('regio', 'verlopendePublicaties'), expiring.filter((id) => own.has(id)));

    const missing: { id: string }[] = await catalog.query(`SELECT id FROM instrument i WHERE i.totale_kosten IS NULL
      OR NOT EXISTS (SELECT 1 FROM locatie l WHERE l.instrument_id = i.id)`);
    same(await all('landelijk', 'onvolledigeInstrumenten', ', velden: [KOSTEN, LOCATIE], gids: null'), missing.map((m) => m.id));
    same(await all('regio', 'onvolledigeInstrumenten', ', velden: [KOSTEN, LOCATIE]'), missing.map((m) => m.id).filter((id) => own.has(id)));
  });

  test('scope: anonymous UNAUTHENTICATED, professional FORBIDDEN, both beheerders answered', async () => {
    const queries = [
      '{ dekkingsgaten(gids: EVA) { kenmerk { code } } }',
      '{ instrumentAantallen(gids: EVA, per: [TEGEL]) { aantal } }',
      '{ verouderdeInstrumenten { totalCount } }',
      '{ verlopendePublicaties { totalCount } }',
      '{ onvolledigeInstrumenten { totalCount } }',
    ];
    for (const query of queries) {
      const codes = await Promise.all(['anonymous', 'professional', 'regio', 'landelijk'].map(async (who) => codeOf(await platform.gql(query, {}, as[who]))));
      assert.deepEqual(codes, ['UNAUTHENTICATED', 'FORBIDDEN', 'OK', 'OK'], query);
    }
  });

  test('bad input: unknown regio, no or too many or repeated dimensions, a category the guide lacks, out of range', async () => {
    const cases: [string, string][] = [
      ['{ dekkingsgaten(gids: EVA, regio: "AM99") { kenmerk { code } } }', 'regio'],
      ['{ instrumentAantallen(gids: EVA, per: []) { aantal } }', 'per'],
      ['{ instrumentAantallen(gids: EVA, per: [TEGEL, REGIO, STATUS]) { aantal } }', 'per'],
      ['{ instrumentAantallen(gids: EVA, per: [REGIO, REGIO]) { aantal } }', 'per'],
      ['{ instrumentAantallen(gids: DENNIS, per: [KLANTKENMERK]) { aantal } }', 'per'],
      ['{ verlopendePublicaties(dagen: 0) { totalCount } }', 'dagen'],
      ['{ verouderdeInstrumenten(maanden: 1000) { totalCount } }', 'maanden'],
      ['{ onvolledigeInstrumenten(first: 101) { totalCount } }', 'first'],
    ];
    for (const [query, field] of cases) {
      const result = await platform.gql(query, {}, as.landelijk);
      assert.equal(codeOf(result), 'BAD_USER_INPUT', query);
      assert.deepEqual(result.errors![0]!.extensions!.fields.map((f: any) => f.field), [field], query);
    }
  });
});
