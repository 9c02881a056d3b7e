import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestPlatform, type TestPlatform } from '../test-support/harness.js';

const CREATE = 'mutation($input: CreateInstrumentInput!) { createInstrument(input: $input) { id version status organisatie { naam } } }';

describe('beheer through the gateway: the session decides who may change what', () => {
  let platform: TestPlatform;
  let orgA: string, orgB: string, aanbiederA: string;
  let regio: Record<string, string>, professional: Record<string, string>;
  const input = () => ({ gids: 'DENNIS', organisatieId: orgA, aanbiederId: aanbiederA, naam: 'Proefplaatsing', korteBeschrijving: 'Een werkgever probeert een kandidaat uit.' });

  before(async () => {
    platform = await startTestPlatform({ demoInstruments: 20 });
    const ds = platform.subgraphs.find((s) => s.definition.name === 'catalog')!.dataSource;
    [orgA, orgB] = (await ds.query('SELECT id FROM organisatie WHERE regio_code IS NOT NULL ORDER BY naam LIMIT 2')).map((r: { id: string }) => r.id);
    aanbiederA = (await ds.query('SELECT id FROM aanbieder WHERE organisatie_id = $1 LIMIT 1', [orgA]))[0].id;
    await platform.createGebruiker({ email: 'regio@test.nl', rol: 'REGIO_BEHEERDER', organisatieIds: [orgA] });
    await platform.createGebruiker({ email: 'prof@test.nl', rol: 'PROFESSIONAL', organisatieIds: [orgA] });
    regio = platform.bearer(await platform.login('regio@test.nl'));
    professional = platform.bearer(await platform.login('prof@test.nl'));
  });
  after(() => platform.close());

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
});
