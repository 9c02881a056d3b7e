import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { startSubgraphUnderTest, type SubgraphUnderTest } from '../../../test-support/subgraph.js';
import { catalogDefinition } from '../definition.js';
import { insertRows } from '../seed/bulk-insert.js';
import { Random } from '../../../core/random.js';
import { amsterdamToday } from '../../../core/publicatie.js';
import { publishEvent } from '../../../core/events.js';
import { BEOORDELING_TOPIC } from '../search/beoordelingen.js';

/**
 * Property-style check of the faceted search: random instruments, random selections, and the expected
 * totals and facet counts computed by a plain in-memory implementation here, compared with the server.
 */

interface Kenmerk { code: string; categorie: string; gids: string; parent: string | null }
interface Fixture {
  id: string; gids: 'EVA' | 'DENNIS'; naam: string; published: boolean; landelijk: boolean;
  kenmerken: Set<string>; regios: string[]; gemeenten: string[]; wijken: string[];
  kosten: number | null; duurDagen: number | null; intensiteit: number | null;
  /** The review aggregate the reviews subgraph would publish; 0 and 0 without reviews. */
  gemiddelde: number; aantal: number;
}

const SEED = Number(process.env.SEARCH_PROPERTY_SEED ?? 4242);
const COMBINATIONS = 300;
const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
const byNaam = (a: Fixture, b: Fixture) => collator.compare(a.naam, b.naam) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byBeoordeling = (a: Fixture, b: Fixture) => b.gemiddelde - a.gemiddelde || b.aantal - a.aantal || byNaam(a, b);

const FACETS = `facets { categorie { code } opties { kenmerk { code } count selected available } }`;
const SEARCH = `query($gids: Gids!, $filter: InstrumentFilter, $first: Int, $sort: InstrumentSort) {
  instrumentSearch(gids: $gids, filter: $filter, first: $first, sort: $sort) { totalCount nodes { id } ${FACETS} sterren { minSterren count selected } }
}`;

