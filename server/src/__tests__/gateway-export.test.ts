import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { buildSchema, getNamedType, isEnumType, parse, typeFromAST, type NamedTypeNode, type OperationDefinitionNode } from 'graphql';
import { gatewayConfigFromEnv, type GatewayConfig } from '../gateway/config.js';
import { EXPORT_TABLES } from '../gateway/export-tables.js';
import { startGateway } from '../gateway/gateway.js';
import { startTestPlatform, type GraphQLResponse, type TestPlatform } from '../test-support/harness.js';
import { createInstrument, ORGANISATIE } from '../subgraphs/insights/__tests__/catalog-instrument.js';

/**
 * The dashboard's CSV downloads (gateway/export.ts) over real HTTP: each file against the GraphQL answer to the
 * same question through /graphql, and the same access rules, since the export runs through the same runtime.
 */

const MAART = 'van=2026-03-01&tot=2026-03-31';
const BOM = '\uFEFF';

interface Download {
  status: number;
  headers: Headers;
  text: string;
  /** The CSV records, header row first (without the BOM). */
  records: string[][];
  body: GraphQLResponse | null;
}

describe('CSV export of the dashboard tables', () => {
  let platform: TestPlatform;
  let base: string;
  const as: Record<'landelijk' | 'regio' | 'professional' | 'cookie', Record<string, string>> = { landelijk: {}, regio: {}, professional: {}, cookie: {} };

  async function download(path: string, headers: Record<string, string> = as.landelijk, method = 'GET'): Promise<Download> {
    const response = await fetch(base + path, { method, headers });
    // Decoded by hand: Response.text() would drop the BOM this test looks for.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    const csv = response.headers.get('content-type')?.startsWith('text/csv');
    return {
      status: response.status,
      headers: response.headers,
      text,
      records: csv ? parseCsv(text.replace(BOM, ''), { delimiter: ';', relax_column_count: false }) : [],
      body: csv ? null : JSON.parse(text),
    };
  }

  /** The answer through /graphql, as landelijk beheerder, asserting it has no errors. */
  async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const result = await platform.gql(query, variables, as.landelijk);
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return Object.values(result.data!)[0] as T;
  }

  async function gebruiker(rol: 'LANDELIJK_BEHEERDER' | 'REGIO_BEHEERDER' | 'PROFESSIONAL', email: string) {
    await platform.createGebruiker({ email, rol, organisatieIds: rol === 'REGIO_BEHEERDER' ? [ORGANISATIE] : [] });
    return platform.bearer(await platform.login(email));
  }

  /** Another gateway in front of the same subgraphs, with other settings. */
  function secondGateway(overrides: Partial<GatewayConfig>) {
    const accounts = platform.subgraphs.find((s) => s.definition.name === 'accounts')!;
    return startGateway({ supergraphSdl: platform.supergraphSdl, port: 0, accountsUrl: accounts.url, config: gatewayConfigFromEnv(process.env, overrides) });
  }

  beforeAll(async () => {
    platform = await startTestPlatform();
    base = platform.gatewayUrl.replace(/\/graphql$/, '');
    const a = await createInstrument(platform, 'DENNIS', 'Instrument A');
    const b = await createInstrument(platform, 'DENNIS', 'Île "B"; één');
    as.landelijk = await gebruiker('LANDELIJK_BEHEERDER', 'landelijk@example.nl');
    as.regio = await gebruiker('REGIO_BEHEERDER', 'regio@example.nl');
    as.professional = await gebruiker('PROFESSIONAL', 'professional@example.nl');
    // The session cookie as a browser following a download link sends it.
    await platform.createGebruiker({ email: 'cookie@example.nl', rol: 'LANDELIJK_BEHEERDER' });
    const { response } = await platform.gqlResponse('mutation { login(email: "cookie@example.nl", password: "test-wachtwoord-123") { token } }');
    as.cookie = { cookie: response.headers.getSetCookie()[0]!.split(';')[0]! };
    // Reviews for beoordelingenPerOrganisatie: 4 and 5 stars make an average of 4.5.
    for (const [email, sterren] of [['p1@example.nl', 4], ['p2@example.nl', 5]] as const) {
      const headers = await gebruiker('PROFESSIONAL', email);
      const created = await platform.gql('mutation($id: ID!, $s: Int!) { createReview(instrumentId: $id, sterren: $s) { id } }', { id: a, s: sterren }, headers);
      assert.equal(created.errors, undefined, JSON.stringify(created.errors));
    }
    const insights = platform.subgraphs.find((s) => s.definition.name === 'insights')!.dataSource;
    const rows: [string, string, string | null, string[] | null, string, string | null, number | null][] = [
      ['2026-03-02T10:00:00Z', 'BEKEKEN', a, null, 'AM18', null, null],
      ['2026-03-03T10:00:00Z', 'BEKEKEN', a, null, 'AM18', null, null],
      ['2026-03-03T11:00:00Z', 'BEKEKEN', b, null, 'AM18', null, null],
      ['2026-03-03T12:00:00Z', 'BEKEKEN', b, null, 'AM01', null, null],
      ['2026-03-04T10:00:00Z', 'CONTACT', a, null, 'AM18', null, null],
      ['2026-03-10T10:00:00Z', 'ZOEKEN', null, ['DW02', 'DT01'], 'AM18', 'GM0363', 0],
      ['2026-03-11T10:00:00Z', 'ZOEKEN', null, ['DT01', 'DW02'], 'AM18', 'GM0363', 0],
      ['2026-03-11T12:00:00Z', 'ZOEKEN', null, ['DT01'], 'AM01', null, 0],
    ];
    for (const row of rows) {
      await insights.query(`INSERT INTO interactie (tijdstip, soort, gids, instrument_id, kenmerken, regio, gemeente, resultaten) VALUES ($1, $2, 'DENNIS', $3, $4, $5, $6, $7)`, row);
    }
  });
  afterAll(() => platform?.close());

  it('meestBekekenInstrumenten: a UTF-8 file with BOM, Dutch headers and the rows of the GraphQL answer', async () => {
    const file = await download(`/export/meestBekekenInstrumenten.csv?${MAART}&gids=DENNIS&regio=AM18`);
    assert.equal(file.status, 200, file.text);
    assert.equal(file.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.equal(file.headers.get('content-disposition'), 'attachment; filename="meestBekekenInstrumenten-2026-03-01-2026-03-31.csv"');
    assert.ok(file.text.startsWith(`${BOM}Instrument;Aantal\r\n`), file.text);
    const answer = await graphql<{ instrument: { naam: string }; aantal: number }[]>(
      'query($van: LocalDate!, $tot: LocalDate!, $gids: Gids, $regio: String) { meestBekekenInstrumenten(van: $van, tot: $tot, gids: $gids, regio: $regio) { instrument { naam } aantal } }',
      { van: '2026-03-01', tot: '2026-03-31', gids: 'DENNIS', regio: 'AM18' },
    );
    assert.deepEqual(answer.map((r) => [r.instrument.naam, String(r.aantal)]), [['Instrument A', '2'], ['Île "B"; één', '1']]);
    assert.deepEqual(file.records, [['Instrument', 'Aantal'], ...answer.map((r) => [r.instrument.naam, String(r.aantal)])]);
  });

  it('interactiesPerPeriode: enums and the period, for a month and for days of one soort', async () => {
    const query = `query($van: LocalDate!, $tot: LocalDate!, $per: Periode!, $soort: InteractieSoort) {
      interactiesPerPeriode(van: $van, tot: $tot, per: $per, soort: $soort) { periode soort gids aantal } }`;
    for (const [params, variables] of [['per=MAAND', { per: 'MAAND' }], ['per=DAG&soort=ZOEKEN', { per: 'DAG', soort: 'ZOEKEN' }]] as const) {
      const file = await download(`/export/interactiesPerPeriode.csv?${MAART}&${params}`);
      assert.equal(file.status, 200, file.text);
      const answer = await graphql<{ periode: string; soort: string; gids: string; aantal: number }[]>(query, { van: '2026-03-01', tot: '2026-03-31', ...variables });
      assert.ok(answer.length > 0);
      assert.deepEqual(file.records, [['Periode', 'Soort', 'Gids', 'Aantal'], ...answer.map((r) => [r.periode, r.soort, r.gids, String(r.aantal)])]);
    }
  });

  it('zoekopdrachtenZonderResultaat: lists joined with ", ", empty cells for null', async () => {
    const file = await download(`/export/zoekopdrachtenZonderResultaat.csv?${MAART}`);
    const answer = await graphql<{ kenmerken: string[]; regio: string | null; gemeente: string | null; aantal: number }[]>(
      'query($van: LocalDate!, $tot: LocalDate!) { zoekopdrachtenZonderResultaat(van: $van, tot: $tot) { kenmerken regio gemeente aantal } }',
      { van: '2026-03-01', tot: '2026-03-31' },
    );
    assert.deepEqual(file.records, [
      ['Kenmerken', 'Regio', 'Gemeente', 'Aantal'],
      ...answer.map((r) => [r.kenmerken.join(', '), r.regio ?? '', r.gemeente ?? '', String(r.aantal)]),
    ]);
    assert.deepEqual(file.records[1], ['DT01, DW02', 'AM18', 'GM0363', '2']);
  });

  it('doorklikratio and beoordelingenPerOrganisatie: fractions with a decimal comma', async () => {
    const ratio = await download(`/export/doorklikratio.csv?${MAART}&regio=AM18`);
    // 3 views and 1 contact in AM18.
    assert.deepEqual(ratio.records, [['Bekeken', 'Contact', 'Ratio'], ['3', '1', String(1 / 3).replace('.', ',')]]);
    const file = await download('/export/beoordelingenPerOrganisatie.csv?gids=DENNIS');
    assert.equal(file.headers.get('content-disposition'), 'attachment; filename="beoordelingenPerOrganisatie.csv"');
    const answer = await graphql<{ organisatie: { naam: string }; gemiddelde: number; aantal: number; instrumenten: number }[]>(
      'query($gids: Gids) { beoordelingenPerOrganisatie(gids: $gids) { organisatie { naam } gemiddelde aantal instrumenten } }',
      { gids: 'DENNIS' },
    );
    assert.deepEqual(answer.map((r) => r.gemiddelde), [4.5]);
    assert.deepEqual(file.records, [
      ['Organisatie', 'Gemiddelde', 'Aantal reviews', 'Instrumenten met review'],
      ...answer.map((r) => [r.organisatie.naam, String(r.gemiddelde).replace('.', ','), String(r.aantal), String(r.instrumenten)]),
    ]);
  });

  it('dekkingsgaten and instrumentAantallen: nested names, and columns per chosen dimension', async () => {
    const file = await download('/export/dekkingsgaten.csv?gids=EVA&regio=AM18');
    const gaps = await graphql<{ regio: { code: string; naam: string }; kenmerk: { code: string; naam: string } }[]>(
      'query($gids: Gids!, $regio: String) { dekkingsgaten(gids: $gids, regio: $regio) { regio { code naam } kenmerk { code naam } } }',
      { gids: 'EVA', regio: 'AM18' },
    );
    assert.ok(gaps.length > 5);
    assert.deepEqual(file.records, [['Regiocode', 'Regio', 'Kenmerkcode', 'Kenmerk'], ...gaps.map((g) => [g.regio.code, g.regio.naam, g.kenmerk.code, g.kenmerk.naam])]);

    const counts = await download('/export/instrumentAantallen.csv?gids=DENNIS&per=STATUS&per=ORGANISATIE');
    const answer = await graphql<{ sleutels: string[]; labels: string[]; aantal: number }[]>(
      'query($gids: Gids!, $per: [InstrumentDimensie!]!) { instrumentAantallen(gids: $gids, per: $per) { sleutels labels aantal } }',
      { gids: 'DENNIS', per: ['STATUS', 'ORGANISATIE'] },
    );
    assert.deepEqual(counts.records, [
      ['Status (code)', 'Status', 'Organisatie (code)', 'Organisatie', 'Aantal'],
      ...answer.map((r) => [r.sleutels[0], r.labels[0], r.sleutels[1], r.labels[1], String(r.aantal)]),
    ]);
  });

  it('a connection is paged through to its last row', async () => {
    const catalog = platform.subgraphs.find((s) => s.definition.name === 'catalog')!.dataSource;
    await catalog.query(`INSERT INTO instrument (gids, naam, organisatie_id, aanbieder_id, publiceren, samenvatting, updated_at)
      SELECT 'EVA', 'Oud ' || lpad(n::text, 3, '0'), $1, (SELECT id FROM aanbieder LIMIT 1), false, 'Test', now() - interval '3 years'
        FROM generate_series(1, 130) n`, [ORGANISATIE]);
    const file = await download('/export/verouderdeInstrumenten.csv?gids=EVA&maanden=12');
    assert.equal(file.status, 200, file.text);
    assert.deepEqual(file.records[0], ['Instrument', 'Gids', 'Status', 'Organisatie', 'Laatst gewijzigd', 'Publicatie tot en met']);
    const names = file.records.slice(1).map((r) => r[0]);
    assert.equal(names.length, 130);
    assert.deepEqual([...names].sort(), Array.from({ length: 130 }, (_, i) => `Oud ${String(i + 1).padStart(3, '0')}`));
  });

  it('the same access rules as /graphql, the session cookie included', async () => {
    const path = `/export/meestBekekenInstrumenten.csv?${MAART}&regio=AM18`;
    const codeOf = (file: Download) => [file.status, file.body?.errors?.[0]?.extensions?.code];
    assert.deepEqual(codeOf(await download(path, {})), [401, 'UNAUTHENTICATED']);
    assert.deepEqual(codeOf(await download(path, as.professional)), [403, 'FORBIDDEN']);
    assert.deepEqual(codeOf(await download(`/export/meestBekekenInstrumenten.csv?${MAART}&regio=AM01`, as.regio)), [403, 'FORBIDDEN']);
    assert.deepEqual(codeOf(await download('/export/dekkingsgaten.csv?gids=EVA', as.professional)), [403, 'FORBIDDEN']);
    assert.equal((await download(path, as.regio)).status, 200);
    const viaCookie = await download(path, as.cookie);
    assert.equal(viaCookie.status, 200);
    assert.deepEqual(viaCookie.records, (await download(path)).records);
  });

  it('never fills the anonymous response cache with a beheerder\'s export', async () => {
    // The harness's gateway has no response cache; a second one with the cache, in front of the same subgraphs.
    const catalog = platform.subgraphs.find((s) => s.definition.name === 'catalog')!.dataSource;
    const cached = await secondGateway({ databaseUrl: platform.databaseUrl });
    const anonymous = async (query: string, variables: Record<string, unknown> = {}) => {
      const response = await fetch(cached.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      return (await response.json()) as GraphQLResponse;
    };
    /** An export as beheerder, then the same document anonymously: the cache must not hand over the beheerder's answer. */
    const exportThenAnonymous = async () => {
      for (const headers of [as.cookie, as.landelijk]) {
        const file = await fetch(cached.url.replace(/\/graphql$/, `/export/doorklikratio.csv?${MAART}&regio=AM01`), { headers });
        assert.equal(file.status, 200, await file.text());
        const answer = await anonymous(EXPORT_TABLES.doorklikratio!.document, { van: '2026-03-01', tot: '2026-03-31', regio: 'AM01' });
        assert.equal(answer.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED', JSON.stringify(answer));
      }
    };
    const regioNaam = async () => (await anonymous('{ regios { code naam } }')).data!.regios.find((r: { code: string }) => r.code === 'AM01').naam;
    try {
      // The cache stores nothing until it listens for changes, nor for a few seconds after a write: until an anonymous
      // read is seen served from it (regio has no change notification), every round must still hold.
      const deadline = Date.now() + 20_000;
      for (;;) {
        await exportThenAnonymous();
        await regioNaam();
        const seen = await regioNaam();
        await catalog.query('UPDATE regio SET naam = $1 WHERE code = $2', [`Stil gewijzigd ${Date.now()}`, 'AM01']);
        if ((await regioNaam()) === seen) break;
        if (Date.now() > deadline) assert.fail('the response cache never served a read');
        await sleep(200);
      }
      await exportThenAnonymous();
    } finally {
      await cached.close();
    }
  });

  it('runs with TRUSTED_DOCUMENTS=all: its documents are the server\'s own', async () => {
    const strict = await secondGateway({ trustedDocuments: 'all' });
    try {
      const file = await fetch(strict.url.replace(/\/graphql$/, `/export/meestBekekenInstrumenten.csv?${MAART}`), { headers: as.landelijk });
      assert.equal(file.status, 200, await file.text());
      const adHoc = await fetch(strict.url, { method: 'POST', headers: { 'content-type': 'application/json', ...as.landelijk }, body: JSON.stringify({ query: '{ regios { code } }' }) });
      assert.equal(((await adHoc.json()) as GraphQLResponse).errors?.[0]?.extensions?.code, 'FORBIDDEN');
    } finally {
      await strict.close();
    }
  });

  it('refuses bad parameters (400), an unknown table (404) and other methods than GET (405)', async () => {
    const bad = async (path: string, field: string) => {
      const file = await download(path);
      assert.equal(file.status, 400, path);
      assert.equal(file.body?.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', path);
      assert.deepEqual(file.body?.errors?.[0]?.extensions?.fields.map((f: { field: string }) => f.field), [field], path);
    };
    await bad('/export/meestBekekenInstrumenten.csv?van=2026-02-30&tot=2026-03-31', 'van');
    await bad('/export/meestBekekenInstrumenten.csv?van=maart&tot=2026-03-31', 'van');
    await bad('/export/meestBekekenInstrumenten.csv?tot=2026-03-31', 'van');
    await bad(`/export/meestBekekenInstrumenten.csv?${MAART}&gids=ALLES`, 'gids');
    await bad(`/export/meestBekekenInstrumenten.csv?${MAART}&first=veel`, 'first');
    await bad(`/export/meestBekekenInstrumenten.csv?${MAART}&kleur=rood`, 'kleur');
    // Checked by the subgraph, passed on with its own field.
    await bad('/export/meestBekekenInstrumenten.csv?van=2026-03-31&tot=2026-03-01', 'tot');
    await bad(`/export/meestBekekenInstrumenten.csv?${MAART}&first=1000`, 'first');

    for (const path of ['/export/geheim.csv', '/export/meestBekekenInstrumenten', '/export/toString.csv']) {
      const file = await download(path);
      assert.equal(file.status, 404, path);
      assert.equal(file.body?.errors?.[0]?.extensions?.code, 'NOT_FOUND');
      assert.match(file.body?.errors?.[0]?.message ?? '', /^Er is geen tabel/);
    }
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const file = await download(`/export/meestBekekenInstrumenten.csv?${MAART}`, as.landelijk, method);
      assert.equal(file.status, 405, method);
      assert.equal(file.headers.get('allow'), 'GET');
    }
  });
});

describe('the export parameters and the schema', () => {
  it('accepts exactly the values of each enum the query declares, so a new value in the schema is noticed', () => {
    const schema = buildSchema(readFileSync(new URL('../../../schema/supergraph.graphql', import.meta.url), 'utf8'), { assumeValidSDL: true });
    for (const [naam, table] of Object.entries(EXPORT_TABLES)) {
      const operation = parse(table.document).definitions[0] as OperationDefinitionNode;
      for (const [param, { type }] of Object.entries(table.params)) {
        const definition = operation.variableDefinitions!.find((v) => v.variable.name.value === param)!;
        const schemaType = getNamedType(typeFromAST(schema, definition.type as NamedTypeNode));
        if (type.kind !== 'enum') {
          assert.ok(!isEnumType(schemaType), `${naam}.${param} is an enum in the schema`);
          continue;
        }
        assert.ok(isEnumType(schemaType), `${naam}.${param}`);
        assert.deepEqual([...type.values].sort(), schemaType.getValues().map((v) => v.name).sort(), `${naam}.${param}`);
      }
    }
  });
});
