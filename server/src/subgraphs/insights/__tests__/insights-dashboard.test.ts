import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { startTestPlatform, type GraphQLResponse, type TestPlatform } from '../../../test-support/harness.js';
import { createInstrument, ORGANISATIE } from './catalog-instrument.js';
import { DASHBOARD_QUERIES, insertEvents, type BackdatedEvent, type DashboardQuery } from './interacties.js';

const codeOf = (r: GraphQLResponse) => r.errors?.[0]?.extensions?.code ?? 'OK';
const fieldsOf = (r: GraphQLResponse) => (r.errors?.[0]?.extensions?.fields ?? []).map((f: { field: string }) => f.field);

const MAART = { van: '2026-03-01', tot: '2026-03-31' };
const QUERIES = DASHBOARD_QUERIES;
type Naam = DashboardQuery;
const NAMEN = Object.keys(QUERIES) as Naam[];

describe('the interaction dashboard through the gateway', () => {
  let platform: TestPlatform;
  const as: Record<'landelijk' | 'regio' | 'professional', Record<string, string>> = { landelijk: {}, regio: {}, professional: {} };
  let a: string;
  let b: string;
  let c: string;

  const ask = (naam: Naam, variables: Record<string, unknown>, headers: Record<string, string> = as.landelijk) =>
    platform.gql(QUERIES[naam], { per: 'MAAND', ...MAART, ...variables }, headers);
  async function data<T>(naam: Naam, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await ask(naam, variables);
    assert.equal(codeOf(result), 'OK', JSON.stringify(result.errors));
    return result.data![naam] as T;
  }

  async function gebruiker(rol: 'LANDELIJK_BEHEERDER' | 'REGIO_BEHEERDER' | 'PROFESSIONAL', email: string) {
    await platform.createGebruiker({ email, rol, organisatieIds: rol === 'REGIO_BEHEERDER' ? [ORGANISATIE] : [] });
    return platform.bearer(await platform.login(email));
  }

  const insert = (rows: BackdatedEvent[]) => insertEvents(platform, rows);

  beforeAll(async () => {
    platform = await startTestPlatform();
    a = await createInstrument(platform, 'DENNIS', 'Instrument A');
    b = await createInstrument(platform, 'DENNIS', 'Instrument B');
    c = await createInstrument(platform, 'EVA', 'Instrument C');
    as.landelijk = await gebruiker('LANDELIJK_BEHEERDER', 'landelijk@example.nl');
    as.regio = await gebruiker('REGIO_BEHEERDER', 'regio@example.nl');
    as.professional = await gebruiker('PROFESSIONAL', 'professional@example.nl');
    await insert([
      // Amsterdam time decides the day: 23:30 UTC on 1 March is 00:30 on Monday 2 March (CET, +1).
      { t: '2026-03-01T23:30:00Z', soort: 'ZOEKEN', kenmerken: ['DT01'], resultaten: 5 },
      { t: '2026-02-28T23:30:00Z', soort: 'ZOEKEN', kenmerken: ['DT01', 'DW02'], resultaten: 3 }, // Sunday 1 March
      { t: '2026-03-02T10:00:00Z', soort: 'BEKEKEN', instrumentId: a },
      { t: '2026-03-03T10:00:00Z', soort: 'BEKEKEN', instrumentId: a },
      { t: '2026-03-03T11:00:00Z', soort: 'BEKEKEN', instrumentId: b, regio: 'AM01' },
      { t: '2026-03-04T10:00:00Z', soort: 'CONTACT', instrumentId: a },
      { t: '2026-03-05T10:00:00Z', soort: 'BEKEKEN', gids: 'EVA', instrumentId: c },
      { t: '2026-03-10T10:00:00Z', soort: 'ZOEKEN', kenmerken: ['DW02', 'DT01'], gemeente: 'GM0363', resultaten: 0 },
      { t: '2026-03-11T10:00:00Z', soort: 'ZOEKEN', kenmerken: ['DT01', 'DW02', 'DT01'], gemeente: 'GM0363', resultaten: 0 },
      { t: '2026-03-11T12:00:00Z', soort: 'ZOEKEN', kenmerken: ['DT01'], regio: 'AM01', resultaten: 0 },
      { t: '2026-03-31T21:30:00Z', soort: 'LINK', instrumentId: a }, // 23:30 on 31 March (CEST, +2): inside
      { t: '2026-03-31T22:30:00Z', soort: 'BEKEKEN', instrumentId: b }, // 1 April in Amsterdam: outside
      { t: '2026-02-28T22:30:00Z', soort: 'BEKEKEN', instrumentId: b }, // 28 February in Amsterdam: outside
    ]);
  });
  afterAll(() => platform?.close());

  it('counts interactions per month, day and week, in Amsterdam time', async () => {
    assert.deepEqual(await data('interactiesPerPeriode'), [
      { periode: '2026-03-01', soort: 'BEKEKEN', gids: 'DENNIS', aantal: 3 },
      { periode: '2026-03-01', soort: 'BEKEKEN', gids: 'EVA', aantal: 1 },
      { periode: '2026-03-01', soort: 'CONTACT', gids: 'DENNIS', aantal: 1 },
      { periode: '2026-03-01', soort: 'LINK', gids: 'DENNIS', aantal: 1 },
      { periode: '2026-03-01', soort: 'ZOEKEN', gids: 'DENNIS', aantal: 5 },
    ]);
    const zoeken = async (per: string) =>
      (await data<{ periode: string; aantal: number }[]>('interactiesPerPeriode', { per, soort: 'ZOEKEN' })).map((r) => [r.periode, r.aantal]);
    assert.deepEqual(await zoeken('DAG'), [['2026-03-01', 1], ['2026-03-02', 1], ['2026-03-10', 1], ['2026-03-11', 2]]);
    assert.deepEqual(await zoeken('WEEK'), [['2026-02-23', 1], ['2026-03-02', 1], ['2026-03-09', 3]]);
    const eva = await data('interactiesPerPeriode', { gids: 'EVA' });
    assert.deepEqual(eva, [{ periode: '2026-03-01', soort: 'BEKEKEN', gids: 'EVA', aantal: 1 }]);
    const am01 = await data<{ aantal: number }[]>('interactiesPerPeriode', { regio: 'AM01' });
    assert.deepEqual(am01.map((r) => r.aantal), [1, 1]);
  });

  it('lists the most viewed instruments with their naam from the catalog', async () => {
    assert.deepEqual(await data('meestBekekenInstrumenten', { first: 1 }), [{ instrument: { id: a, naam: 'Instrument A' }, aantal: 2 }]);
    const all = await data<{ instrument: { naam: string }; aantal: number }[]>('meestBekekenInstrumenten');
    assert.deepEqual(all.map((r) => [r.instrument.naam, r.aantal]).sort(), [['Instrument A', 2], ['Instrument B', 1], ['Instrument C', 1]]);
    const am18 = await data<{ instrument: { id: string }; aantal: number }[]>('meestBekekenInstrumenten', { regio: 'AM18', gids: 'DENNIS' });
    assert.deepEqual(am18.map((r) => [r.instrument.id, r.aantal]), [[a, 2]]);
  });

  it('counts each kenmerk once per search', async () => {
    assert.deepEqual(await data('meestGebruikteKenmerken'), [{ code: 'DT01', aantal: 5 }, { code: 'DW02', aantal: 3 }]);
    assert.deepEqual(await data('meestGebruikteKenmerken', { regio: 'AM01' }), [{ code: 'DT01', aantal: 1 }]);
  });

  it('groups searches without results by their set of kenmerken, regio and gemeente, most frequent first', async () => {
    assert.deepEqual(await data('zoekopdrachtenZonderResultaat'), [
      { kenmerken: ['DT01', 'DW02'], regio: 'AM18', gemeente: 'GM0363', aantal: 2 },
      { kenmerken: ['DT01'], regio: 'AM01', gemeente: null, aantal: 1 },
    ]);
    assert.equal((await data<unknown[]>('zoekopdrachtenZonderResultaat', { first: 1 })).length, 1);
  });

  it('gives the click-through from view to contact', async () => {
    assert.deepEqual(await data('doorklikratio'), { bekeken: 4, contact: 1, ratio: 0.25 });
    assert.deepEqual(await data('doorklikratio', { regio: 'AM01' }), { bekeken: 1, contact: 0, ratio: 0 });
    assert.deepEqual(await data('doorklikratio', { van: '2026-05-01', tot: '2026-05-31' }), { bekeken: 0, contact: 0, ratio: null });
  });

  it('is for beheerders only, and a regiobeheerder must choose the regio of their own organisatie', async () => {
    for (const naam of NAMEN) {
      assert.equal(codeOf(await ask(naam, {}, {})), 'UNAUTHENTICATED', naam);
      assert.equal(codeOf(await ask(naam, { regio: 'AM18' }, as.professional)), 'FORBIDDEN', naam);
      const zonder = await ask(naam, {}, as.regio);
      assert.equal(codeOf(zonder), 'BAD_USER_INPUT', naam);
      assert.deepEqual(fieldsOf(zonder), ['regio'], naam);
      assert.equal(zonder.errors![0]!.message, 'Kies een regio.');
      assert.equal(codeOf(await ask(naam, { regio: 'AM18' }, as.regio)), 'OK', naam);
      assert.equal(codeOf(await ask(naam, {}, as.landelijk)), 'OK', naam);
    }
    // Only the regio of the regiobeheerder's own organisatie (the catalog's organisatie topic says which).
    for (const naam of NAMEN) assert.equal(codeOf(await ask(naam, { regio: 'AM01' }, as.regio)), 'FORBIDDEN', naam);
    assert.deepEqual(await ask('doorklikratio', { regio: 'AM01' }, as.landelijk).then((r) => r.data?.doorklikratio), { bekeken: 1, contact: 0, ratio: 0 });
  });

  it('refuses a period that ends before it starts or spans more than two years, and a malformed regio or row count', async () => {
    for (const naam of NAMEN) {
      const wrong = [
        [{ van: '2026-03-02', tot: '2026-03-01' }, ['tot']],
        [{ van: '2026-01-01', tot: '2028-01-01' }, ['tot']],
        [{ regio: 'Amsterdam' }, ['regio']],
      ] as const;
      for (const [variables, fields] of wrong) {
        const result = await ask(naam, variables);
        assert.equal(codeOf(result), 'BAD_USER_INPUT', `${naam} ${JSON.stringify(variables)}`);
        assert.deepEqual(fieldsOf(result), fields);
      }
      assert.equal(codeOf(await ask(naam, { van: '2026-01-01', tot: '2027-12-31' })), 'OK', naam);
      assert.equal(codeOf(await ask(naam, { van: '2026-03-01', tot: '2026-03-01' })), 'OK', naam);
    }
    for (const naam of ['meestBekekenInstrumenten', 'meestGebruikteKenmerken', 'zoekopdrachtenZonderResultaat'] as const) {
      assert.deepEqual(fieldsOf(await ask(naam, { first: 0 })), ['first'], naam);
      assert.deepEqual(fieldsOf(await ask(naam, { first: 101 })), ['first'], naam);
    }
  });
});
