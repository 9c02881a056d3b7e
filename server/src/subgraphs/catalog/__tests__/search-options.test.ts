import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { startTestPlatform, type TestPlatform } from '../../../test-support/harness.js';

/**
 * Step 2 of the methodical search through the gateway: every choice of kosten, duur, intensiteit, type, aanbieder
 * and wijk shows the number of results the search gives with that choice instead of the current one.
 */

const OPTIES = `query($gids: Gids!, $filter: InstrumentFilter, $aanbieders: Int!) {
  instrumentSearch(gids: $gids, filter: $filter, first: 1) {
    totalCount
    kosten { maxKosten label count selected available }
    duur { waarde eenheid label count selected available }
    intensiteit { minIntensiteit maxIntensiteit label count selected available }
    typen { type count selected available }
    aanbieders(first: $aanbieders) { aanbieder { id naam } count selected available }
    wijken { wijk { id naam } count selected available }
  }
}`;

const TOTAL = `query($gids: Gids!, $filter: InstrumentFilter) { instrumentSearch(gids: $gids, filter: $filter, first: 100) { totalCount nodes { type } } }`;

type Filter = Record<string, unknown>;
interface Optie {
  count: number;
  selected: boolean;
  available: boolean;
}

describe('the choices of step 2 with their counts', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform({ demoInstruments: 400 });
    await platform.sync();
  }, 180_000);

  afterAll(() => platform?.close());

  async function gql(query: string, variables: Record<string, unknown>) {
    const result = await platform.gql(query, variables);
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return result.data!.instrumentSearch;
  }
  const opties = (gids: string, filter: Filter, aanbieders = 25) => gql(OPTIES, { gids, filter, aanbieders });
  const total = async (gids: string, filter: Filter): Promise<number> => (await gql(TOTAL, { gids, filter })).totalCount;

  /** Each option's count is the totalCount of the search with its choice in place of the current one. */
  async function assertCounts<T>(gids: string, filter: Filter, list: Optie[], choose: (optie: T) => Filter, selected: (optie: T) => boolean) {
    assert.ok(list.length > 0);
    for (const optie of list as (T & Optie)[]) {
      assert.equal(optie.count, await total(gids, { ...filter, ...choose(optie) }), JSON.stringify(optie));
      assert.equal(optie.available, optie.count > 0);
      assert.equal(optie.selected, selected(optie), JSON.stringify(optie));
    }
  }

  const kosten = (o: { maxKosten: string }) => ({ maxKosten: o.maxKosten });
  const duur = (o: { waarde: number; eenheid: string }) => ({ maxDuur: { waarde: o.waarde, eenheid: o.eenheid } });
  const intensiteit = (o: { minIntensiteit: number | null; maxIntensiteit: number | null }) => ({ minIntensiteit: o.minIntensiteit, maxIntensiteit: o.maxIntensiteit });

  it('kosten, duur and intensiteit in Eva: each count equals the search with that choice, every other filter applied', async () => {
    const filter = { kenmerken: ['EW02', 'EW03', 'EW05'], maxKosten: '2500', maxDuur: { waarde: 6, eenheid: 'MAAND' }, minIntensiteit: 8, maxIntensiteit: 16 };
    const result = await opties('EVA', filter);
    assert.equal(result.totalCount, await total('EVA', filter));
    assert.deepEqual(result.kosten.map((o: { label: string }) => o.label), ['Gratis', 'Tot en met € 250', 'Tot en met € 500', 'Tot en met € 1.000', 'Tot en met € 2.500', 'Tot en met € 5.000']);
    await assertCounts('EVA', filter, result.kosten, kosten, (o: { maxKosten: string }) => o.maxKosten === '2500.00');
    await assertCounts('EVA', filter, result.duur, duur, (o: { waarde: number; eenheid: string }) => o.waarde === 6 && o.eenheid === 'MAAND');
    await assertCounts('EVA', filter, result.intensiteit, intensiteit, (o: { minIntensiteit: number | null; maxIntensiteit: number | null }) => o.minIntensiteit === 8 && o.maxIntensiteit === 16);
    for (const list of [result.kosten, result.duur, result.intensiteit]) {
      assert.equal(list.filter((o: Optie) => o.selected).length, 1);
      assert.equal(list.find((o: Optie) => o.selected).count, result.totalCount, 'the chosen option counts the result itself');
    }
    assert.ok(result.kosten.some((o: Optie) => o.count > 0) && result.duur.some((o: Optie) => o.count > 0), 'the demo data fills the choices');
    const cumulative = result.kosten.map((o: Optie) => o.count);
    assert.deepEqual(cumulative, [...cumulative].sort((a, b) => a - b), 'a higher limit never leaves fewer');
  });

  it('type: the filter keeps only leerwerktrajecten, and each choice counts like the search with it', async () => {
    const filter = { kenmerken: ['DW02'] };
    const result = await opties('DENNIS', filter);
    await assertCounts('DENNIS', filter, result.typen, (o: { type: string }) => ({ type: o.type }), () => false);
    const leerwerk = result.typen.find((o: { type: string }) => o.type === 'LEERWERKTRAJECT');
    assert.ok(leerwerk.count > 0 && leerwerk.count < result.totalCount, 'the demo Dennis has both kinds');
    const found = await gql(TOTAL, { gids: 'DENNIS', filter: { ...filter, type: 'LEERWERKTRAJECT' } });
    assert.ok(found.nodes.length > 0 && found.nodes.every((n: { type: string }) => n.type === 'LEERWERKTRAJECT'));
    const chosen = await opties('DENNIS', { ...filter, type: 'LEERWERKTRAJECT' });
    assert.equal(chosen.totalCount, leerwerk.count);
    assert.deepEqual(chosen.typen.map((o: Optie) => o.selected), [false, true]);
    assert.deepEqual(chosen.typen.map((o: Optie) => o.count), result.typen.map((o: Optie) => o.count), 'its own choice does not change the counts');
  });

  it('aanbieders: most instruments first, each count equals the search with that aanbieder, the chosen one always listed', async () => {
    const filter = { kenmerken: ['EW02'] };
    const all = await opties('EVA', filter, 100);
    const counts = all.aanbieders.map((o: Optie) => o.count);
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
    assert.equal(counts.reduce((a: number, b: number) => a + b, 0), all.totalCount, 'every result has one aanbieder');
    const top = await opties('EVA', filter, 3);
    assert.deepEqual(top.aanbieders, all.aanbieders.slice(0, 3));
    await assertCounts('EVA', filter, top.aanbieders, (o: { aanbieder: { id: string } }) => ({ aanbiederId: o.aanbieder.id }), () => false);

    const least = all.aanbieders.at(-1);
    const chosen = await opties('EVA', { ...filter, aanbiederId: least.aanbieder.id }, 2);
    assert.equal(chosen.totalCount, least.count);
    assert.deepEqual(chosen.aanbieders.map((o: { aanbieder: { id: string } }) => o.aanbieder.id), [...top.aanbieders.slice(0, 2), least].map((o) => o.aanbieder.id));
    assert.deepEqual(chosen.aanbieders.map((o: Optie) => o.selected), [false, false, true]);
  });

  it('aanbieders(first) outside 1..100 is BAD_USER_INPUT naming first', async () => {
    for (const first of [0, 1000]) {
      const result = await platform.gql(OPTIES, { gids: 'EVA', filter: {}, aanbieders: first });
      assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(result.errors));
      assert.deepEqual(result.errors?.[0]?.extensions?.fields?.map((f: { field: string }) => f.field), ['first']);
    }
  });

  it('wijken only with a gemeente: its wijken by naam, each count equals the search with that wijk', async () => {
    assert.deepEqual((await opties('EVA', {})).wijken, []);
    const gemeenten = (await platform.gql('{ gemeenten { code wijken { id naam } } }')).data!.gemeenten as { code: string; wijken: { id: string; naam: string }[] }[];
    const gemeente = gemeenten.find((g) => g.wijken.length > 1);
    assert.ok(gemeente, 'the demo data has a gemeente with wijken');
    const filter = { gemeente: gemeente.code };
    const result = await opties('EVA', filter);
    assert.deepEqual(result.wijken.map((o: { wijk: { id: string } }) => o.wijk.id), gemeente.wijken.map((w) => w.id));
    await assertCounts('EVA', filter, result.wijken, (o: { wijk: { id: string } }) => ({ wijk: o.wijk.id }), () => false);
    const eerste = result.wijken[0].wijk.id;
    const chosen = await opties('EVA', { ...filter, wijk: eerste });
    assert.deepEqual(chosen.wijken.map((o: Optie) => o.selected), result.wijken.map((_: unknown, i: number) => i === 0));
    assert.deepEqual(chosen.wijken.map((o: Optie) => o.count), result.wijken.map((o: Optie) => o.count));
  });
});
