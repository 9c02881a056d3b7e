import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { startTestPlatform, type TestPlatform } from '../test-support/harness.js';

const CREATE = 'mutation($input: CreateInstrumentInput!) { createInstrument(input: $input) { id version status organisatie { naam } } }';

describe('beheer through the gateway: the session decides who may change what', () => {
  let platform: TestPlatform;
  let orgA: string, orgB: string, aanbiederA: string;
  let regio: Record<string, string>, professional: Record<string, string>;
  const input = () => ({ gids: 'DENNIS', organisatieId: orgA, aanbiederId: aanbiederA, naam: 'Proefplaatsing', korteBeschrijving: 'Een werkgever probeert een kandidaat uit.' });

  beforeAll(async () => {
    platform = await startTestPlatform({ demoInstruments: 20 });
    const ds = platform.subgraphs.find((s) => s.definition.name === 'catalog')!.dataSource;
    [orgA, orgB] = (await ds.query('SELECT id FROM organisatie WHERE regio_code IS NOT NULL ORDER BY naam LIMIT 2')).map((r: { id: string }) => r.id);
    aanbiederA = (await ds.query('SELECT id FROM aanbieder WHERE organisatie_id = $1 LIMIT 1', [orgA]))[0].id;
    await platform.createGebruiker({ email: 'regio@test.nl', rol: 'REGIO_BEHEERDER', organisatieIds: [orgA] });
    await platform.createGebruiker({ email: 'prof@test.nl', rol: 'PROFESSIONAL', organisatieIds: [orgA] });
    regio = platform.bearer(await platform.login('regio@test.nl'));
    professional = platform.bearer(await platform.login('prof@test.nl'));
  });
  afterAll(() => platform.close());

  const codeOf = (r: { errors?: { extensions?: Record<string, any> }[] }) => r.errors?.[0]?.extensions?.code;

  it('lets a logged-in regiobeheerder create, list and audit an instrument of their organisatie', async () => {
    const created = await platform.gql(CREATE, { input: input() }, regio);
    assert.equal(created.errors, undefined, JSON.stringify(created.errors));
    const { id } = created.data!.createInstrument;
    assert.equal(created.data!.createInstrument.status, 'CONCEPT');
    const mine = await platform.gql('{ mijnInstrumenten(filter: { tekst: "Proefplaatsing" }) { nodes { id } } }', {}, regio);
    assert.deepEqual(mine.data!.mijnInstrumenten.nodes, [{ id }]);
    const log = await platform.gql('query($id: ID!) { auditLog(entiteitId: $id) { nodes { actie gebruikerId } } }', { id }, regio);
    const me = await platform.gql('{ me { id } }', {}, regio);
    assert.deepEqual(log.data!.auditLog.nodes, [{ actie: 'aangemaakt', gebruikerId: me.data!.me.id }]);
  });

  it('writes each change into the audit table of the subgraph that made it, in its own PostgreSQL schema', async () => {
    const ds = (name: string) => platform.subgraphs.find((s) => s.definition.name === name)!.dataSource;
    const counts = async () => {
      const [{ catalog }] = await ds('catalog').query('SELECT count(*)::int AS catalog FROM catalog.audit_record');
      const [{ accounts }] = await ds('accounts').query('SELECT count(*)::int AS accounts FROM accounts.account_gebeurtenis');
      return { catalog, accounts };
    };
    const start = await counts();
    const [aanbieder] = await ds('catalog').query('SELECT id, version FROM aanbieder WHERE id = $1', [aanbiederA]);
    const changed = await platform.gql('mutation($id: ID!, $v: Int!) { updateAanbieder(id: $id, version: $v, input: { website: "https://audit.example" }) { version } }',
      { id: aanbieder.id, v: aanbieder.version }, regio);
    assert.equal(changed.errors, undefined, JSON.stringify(changed.errors));
    assert.deepEqual(await counts(), { ...start, catalog: start.catalog + 1 });
    const [record] = await ds('catalog').query('SELECT entiteit, actie, velden FROM catalog.audit_record WHERE entiteit_id = $1', [aanbieder.id]);
    assert.deepEqual(record, { entiteit: 'Aanbieder', actie: 'gewijzigd', velden: ['website'] });

    const profiel = await platform.gql('mutation { wijzigProfiel(naam: "Regio met audit") { naam } }', {}, regio);
    assert.equal(profiel.errors, undefined, JSON.stringify(profiel.errors));
    assert.deepEqual(await counts(), { catalog: start.catalog + 1, accounts: start.accounts + 1 });
    const [event] = await ds('accounts').query('SELECT soort, details FROM accounts.account_gebeurtenis ORDER BY id DESC LIMIT 1');
    assert.equal(event.soort, 'PROFIEL_GEWIJZIGD');
    assert.equal(event.details.naam.na, 'Regio met audit');
  });

  it('refuses anonymous callers, professionals and other organisaties', async () => {
    assert.equal(codeOf(await platform.gql(CREATE, { input: input() })), 'UNAUTHENTICATED');
    assert.equal(codeOf(await platform.gql(CREATE, { input: input() }, { authorization: 'Bearer nep.token' })), 'UNAUTHENTICATED');
    assert.equal(codeOf(await platform.gql(CREATE, { input: input() }, professional)), 'FORBIDDEN');
    assert.equal(codeOf(await platform.gql(CREATE, { input: { ...input(), organisatieId: orgB } }, regio)), 'FORBIDDEN');
  });

  it('refuses a mutation sent straight to the catalog subgraph, with or without a forged caller', async () => {
    const catalog = platform.subgraphs.find((s) => s.definition.name === 'catalog')!;
    const forged = Buffer.from(JSON.stringify({ caller: { id: 'x', rol: 'LANDELIJK_BEHEERDER', organisatieIds: [] }, clientAddress: null, issuedAt: Date.now() })).toString('base64url');
    for (const headers of [{}, { 'x-caller': forged, 'x-caller-signature': 'AAAA' }] as Record<string, string>[]) {
      const response = await fetch(catalog.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: CREATE, variables: { input: input() } }),
      });
      const body = (await response.json()) as { errors?: { extensions?: Record<string, any> }[] };
      assert.equal(codeOf(body), 'UNAUTHENTICATED');
    }
  });

  it('stores a download by content hash, serves it back with its type, and refuses other files', async () => {
    const created = await platform.gql(CREATE, { input: input() }, regio);
    const { id } = created.data!.createInstrument;
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 65)]);
    const ADD = 'mutation($id: ID!, $v: Int!, $input: DownloadInput!) { addDownload(id: $id, version: $v, input: $input) { version downloads { label bestandsnaam mimeType grootte url } } }';
    const added = await platform.gql(ADD, { id, v: 1, input: { label: 'Folder', bestandsnaam: 'folder.pdf', inhoud: pdf.toString('base64') } }, regio);
    assert.equal(added.errors, undefined, JSON.stringify(added.errors));
    const [download] = added.data!.addDownload.downloads;
    assert.deepEqual([download.mimeType, download.grootte], ['application/pdf', pdf.length]);
    assert.match(download.url, /^\/bestanden\/[0-9a-f]{64}\.pdf$/);
    const served = await fetch(new URL(download.url, platform.gatewayUrl));
    assert.equal(served.headers.get('content-type'), 'application/pdf');
    assert.equal(served.headers.get('x-content-type-options'), 'nosniff');
    assert.deepEqual(Buffer.from(await served.arrayBuffer()), pdf);
    assert.equal((await fetch(new URL('/bestanden/' + '0'.repeat(64) + '.pdf', platform.gatewayUrl))).status, 404);

    const exe = Buffer.from('MZ\x90\x00 not a pdf', 'latin1').toString('base64');
    const wrongType = await platform.gql(ADD, { id, v: 2, input: { label: 'Virus', bestandsnaam: 'folder.pdf', inhoud: exe } }, regio);
    assert.deepEqual(wrongType.errors?.[0]?.extensions?.fields.map((f: any) => f.field), ['bestandsnaam']);
    const tooBig = await platform.gql(ADD, { id, v: 2, input: { label: 'Groot', bestandsnaam: 'groot.pdf', inhoud: Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(10 * 1024 * 1024)]).toString('base64') } }, regio);
    assert.deepEqual(tooBig.errors?.[0]?.extensions?.fields.map((f: any) => f.field), ['inhoud']);
    const forbidden = await platform.gql(ADD, { id, v: 2, input: { label: 'Folder', bestandsnaam: 'folder.pdf', inhoud: pdf.toString('base64') } }, professional);
    assert.equal(codeOf(forbidden), 'FORBIDDEN');
    const mine = await platform.gql('query($id: ID!) { beheerInstrument(id: $id) { version downloads { label } } }', { id }, regio);
    assert.deepEqual(mine.data!.beheerInstrument, { version: 2, downloads: [{ label: 'Folder' }] }, 'refused uploads change nothing');
  });
});
