import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { Caller } from '../../../core/caller.js';
import { startSubgraphUnderTest, type SubgraphUnderTest } from '../../../test-support/subgraph.js';
import { catalogDefinition } from '../definition.js';

const FIELDS = 'id naam version status publiceren samenvatting doel kenmerken { kenmerken { code } } videos { youtubeId } beschikbareGebieden { landelijk regios { code } }';
const CREATE = `mutation($input: CreateInstrumentInput!) { createInstrument(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: UpdateInstrumentInput!) { updateInstrument(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const PUBLISH = `mutation($id: ID!, $version: Int!, $vanaf: LocalDate, $tot: LocalDate) { publishInstrument(id: $id, version: $version, vanaf: $vanaf, totEnMet: $tot) { ${FIELDS} } }`;
const KOPPEL = `mutation($id: ID!, $version: Int!, $codes: [String!]!) { koppelKenmerken(id: $id, version: $version, codes: $codes) { ${FIELDS} } }`;

type Result = { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, any> }[] };
const codeOf = (r: Result) => r.errors?.[0]?.extensions?.code;
const fieldsOf = (r: Result): string[] => (r.errors?.[0]?.extensions?.fields ?? []).map((f: { field: string }) => f.field);

describe('catalog beheer: instrument mutations', () => {
  let sg: SubgraphUnderTest;
  let orgA: string, orgB: string, aanbiederA: string, aanbiederB: string;
  let regioA: Caller, regioB: Caller, landelijk: Caller, professional: Caller;

  const one = async (sql: string, params: unknown[] = []) => (await sg.dataSource.query(sql, params))[0];
  const evaInput = (overrides: Record<string, unknown> = {}) => ({
    gids: 'EVA', organisatieId: orgA, aanbiederId: aanbiederA, naam: 'Sollicitatietraining ' + randomUUID().slice(0, 6),
    samenvatting: 'Korte training.', doel: '<p>Werk vinden</p>', werkwijze: '<p>In groepen</p>', ...overrides,
  });
  const create = async (as: Caller, overrides: Record<string, unknown> = {}) => {
    const result = await sg.execute(CREATE, { input: evaInput(overrides) }, as);
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return result.data!.createInstrument as { id: string; version: number; [k: string]: any };
  };

  beforeAll(async () => {
    sg = await startSubgraphUnderTest(catalogDefinition, 30);
    const orgs: { id: string }[] = await sg.dataSource.query('SELECT id FROM organisatie WHERE regio_code IS NOT NULL ORDER BY naam LIMIT 2');
    [orgA, orgB] = [orgs[0]!.id, orgs[1]!.id];
    aanbiederA = (await one('SELECT id FROM aanbieder WHERE organisatie_id = $1 LIMIT 1', [orgA])).id;
    aanbiederB = (await one('SELECT id FROM aanbieder WHERE organisatie_id = $1 LIMIT 1', [orgB])).id;
    regioA = { id: randomUUID(), rol: 'REGIO_BEHEERDER', organisatieIds: [orgA] };
    regioB = { id: randomUUID(), rol: 'REGIO_BEHEERDER', organisatieIds: [orgB] };
    landelijk = { id: randomUUID(), rol: 'LANDELIJK_BEHEERDER', organisatieIds: [] };
    professional = { id: randomUUID(), rol: 'PROFESSIONAL', organisatieIds: [orgA] };
  });
  afterAll(() => sg.close());

  it('creates an Eva instrument as a concept with version 1, its koppelingen, and an audit record', async () => {
    const created = await create(regioA, {
      kenmerken: ['EW01', 'KK01'], beschikbareGebieden: { landelijk: false, regios: ['AM18'] },
      videos: [{ youtube: 'https://www.youtube.com/watch?v=rVsqEJhVLFM&t=10s' }],
    });
    assert.equal(created.version, 1);
    assert.equal(created.status, 'CONCEPT');
    assert.deepEqual(created.kenmerken.flatMap((g: any) => g.kenmerken.map((k: any) => k.code)).sort(), ['EW01', 'KK01']);
    assert.deepEqual(created.videos.map((v: any) => v.youtubeId), ['rVsqEJhVLFM'], 'the identifier is taken from a pasted link');
    const audit = await one('SELECT actie, gebruiker_id, organisatie_id, voor, na FROM audit_record WHERE entiteit_id = $1', [created.id]);
    assert.deepEqual([audit.actie, audit.gebruiker_id, audit.organisatie_id, audit.voor], ['aangemaakt', regioA.id, orgA, null]);
    assert.deepEqual(audit.na.kenmerken, ['EW01', 'KK01']);
  });

  it('reports every wrong field at once, in Dutch, and saves nothing', async () => {
    const before = (await one('SELECT count(*) AS n FROM instrument')).n;
    const result = await sg.execute(CREATE, {
      input: evaInput({
        samenvatting: 'x'.repeat(501), doel: '  ', werkwijze: null, totaleKosten: '-5.00', totaleDuur: 3,
        publiceerVanaf: '2027-02-01', publiceerTotEnMet: '2027-01-01', intensiteit: 500,
        videos: [{ youtube: 'https://vimeo.com/123' }], links: [{ label: 'Site', url: 'javascript:alert(1)' }],
        kenmerken: ['EW01', 'DW01', 'XX99'],
      }),
    }, regioA);
    assert.equal(codeOf(result), 'BAD_USER_INPUT');
    const fields = fieldsOf(result);
    for (const field of ['samenvatting', 'doel', 'werkwijze', 'totaleKosten', 'duurEenheid', 'publiceerTotEnMet', 'intensiteit', 'videos[0].youtube', 'links[0].url', 'kenmerken[1]', 'kenmerken[2]']) {
      assert.ok(fields.includes(field), `${field} is reported (got ${fields.join(', ')})`);
    }
    assert.match(result.errors![0]!.message, /verplicht|hoogstens/);
    assert.equal((await one('SELECT count(*) AS n FROM instrument')).n, before);
  });

  it('sanitizes opgemaakte tekst: Word markup, scripts and javascript: links are not stored', async () => {
    const created = await create(regioA, {
      doel: '<!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]--><p class="MsoNormal" style="color:red"><span style="font-family:Calibri">Werk <strong>vinden</strong></span><o:p></o:p></p><script>alert(1)</script><a href="javascript:alert(1)">klik</a> <a href="https://www.werk.nl" onclick="x()">werk.nl</a><img src=x onerror=alert(1)><ul><li><u>een</u></li></ul>',
    });
    assert.equal(created.doel, '<p>Werk <strong>vinden</strong></p><a rel="noopener noreferrer">klik</a> <a href="https://www.werk.nl" rel="noopener noreferrer">werk.nl</a><ul><li><u>een</u></li></ul>');
  });

  it('publishes an Eva instrument only with a tegel, a klantkenmerk and a gebied; the public guide then shows it', async () => {
    const created = await create(regioA);
    const refused = await sg.execute(PUBLISH, { id: created.id, version: 1 }, regioA);
    assert.equal(codeOf(refused), 'BAD_USER_INPUT');
    assert.deepEqual(new Set(fieldsOf(refused)), new Set(['kenmerken', 'beschikbareGebieden']));
    assert.equal((await one('SELECT version, publiceren FROM instrument WHERE id = $1', [created.id])).publiceren, false);
    const koppeld = await sg.execute(KOPPEL, { id: created.id, version: 1, codes: ['EW02', 'KK08'] }, regioA);
    const gebied = await sg.execute(UPDATE, { id: created.id, version: 2, input: { beschikbareGebieden: { landelijk: false, gemeenten: ['GM0363'] } } }, regioA);
    assert.equal(codeOf(koppeld) ?? codeOf(gebied), undefined);
    const published = await sg.execute(PUBLISH, { id: created.id, version: 3, vanaf: '2020-01-01', tot: '2999-12-31' }, regioA);
    assert.equal(published.data!.publishInstrument.status, 'GEPUBLICEERD');
    await sg.sync();
    const publiek = await sg.execute('query($id: ID!) { instrument(id: $id) { id } }', { id: created.id });
    assert.equal(publiek.data!.instrument.id, created.id);
    const ontkoppel = await sg.execute('mutation($id: ID!, $v: Int!) { ontkoppelKenmerken(id: $id, version: $v, codes: ["EW02"]) { id } }', { id: created.id, v: 4 }, regioA);
    assert.equal(codeOf(ontkoppel), 'BAD_USER_INPUT', 'a published Eva instrument keeps at least one tegel');
    const window = await sg.execute(PUBLISH, { id: created.id, version: 4, vanaf: '2027-02-01', tot: '2027-01-31' }, regioA);
    assert.deepEqual(fieldsOf(window), ['publiceerTotEnMet']);
  });

  it('updates only the fields given and refuses a stale version with CONFLICT, changing nothing', async () => {
    const created = await create(regioA, { totaleKosten: '1250.50', totaleDuur: 6, duurEenheid: 'WEEK' });
    const renamed = await sg.execute(UPDATE, { id: created.id, version: 1, input: { naam: 'Nieuwe naam' } }, regioA);
    assert.equal(renamed.data!.updateInstrument.version, 2);
    const row = await one('SELECT naam, samenvatting, totale_kosten, totale_duur, duur_eenheid FROM instrument WHERE id = $1', [created.id]);
    assert.deepEqual(row, { naam: 'Nieuwe naam', samenvatting: 'Korte training.', totale_kosten: '1250.50', totale_duur: '6.00', duur_eenheid: 'WEEK' });
    const stale = await sg.execute(UPDATE, { id: created.id, version: 1, input: { naam: 'Overschreven', kenmerken: ['EW01'] } }, regioA);
    assert.equal(codeOf(stale), 'CONFLICT');
    assert.equal((await one('SELECT naam, version FROM instrument WHERE id = $1', [created.id])).naam, 'Nieuwe naam');
    assert.equal((await one('SELECT count(*) AS n FROM instrument_kenmerk WHERE instrument_id = $1', [created.id])).n, 0);
    const cleared = await sg.execute(UPDATE, { id: created.id, version: 2, input: { naam: null } }, regioA);
    assert.deepEqual(fieldsOf(cleared), ['naam']);
  });

  it('lets exactly one of two simultaneous edits of the same version win', async () => {
    const created = await create(regioA);
    const results = await Promise.all(['Eerste', 'Tweede'].map((naam) => sg.execute(UPDATE, { id: created.id, version: 1, input: { naam } }, regioA)));
    assert.deepEqual(results.map(codeOf).sort(), ['CONFLICT', undefined].sort());
    const winner = results.find((r) => !r.errors)!.data!.updateInstrument.naam;
    assert.equal((await one('SELECT naam, version FROM instrument WHERE id = $1', [created.id])).naam, winner);
  });

  it('leaves nothing half-saved when a later step of an update fails', async () => {
    const created = await create(regioA, { kenmerken: ['EW01'] });
    const result = await sg.execute(UPDATE, { id: created.id, version: 1, input: { naam: 'Half', kenmerken: ['EW02'], registratiecodes: [{ code: 'A1' }, { code: 'A1' }] } }, regioA);
    assert.equal(codeOf(result), 'BAD_USER_INPUT');
    const row = await one('SELECT naam, version FROM instrument WHERE id = $1', [created.id]);
    assert.equal(row.version, 1);
    assert.notEqual(row.naam, 'Half');
    assert.deepEqual((await sg.dataSource.query('SELECT kenmerk_code FROM instrument_kenmerk WHERE instrument_id = $1', [created.id])).map((r: any) => r.kenmerk_code), ['EW01']);
  });

  it('"koppel alle" links every kenmerk of a category', async () => {
    const created = await create(regioA);
    const result = await sg.execute(`mutation($id: ID!) { koppelAlleKenmerken(id: $id, version: 1, categorie: "EVA_TEGEL") { ${FIELDS} } }`, { id: created.id }, regioA);
    const codes = result.data!.koppelAlleKenmerken.kenmerken.flatMap((g: any) => g.kenmerken.map((k: any) => k.code));
    assert.deepEqual(codes.sort(), ['EW01', 'EW02', 'EW03', 'EW04', 'EW05', 'EW06', 'EW07', 'EW08', 'EW09']);
  });

  it('keeps a regiobeheerder to their own organisaties and away from landelijke instruments', async () => {
    assert.equal(codeOf(await sg.execute(CREATE, { input: evaInput({ organisatieId: orgB, aanbiederId: aanbiederB }) }, regioA)), 'FORBIDDEN');
    assert.equal(codeOf(await sg.execute(CREATE, { input: evaInput({ aanbiederId: aanbiederB }) }, regioA)), 'FORBIDDEN', "another organisatie's aanbieder is not a choice");
    assert.equal(codeOf(await sg.execute(CREATE, { input: evaInput({ beschikbareGebieden: { landelijk: true } }) }, regioA)), 'FORBIDDEN');
    const national = await create(landelijk, { beschikbareGebieden: { landelijk: true } });
    assert.equal(national.beschikbareGebieden.landelijk, true);
  });

  describe('authorization matrix: every mutation for every role, own and other organisatie', () => {
    const MUTATIONS: Record<string, (id: string, v: number) => [string, Record<string, unknown>]> = {
      createInstrument: () => [CREATE, { input: evaInput() }],
      updateInstrument: (id, v) => [UPDATE, { id, version: v, input: { naam: 'Gewijzigd ' + randomUUID().slice(0, 4) } }],
      deleteInstrument: (id, v) => ['mutation($id: ID!, $v: Int) { deleteInstrument(id: $id, version: $v) }', { id, v }],
      publishInstrument: (id, v) => [PUBLISH, { id, version: v }],
      unpublishInstrument: (id, v) => ['mutation($id: ID!, $v: Int!) { unpublishInstrument(id: $id, version: $v) { id } }', { id, v }],
      koppelKenmerken: (id, v) => [KOPPEL, { id, version: v, codes: ['EW03'] }],
      ontkoppelKenmerken: (id, v) => ['mutation($id: ID!, $v: Int!) { ontkoppelKenmerken(id: $id, version: $v, codes: ["UV01"]) { id } }', { id, v }],
      koppelAlleKenmerken: (id, v) => ['mutation($id: ID!, $v: Int!) { koppelAlleKenmerken(id: $id, version: $v, categorie: "EVA_GROEPSVORM") { id } }', { id, v }],
    };
    const ROLES: [string, () => Caller | null | undefined, string | undefined][] = [
      ['not through the gateway', () => undefined, 'UNAUTHENTICATED'],
      ['anonymous', () => null, 'UNAUTHENTICATED'],
      ['professional of the organisatie', () => professional, 'FORBIDDEN'],
      ['regiobeheerder of another organisatie', () => regioB, 'FORBIDDEN'],
      ['regiobeheerder of the organisatie', () => regioA, undefined],
      ['landelijk beheerder', () => landelijk, undefined],
    ];
    for (const [mutation, build] of Object.entries(MUTATIONS)) {
      for (const [role, caller, expected] of ROLES) {
        it(`${mutation} as ${role}: ${expected ?? 'allowed'}`, async () => {
          const target = await create(regioA, { kenmerken: ['EW01', 'KK01', 'UV01'], beschikbareGebieden: { landelijk: false, regios: ['AM18'] } });
          const before = await one('SELECT version, naam FROM instrument WHERE id = $1', [target.id]);
          const [query, variables] = build(target.id, target.version);
          const result = await sg.execute(query, variables, caller());
          assert.equal(codeOf(result), expected, JSON.stringify(result.errors));
          if (expected) {
            assert.deepEqual(await one('SELECT version, naam FROM instrument WHERE id = $1', [target.id]), before, 'a refused mutation changes nothing');
          }
        });
      }
    }
  });

  it('lists the beheerder\'s own instruments with concepts, status filter, search and paging', async () => {
    const concept = await create(regioA, { naam: 'Zzz uniek concept' });
    const page = await sg.execute('query($f: MijnInstrumentenFilter) { mijnInstrumenten(filter: $f, first: 100) { totalCount nodes { id status organisatie { id } } } }', { f: { tekst: 'zzz uniek' } }, regioA);
    assert.deepEqual(page.data!.mijnInstrumenten.nodes.map((n: any) => [n.id, n.status]), [[concept.id, 'CONCEPT']]);
    const other = await sg.execute('query($f: MijnInstrumentenFilter) { mijnInstrumenten(filter: $f) { totalCount } }', { f: { tekst: 'zzz uniek' } }, regioB);
    assert.equal(other.data!.mijnInstrumenten.totalCount, 0, 'another organisatie does not see it');
    const own = Number((await one('SELECT count(*) AS n FROM instrument WHERE organisatie_id = $1 AND verwijderd_op IS NULL', [orgA])).n);
    const seen = new Set<string>();
    let cursor: string | null = null;
    do {
      const result: Result = await sg.execute('query($a: String) { mijnInstrumenten(first: 7, after: $a) { totalCount nodes { id organisatie { id } } pageInfo { hasNextPage endCursor } } }', { a: cursor }, regioA);
      const data = result.data!.mijnInstrumenten;
      assert.equal(data.totalCount, own);
      for (const node of data.nodes) {
        assert.equal(node.organisatie.id, orgA);
        assert.ok(!seen.has(node.id));
        seen.add(node.id);
      }
      cursor = data.pageInfo.hasNextPage ? data.pageInfo.endCursor : null;
    } while (cursor);
    assert.equal(seen.size, own);
    const concepts = await sg.execute('{ mijnInstrumenten(filter: { status: CONCEPT }, first: 100) { nodes { status } } }', {}, regioA);
    assert.ok(concepts.data!.mijnInstrumenten.nodes.every((n: any) => n.status === 'CONCEPT'));
    assert.equal(codeOf(await sg.execute('{ mijnInstrumenten { totalCount } }', {}, professional)), 'FORBIDDEN');
  });

  it("narrows the beheerder's instruments to one aanbieder (the aanbieder's page)", async () => {
    const other = (await one('SELECT id FROM aanbieder WHERE organisatie_id = $1 AND id <> $2 LIMIT 1', [orgA, aanbiederA])).id;
    const bij = await create(regioA, { naam: 'Zzz aanbiederfilter', aanbiederId: other });
    const query = 'query($f: MijnInstrumentenFilter) { mijnInstrumenten(filter: $f, first: 100) { totalCount nodes { id aanbieder { id } } } }';
    const page = (await sg.execute(query, { f: { aanbiederId: other } }, regioA)).data!.mijnInstrumenten;
    const expected = Number((await one('SELECT count(*) AS n FROM instrument WHERE aanbieder_id = $1 AND verwijderd_op IS NULL', [other])).n);
    assert.equal(page.totalCount, expected);
    assert.ok(page.nodes.some((n: any) => n.id === bij.id));
    assert.ok(page.nodes.every((n: any) => n.aanbieder.id === other));
    assert.equal((await sg.execute(query, { f: { aanbiederId: aanbiederB } }, regioA)).data!.mijnInstrumenten.totalCount, 0, 'not the instruments of another organisatie');
    assert.equal(codeOf(await sg.execute(query, { f: { aanbiederId: 'geen-uuid' } }, regioA)), 'BAD_USER_INPUT');
  });

  it('shows the audit trail to beheerders of the organisatie only, with before and after', async () => {
    const created = await create(regioA);
    await sg.execute(UPDATE, { id: created.id, version: 1, input: { samenvatting: 'Nieuwe samenvatting.' } }, regioA);
    const query = 'query($id: ID!) { auditLog(entiteitId: $id) { totalCount nodes { actie velden gebruikerId voor na } } }';
    const log = await sg.execute(query, { id: created.id }, regioA);
    const [latest, first] = log.data!.auditLog.nodes;
    assert.deepEqual([latest.actie, first.actie], ['gewijzigd', 'aangemaakt']);
    assert.deepEqual(latest.velden, ['samenvatting']);
    assert.deepEqual([latest.voor.samenvatting, latest.na.samenvatting], ['Korte training.', 'Nieuwe samenvatting.']);
    assert.equal((await sg.execute(query, { id: created.id }, regioB)).data!.auditLog.totalCount, 0);
  });
});