describe('faceted search agrees with a plain implementation', () => {
  let sg: SubgraphUnderTest;
  const rng = new Random(SEED);
  let kenmerken: Kenmerk[] = [];
  const fixtures: Fixture[] = [];
  let gemeenteRegio = new Map<string, string>();
  let wijkGemeente = new Map<string, string>();

  beforeAll(async () => {
    sg = await startSubgraphUnderTest(catalogDefinition, 0);
    const ds = sg.dataSource;
    kenmerken = (await ds.query(`SELECT k.code, k.categorie_code AS categorie, c.gids, k.parent_code AS parent FROM kenmerk k JOIN kenmerk_categorie c ON c.code = k.categorie_code`)) as Kenmerk[];
    const gemeenten: { code: string; regio_code: string }[] = await ds.query(`SELECT code, regio_code FROM gemeente WHERE regio_code IN ('AM18', 'AM23', 'AM01')`);
    gemeenteRegio = new Map(gemeenten.map((g) => [g.code, g.regio_code]));
    const [org] = await ds.query(`INSERT INTO organisatie (naam) VALUES ('Testorganisatie') RETURNING id`);
    const [aanbieder] = await ds.query(`INSERT INTO aanbieder (naam, organisatie_id) VALUES ('Testaanbieder', $1) RETURNING id`, [org.id]);
    const wijken: { id: string; gemeente_code: string }[] = await ds.query(
      `INSERT INTO wijk (naam, gemeente_code) VALUES ('Noord', 'GM0363'), ('Zuid', 'GM0363'), ('Centrum', 'GM0599') RETURNING id, gemeente_code`,
    );
    wijkGemeente = new Map(wijken.map((w) => [w.id, w.gemeente_code]));
    const today = amsterdamToday();
    const leaves = (gids: string) => kenmerken.filter((k) => k.gids === gids && !kenmerken.some((c) => c.parent === k.code));
    const rows: unknown[][] = [];
    const links: [string, string][] = [];
    const areas = { regio: [] as [string, string][], gemeente: [] as [string, string][], wijk: [] as [string, string][] };
    for (let n = 0; n < 400; n++) {
      const gids = rng.chance(0.6) ? 'EVA' : 'DENNIS';
      const id = rng.uuid();
      // Skewed: some kenmerken common, some rare, some never used (count 0 options).
      const pool = leaves(gids).filter((k) => !k.code.endsWith('9'));
      const chosen = new Set(rng.sample(pool, rng.int(0, 6)).map((k) => k.code));
      const window = rng.next();
      const [publiceren, vanaf, tot] = window < 0.1 ? [false, null, null] : window < 0.15 ? [true, '2020-01-01', '2020-12-31'] : window < 0.2 ? [true, '2999-01-01', null] : window < 0.25 ? [true, today, today] : [true, null, null];
      const landelijk = rng.chance(0.15);
      const fixture: Fixture = {
        id, gids, naam: `${rng.pick(['Jobcoaching', 'Werkfit', 'Taalmaatje', 'Ééndaagse', 'Oriëntatie', 'Loonkostensubsidie', 'BBL'])} ${rng.int(1, 60)}`,
        published: publiceren as boolean && (vanaf === null || vanaf <= today) && (tot === null || tot >= today), landelijk,
        kenmerken: chosen, regios: [], gemeenten: [], wijken: [],
        kosten: rng.chance(0.2) ? null : rng.int(0, 5000), duurDagen: null, intensiteit: rng.chance(0.2) ? null : rng.int(1, 40),
        gemiddelde: 0, aantal: 0,
      };
      if (rng.chance(0.6)) {
        // Few reviews, so averages and counts tie often and the naam decides.
        const scores = Array.from({ length: rng.int(1, 4) }, () => rng.int(1, 5));
        fixture.aantal = scores.length;
        fixture.gemiddelde = scores.reduce((a, b) => a + b, 0) / scores.length;
      }
      const eenheid = rng.pick(['UUR', 'DAG', 'WEEK', 'MAAND'] as const);
      const duur = rng.chance(0.2) ? null : rng.int(1, 30);
      fixture.duurDagen = duur === null ? null : duur * { UUR: 1 / 24, DAG: 1, WEEK: 7, MAAND: 365.25 / 12 }[eenheid];
      if (!landelijk) {
        const roll = rng.next();
        if (roll < 0.4) fixture.regios = [rng.pick(['AM18', 'AM23', 'AM01'])];
        else if (roll < 0.8) fixture.gemeenten = rng.sample([...gemeenteRegio.keys()], rng.int(1, 2));
        else fixture.wijken = [rng.pick([...wijkGemeente.keys()])];
      }
      fixtures.push(fixture);
      rows.push([id, gids, fixture.naam, publiceren, vanaf, tot, fixture.kosten === null ? null : `${fixture.kosten}.00`, duur, duur === null ? null : eenheid, fixture.intensiteit, landelijk, org.id, aanbieder.id]);
      for (const code of chosen) links.push([id, code]);
      for (const r of fixture.regios) areas.regio.push([id, r]);
      for (const g of fixture.gemeenten) areas.gemeente.push([id, g]);
      for (const w of fixture.wijken) areas.wijk.push([id, w]);
    }
    const col = (name: string, type = 'text') => ({ name, type });
    await insertRows(ds, 'instrument', [col('id', 'uuid'), col('gids', 'gids'), col('naam'), col('publiceren', 'boolean'), col('publiceer_vanaf', 'date'), col('publiceer_tot_en_met', 'date'),
      col('totale_kosten', 'numeric'), col('totale_duur', 'numeric'), col('duur_eenheid', 'duur_eenheid'), col('intensiteit', 'numeric'), col('landelijk', 'boolean'), col('organisatie_id', 'uuid'), col('aanbieder_id', 'uuid')], rows);
    await insertRows(ds, 'instrument_kenmerk', [col('instrument_id', 'uuid'), col('kenmerk_code')], links);
    await insertRows(ds, 'instrument_regio', [col('instrument_id', 'uuid'), col('regio_code')], areas.regio);
    await insertRows(ds, 'instrument_gemeente', [col('instrument_id', 'uuid'), col('gemeente_code')], areas.gemeente);
    await insertRows(ds, 'instrument_wijk', [col('instrument_id', 'uuid'), col('wijk_id', 'uuid')], areas.wijk);
    await ds.transaction(async (em) => {
      for (const f of fixtures) if (f.aantal) await publishEvent(em, BEOORDELING_TOPIC, f.id, { gemiddelde: f.gemiddelde, aantal: f.aantal });
    });
    await sg.sync();
  });
  afterAll(() => sg.close());

  /** Does the instrument carry kenmerk `code`, or (for a parent) one of its children? */
  const has = (f: Fixture, code: string): boolean => f.kenmerken.has(code) || kenmerken.some((k) => k.parent === code && has(f, k.code));

  function inArea(f: Fixture, area: { regio?: string; gemeente?: string; wijk?: string }): boolean {
    if (f.landelijk) return true;
    if (area.gemeente) {
      const regio = gemeenteRegio.get(area.gemeente) ?? 'none';
      return f.regios.includes(regio) || f.gemeenten.includes(area.gemeente) || f.wijken.some((w) => wijkGemeente.get(w) === area.gemeente);
    }
    if (area.regio) {
      return f.regios.includes(area.regio) || f.gemeenten.some((g) => gemeenteRegio.get(g) === area.regio) || f.wijken.some((w) => gemeenteRegio.get(wijkGemeente.get(w)!) === area.regio);
    }
    if (area.wijk) {
      const gemeente = wijkGemeente.get(area.wijk)!;
      return f.regios.includes(gemeenteRegio.get(gemeente)!) || f.gemeenten.includes(gemeente) || f.wijken.includes(area.wijk);
    }
    return true;
  }

  function expected(gids: string, codes: string[], filter: Record<string, any>, sort: string | null) {
    const unrated = fixtures.filter((f) => f.gids === gids && f.published && inArea(f, filter)
      && (filter.maxKosten === undefined || (f.kosten !== null && f.kosten <= Number(filter.maxKosten)))
      && (filter.maxDuur === undefined || (f.duurDagen !== null && f.duurDagen <= filter.maxDuur.waarde * 7 + 1e-9))
      && (filter.minIntensiteit === undefined || (f.intensiteit !== null && f.intensiteit >= filter.minIntensiteit)));
    const sterren = (f: Fixture, n: number | undefined) => n === undefined || (f.aantal > 0 && f.gemiddelde >= n);
    const base = unrated.filter((f) => sterren(f, filter.minSterren));
    const selection = new Map<string, string[]>();
    for (const code of codes) {
      const categorie = kenmerken.find((k) => k.code === code)!.categorie;
      selection.set(categorie, [...(selection.get(categorie) ?? []), code]);
    }
    const matches = (f: Fixture, except?: string) => [...selection].every(([categorie, chosen]) => categorie === except || chosen.some((c) => has(f, c)));
    const results = base.filter((f) => matches(f));
    const beforeSterren = unrated.filter((f) => matches(f));
    const sterrenCounts = [1, 2, 3, 4, 5].map((n) => ({ minSterren: n, count: beforeSterren.filter((f) => sterren(f, n)).length, selected: n === filter.minSterren }));
    const facets = new Map<string, number>();
    for (const k of kenmerken.filter((k) => k.gids === gids)) facets.set(k.code, base.filter((f) => matches(f, k.categorie) && has(f, k.code)).length);
    return { total: results.length, firstPage: results.sort(sort === 'BEOORDELING' ? byBeoordeling : byNaam).slice(0, 20).map((f) => f.id), facets, sterrenCounts };
  }

  function randomSelection(gids: string): { codes: string[]; filter: Record<string, any> } {
    const own = kenmerken.filter((k) => k.gids === gids);
    const codes = rng.sample(own, rng.int(0, 4)).map((k) => k.code);
    const filter: Record<string, any> = {};
    const roll = rng.next();
    if (roll < 0.2) filter.gemeente = rng.pick([...gemeenteRegio.keys()]);
    else if (roll < 0.35) filter.regio = rng.pick(['AM18', 'AM23', 'AM01']);
    else if (roll < 0.45) filter.wijk = rng.pick([...wijkGemeente.keys()]);
    if (rng.chance(0.15)) filter.maxKosten = String(rng.int(0, 5000));
    if (rng.chance(0.15)) filter.maxDuur = { waarde: rng.int(1, 20), eenheid: 'WEEK' };
    if (rng.chance(0.15)) filter.minIntensiteit = rng.int(1, 40);
    if (rng.chance(0.3)) filter.minSterren = rng.int(1, 5);
    if (codes.length) filter.kenmerken = codes;
    return { codes, filter };
  }

  async function check(gids: string, codes: string[], filter: Record<string, any>, sort: string | null = null) {
    const result = await sg.execute<any>(SEARCH, { gids, filter, first: 20, sort });
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    const actual = result.data!.instrumentSearch;
    const want = expected(gids, codes, filter, sort);
    const context = `seed ${SEED}, gids ${gids}, filter ${JSON.stringify(filter)}, sort ${sort}`;
    assert.equal(actual.totalCount, want.total, `totalCount, ${context}`);
    assert.deepEqual(actual.nodes.map((n: any) => n.id), want.firstPage, `first page, ${context}`);
    assert.deepEqual(actual.sterren.map((o: object) => ({ ...o })), want.sterrenCounts, `minSterren counts, ${context}`);
    for (const facet of actual.facets) {
      for (const optie of facet.opties) {
        assert.equal(optie.count, want.facets.get(optie.kenmerk.code), `count of ${optie.kenmerk.code}, ${context}`);
        assert.equal(optie.selected, codes.includes(optie.kenmerk.code));
        assert.equal(optie.available, optie.count > 0);
      }
    }
    const listed = actual.facets.flatMap((f: any) => f.opties.map((o: any) => o.kenmerk.code)).sort();
    assert.deepEqual(listed, kenmerken.filter((k) => k.gids === gids).map((k) => k.code).sort(), 'every option is listed, also with count 0');
    return actual;
  }

  it(`matches for ${COMBINATIONS} random selections`, async () => {
    for (let i = 0; i < COMBINATIONS; i++) {
      const gids = rng.chance(0.5) ? 'EVA' : 'DENNIS';
      const { codes, filter } = randomSelection(gids);
      await check(gids, codes, filter, rng.chance(0.5) ? 'BEOORDELING' : null);
    }
  });

  it('keeps the rating order right while aggregates change one review at a time', async () => {
    await check('EVA', [], {}, 'BEOORDELING'); // the order is kept from here on and updated in place
    for (let i = 0; i < 40; i++) {
      const fixture = rng.pick(fixtures.filter((f) => f.published));
      // Now and then an instrument loses its last review (a tombstone), or ties another's aggregate exactly.
      const tie = rng.chance(0.2) ? rng.pick(fixtures.filter((f) => f.aantal > 0)) : null;
      const [gemiddelde, aantal] = rng.chance(0.15) ? [0, 0] : tie ? [tie.gemiddelde, tie.aantal] : [rng.int(10, 50) / 10, rng.int(1, 30)];
      await sg.dataSource.transaction((em) => publishEvent(em, BEOORDELING_TOPIC, fixture.id, aantal ? { gemiddelde, aantal } : null));
      Object.assign(fixture, { gemiddelde, aantal });
      await sg.sync();
      await check(fixture.gids, [], {}, 'BEOORDELING');
    }
  });

  it('matches for the empty selection, every option of a category, and options nobody has', async () => {
    const empty = await check('EVA', [], {});
    assert.equal(empty.totalCount, fixtures.filter((f) => f.gids === 'EVA' && f.published).length);
    const tegels = kenmerken.filter((k) => k.categorie === 'EVA_TEGEL').map((k) => k.code);
    const all = await check('EVA', tegels, { kenmerken: tegels });
    const withTegel = fixtures.filter((f) => f.gids === 'EVA' && f.published && tegels.some((t) => f.kenmerken.has(t))).length;
    assert.equal(all.totalCount, withTegel);
    const unused = empty.facets.flatMap((f: any) => f.opties).filter((o: any) => o.kenmerk.code.endsWith('9'));
    assert.ok(unused.length > 0 && unused.every((o: any) => o.count === 0 && !o.available), 'never-linked kenmerken are listed with count 0');
  });

  it('a parent kenmerk (Aandachtspunten klant) matches instruments with any of its children', async () => {
    const parent = kenmerken.find((k) => k.categorie === 'EVA_KLANTKENMERK' && kenmerken.some((c) => c.parent === k.code))!;
    const result = await check('EVA', [parent.code], { kenmerken: [parent.code] });
    assert.ok(result.totalCount > 0);
  });

  it('instruments without a doelgroep count in the total but are not found by a doelgroep filter', async () => {
    const doelgroepen = kenmerken.filter((k) => k.categorie === 'EVA_DOELGROEP').map((k) => k.code);
    const zonder = fixtures.filter((f) => f.gids === 'EVA' && f.published && !doelgroepen.some((d) => f.kenmerken.has(d)));
    assert.ok(zonder.length > 0);
    const filtered = await check('EVA', doelgroepen, { kenmerken: doelgroepen });
    const ids = new Set(filtered.nodes.map((n: any) => n.id));
    assert.ok(zonder.every((f) => !ids.has(f.id)));
  });

  it('refuses unknown kenmerken, kenmerken of the other guide and unknown gemeenten, all at once', async () => {
    const result = await sg.execute<any>(SEARCH, { gids: 'EVA', filter: { kenmerken: ['XX99', 'DW01'], gemeente: 'GM9999' } });
    assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.deepEqual(result.errors![0]!.extensions!.fields.map((f: any) => f.field).sort(), ['filter.gemeente', 'filter.kenmerken', 'filter.kenmerken']);
  });
});
