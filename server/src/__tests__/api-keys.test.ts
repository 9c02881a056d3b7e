import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { gatewayConfigFromEnv, type GatewayConfig } from '../gateway/config.js';
import { startGateway, type RunningGateway } from '../gateway/gateway.js';
import { limitSettingsFromEnv } from '../gateway/limits.js';
import { startTestPlatform, type GraphQLResponse, type TestPlatform } from '../test-support/harness.js';
import { createInstrument, ORGANISATIE, ORGANISATIE_REGIO } from '../subgraphs/insights/__tests__/catalog-instrument.js';
import { DASHBOARD_QUERIES } from '../subgraphs/insights/__tests__/interacties.js';

/**
 * API keys for integrators, over real HTTP through the gateway: creating, listing and revoking them (who may),
 * what a key may read (its scopes, as a regiobeheerder of its organisatie) and that it changes nothing, and how
 * the gateway answers a wrong key, a revoked one (at once, on every gateway) and one over its own rate limit.
 */

const OTHER = '22222222-2222-4222-8222-222222222222';
const MAART = { van: '2026-03-01', tot: '2026-03-31', per: 'MAAND' };

const codeOf = (r: GraphQLResponse) => r.errors?.[0]?.extensions?.code ?? 'OK';
const fieldsOf = (r: GraphQLResponse) => (r.errors?.[0]?.extensions?.fields ?? []).map((f: { field: string }) => f.field);

const CREATE = `mutation($organisatieId: ID!, $naam: String!, $scopes: [ApiKeyScope!], $verlooptOp: DateTimeISO) {
  createApiKey(organisatieId: $organisatieId, naam: $naam, scopes: $scopes, verlooptOp: $verlooptOp) {
    key apiKey { id naam scopes createdAt prefix verlooptOp revokedAt lastUsedAt organisatie { id } } } }`;
const REVOKE = 'mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }';
const LIST = 'query($organisatieId: ID) { apiKeys(organisatieId: $organisatieId) { id naam scopes prefix lastUsedAt revokedAt organisatie { id } } }';
const INTERACTIES = DASHBOARD_QUERIES.interactiesPerPeriode;

type Who = 'anoniem' | 'landelijk' | 'regio' | 'andereRegio' | 'professional';

describe('API keys', () => {
  let platform: TestPlatform;
  const as: Record<Who, Record<string, string>> = { anoniem: {}, landelijk: {}, regio: {}, andereRegio: {}, professional: {} };
  const gateways: RunningGateway[] = [];

  const withKey = (key: string) => ({ 'x-api-key': key });
  const accountsDb = () => platform.subgraphs.find((s) => s.definition.name === 'accounts')!.dataSource;

  async function createKey(who: Who, variables: Record<string, unknown>) {
    return platform.gql(CREATE, { organisatieId: ORGANISATIE, naam: 'Zaaksysteem', scopes: ['DASHBOARD'], ...variables }, as[who]);
  }

  /** A new key that must be made: the key itself and its id. */
  async function newKey(scopes: string[], organisatieId = ORGANISATIE): Promise<{ key: string; id: string }> {
    const result = await createKey('landelijk', { scopes, organisatieId });
    assert.equal(codeOf(result), 'OK', JSON.stringify(result.errors));
    return { key: result.data!.createApiKey.key, id: result.data!.createApiKey.apiKey.id };
  }

  /** Another gateway in front of the same subgraphs (a replica), with other settings. */
  async function secondGateway(overrides: Partial<GatewayConfig> = {}) {
    const accounts = platform.subgraphs.find((s) => s.definition.name === 'accounts')!;
    const gateway = await startGateway({ supergraphSdl: platform.supergraphSdl, port: 0, accountsUrl: accounts.url, config: gatewayConfigFromEnv(process.env, overrides) });
    gateways.push(gateway);
    return async (query: string, variables: Record<string, unknown>, headers: Record<string, string>) => {
      const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
      return { status: response.status, body: (await response.json()) as GraphQLResponse };
    };
  }

  async function gebruiker(rol: 'LANDELIJK_BEHEERDER' | 'REGIO_BEHEERDER' | 'PROFESSIONAL', email: string, organisatieIds: string[] = []) {
    await platform.createGebruiker({ email, rol, organisatieIds });
    return platform.bearer(await platform.login(email));
  }

  beforeAll(async () => {
    platform = await startTestPlatform();
    // The organisatie and its regio (AM18) reach insights through the catalog's topic.
    await createInstrument(platform, 'DENNIS', 'Instrument A');
    as.landelijk = await gebruiker('LANDELIJK_BEHEERDER', 'landelijk@example.nl');
    as.regio = await gebruiker('REGIO_BEHEERDER', 'regio@example.nl', [ORGANISATIE]);
    as.andereRegio = await gebruiker('REGIO_BEHEERDER', 'andere@example.nl', [OTHER]);
    as.professional = await gebruiker('PROFESSIONAL', 'professional@example.nl');
  });
  afterAll(async () => {
    for (const gateway of gateways) await gateway.close();
    await platform?.close();
  });

  it('life cycle: shown once, works at once, listed with its last use but never the key, revoked at once on every gateway', async () => {
    const replica = await secondGateway();
    const created = await createKey('regio', { naam: '  Zaaksysteem Amsterdam ' });
    assert.equal(codeOf(created), 'OK', JSON.stringify(created.errors));
    const { key, apiKey } = created.data!.createApiKey;
    assert.match(key, /^ig_[A-Za-z0-9_-]{43}$/);
    assert.equal(apiKey.naam, 'Zaaksysteem Amsterdam');
    assert.deepEqual(apiKey.scopes, ['DASHBOARD']);
    assert.equal(apiKey.organisatie.id, ORGANISATIE);
    assert.equal(apiKey.prefix, key.slice(0, apiKey.prefix.length));
    assert.equal(apiKey.lastUsedAt, null);

    const before = await platform.gql(LIST, {}, as.regio);
    assert.deepEqual(before.data!.apiKeys.map((k: { id: string }) => k.id), [apiKey.id]);
    assert.equal(before.data!.apiKeys[0].lastUsedAt, null);
    const [stored] = await accountsDb().query('SELECT hash FROM api_key WHERE id = $1', [apiKey.id]);
    assert.notEqual(stored.hash.toString('utf8'), key, 'only a hash is stored');

    const used = await platform.gql(INTERACTIES, { ...MAART, regio: ORGANISATIE_REGIO }, withKey(key));
    assert.equal(codeOf(used), 'OK', JSON.stringify(used.errors));
    assert.equal(codeOf((await replica(INTERACTIES, { ...MAART, regio: ORGANISATIE_REGIO }, withKey(key))).body), 'OK');

    const after = await platform.gql(LIST, { organisatieId: ORGANISATIE }, as.regio);
    assert.ok(after.data!.apiKeys[0].lastUsedAt, 'lastUsedAt is set after use');
    assert.ok(!JSON.stringify(after).includes(key.slice(apiKey.prefix.length)), 'the list never holds the key');

    const revoked = await platform.gql(REVOKE, { id: apiKey.id }, as.regio);
    assert.equal(codeOf(revoked), 'OK', JSON.stringify(revoked.errors));
    assert.ok(revoked.data!.revokeApiKey.revokedAt);
    for (const ask of [(h: Record<string, string>) => platform.gqlResponse(INTERACTIES, { ...MAART, regio: ORGANISATIE_REGIO }, h).then((r) => ({ status: r.response.status, body: r.body })), (h: Record<string, string>) => replica(INTERACTIES, { ...MAART, regio: ORGANISATIE_REGIO }, h)]) {
      const refused = await ask(withKey(key));
      assert.equal(refused.status, 401);
      assert.equal(codeOf(refused.body), 'UNAUTHENTICATED');
    }
    // Revoking again is fine and keeps the first moment.
    const again = await platform.gql(REVOKE, { id: apiKey.id }, as.regio);
    assert.equal(again.data!.revokeApiKey.revokedAt, revoked.data!.revokeApiKey.revokedAt);
    const listed = await platform.gql(LIST, { organisatieId: ORGANISATIE }, as.regio);
    assert.equal(listed.data!.apiKeys.find((k: { id: string }) => k.id === apiKey.id).revokedAt, revoked.data!.revokeApiKey.revokedAt);
  });

  it('an expired key, a wrong key and a key next to a login are refused before anything runs', async () => {
    const { key, id } = await newKey(['REGISTRATIECODES']);
    const ok = await platform.gql('{ me { id } }', {}, withKey(key));
    assert.deepEqual(ok, { data: { me: null } }, 'a key is nobody as a person');
    await accountsDb().query(`UPDATE api_key SET expires_at = now() - interval '1 minute' WHERE id = $1`, [id]);
    for (const wrong of [key, 'ig_' + 'A'.repeat(43), 'geen-sleutel', key + 'x']) {
      const { body, response } = await platform.gqlResponse('{ regios { code } }', {}, withKey(wrong));
      assert.equal(response.status, 401, wrong);
      assert.equal(codeOf(body), 'UNAUTHENTICATED');
    }
    const fresh = await newKey(['REGISTRATIECODES']);
    const both = await platform.gqlResponse('{ regios { code } }', {}, { ...withKey(fresh.key), ...as.regio });
    assert.equal(both.response.status, 400);
    assert.match(both.body.errors![0]!.message, /niet allebei/);
  });

  it('checks the name, the scopes and the expiry', async () => {
    const wrong = await createKey('regio', { naam: ' ', scopes: [], verlooptOp: new Date(Date.now() - 60_000).toISOString() });
    assert.equal(codeOf(wrong), 'BAD_USER_INPUT');
    assert.deepEqual(fieldsOf(wrong).sort(), ['naam', 'scopes', 'verlooptOp']);
    assert.deepEqual(fieldsOf(await createKey('regio', { naam: 'x'.repeat(101) })), ['naam']);
    assert.deepEqual(fieldsOf(await createKey('regio', { scopes: null })), ['scopes']);
    const later = new Date(Date.now() + 86_400_000).toISOString();
    const ok = await createKey('regio', { naam: 'x'.repeat(100), verlooptOp: later });
    assert.equal(ok.data!.createApiKey.apiKey.verlooptOp, later);
  });

  it('authorization: beheerders for their own organisaties, the landelijk beheerder for any', async () => {
    const own = await newKey(['DASHBOARD']);
    const other = await newKey(['DASHBOARD'], OTHER);
    const expected: Record<Who, { create: string; createOther: string; revoke: string; revokeOther: string; list: string; listOther: string }> = {
      anoniem: { create: 'UNAUTHENTICATED', createOther: 'UNAUTHENTICATED', revoke: 'UNAUTHENTICATED', revokeOther: 'UNAUTHENTICATED', list: 'UNAUTHENTICATED', listOther: 'UNAUTHENTICATED' },
      professional: { create: 'FORBIDDEN', createOther: 'FORBIDDEN', revoke: 'FORBIDDEN', revokeOther: 'FORBIDDEN', list: 'FORBIDDEN', listOther: 'FORBIDDEN' },
      regio: { create: 'OK', createOther: 'FORBIDDEN', revoke: 'OK', revokeOther: 'FORBIDDEN', list: 'OK', listOther: 'FORBIDDEN' },
      andereRegio: { create: 'FORBIDDEN', createOther: 'OK', revoke: 'FORBIDDEN', revokeOther: 'OK', list: 'FORBIDDEN', listOther: 'OK' },
      landelijk: { create: 'OK', createOther: 'OK', revoke: 'OK', revokeOther: 'OK', list: 'OK', listOther: 'OK' },
    };
    for (const who of Object.keys(expected) as Who[]) {
      const actual = {
        create: codeOf(await createKey(who, { organisatieId: ORGANISATIE })),
        createOther: codeOf(await createKey(who, { organisatieId: OTHER })),
        revoke: codeOf(await platform.gql(REVOKE, { id: own.id }, as[who])),
        revokeOther: codeOf(await platform.gql(REVOKE, { id: other.id }, as[who])),
        list: codeOf(await platform.gql(LIST, { organisatieId: ORGANISATIE }, as[who])),
        listOther: codeOf(await platform.gql(LIST, { organisatieId: OTHER }, as[who])),
      };
      assert.deepEqual(actual, expected[who], who);
    }
    // Without an organisatie: the caller's own organisaties, newest first; the landelijk beheerder sees all.
    const organisaties = async (who: Who) => new Set((await platform.gql(LIST, {}, as[who])).data!.apiKeys.map((k: { organisatie: { id: string } }) => k.organisatie.id));
    assert.deepEqual(await organisaties('regio'), new Set([ORGANISATIE]));
    assert.deepEqual(await organisaties('andereRegio'), new Set([OTHER]));
    assert.deepEqual(await organisaties('landelijk'), new Set([ORGANISATIE, OTHER]));
    const times = (await platform.gql('{ apiKeys { createdAt } }', {}, as.landelijk)).data!.apiKeys.map((k: { createdAt: string }) => k.createdAt);
    assert.deepEqual(times, [...times].sort().reverse());
    assert.equal(codeOf(await platform.gql(REVOKE, { id: '33333333-3333-4333-8333-333333333333' }, as.landelijk)), 'NOT_FOUND');
  });

  it('a key only reads, whatever its scopes: every mutation is FORBIDDEN and changes nothing', async () => {
    const { key } = await newKey(['DASHBOARD', 'REGISTRATIECODES']);
    const count = async () => Number((await accountsDb().query('SELECT count(*) FROM api_key'))[0].count);
    const before = await count();
    const mutations: [string, Record<string, unknown>][] = [
      [CREATE, { organisatieId: ORGANISATIE, naam: 'Nog een', scopes: ['DASHBOARD'] }],
      ['mutation { wijzigProfiel(naam: "Sleutel") { naam } }', {}],
      ['mutation { logout }', {}],
      ['mutation($o: ID!) { createAanbieder(input: { organisatieId: $o, naam: "Via sleutel" }) { id } }', { o: ORGANISATIE }],
      ['mutation { recordEvents(events: [{ soort: ZOEKEN, gids: EVA }]) }', {}],
    ];
    for (const [query, variables] of mutations) {
      const result = await platform.gql(query, variables, withKey(key));
      assert.equal(codeOf(result), 'FORBIDDEN', query);
    }
    assert.equal(await count(), before);
    const catalog = platform.subgraphs.find((s) => s.definition.name === 'catalog')!.dataSource;
    assert.deepEqual(await catalog.query(`SELECT id FROM aanbieder WHERE naam = 'Via sleutel'`), []);
    // Nor does a key pass as a person where a login is enough to read.
    assert.equal(codeOf(await platform.gql(LIST, {}, withKey(key))), 'FORBIDDEN');
  });

  it('the DASHBOARD scope reads the dashboard as a regiobeheerder of its organisatie; other keys are FORBIDDEN', async () => {
    const dashboard = await newKey(['DASHBOARD']);
    const codes = await newKey(['REGISTRATIECODES']);
    const regio = { ...MAART, regio: ORGANISATIE_REGIO };
    const asKey = await platform.gql(INTERACTIES, regio, withKey(dashboard.key));
    assert.equal(codeOf(asKey), 'OK', JSON.stringify(asKey.errors));
    assert.deepEqual(asKey, await platform.gql(INTERACTIES, regio, as.regio));
    assert.equal(codeOf(await platform.gql(INTERACTIES, { ...MAART, regio: 'AM01' }, withKey(dashboard.key))), 'FORBIDDEN');
    assert.deepEqual(fieldsOf(await platform.gql(INTERACTIES, MAART, withKey(dashboard.key))), ['regio']);
    assert.equal(codeOf(await platform.gql(INTERACTIES, regio, withKey(codes.key))), 'FORBIDDEN');
    const catalogQuery = '{ instrumentAantallen(gids: DENNIS, per: [STATUS]) { sleutels aantal } }';
    const reviewsQuery = '{ beoordelingenPerOrganisatie(gids: DENNIS) { aantal } }';
    for (const query of [catalogQuery, reviewsQuery]) {
      const asDashboardKey = await platform.gql(query, {}, withKey(dashboard.key));
      assert.equal(codeOf(asDashboardKey), 'OK', JSON.stringify(asDashboardKey.errors));
      assert.deepEqual(asDashboardKey, await platform.gql(query, {}, as.regio), query);
      assert.equal(codeOf(await platform.gql(query, {}, withKey(codes.key))), 'FORBIDDEN', query);
    }
    // The CSV download takes the key too.
    const base = platform.gatewayUrl.replace(/\/graphql$/, '');
    const csv = await fetch(`${base}/export/interactiesPerPeriode.csv?van=2026-03-01&tot=2026-03-31&per=MAAND&regio=${ORGANISATIE_REGIO}`, { headers: withKey(dashboard.key) });
    assert.equal(csv.status, 200, await csv.clone().text());
    assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
    const refused = await fetch(`${base}/export/interactiesPerPeriode.csv?van=2026-03-01&tot=2026-03-31&per=MAAND&regio=${ORGANISATIE_REGIO}`, { headers: withKey(codes.key) });
    assert.equal(refused.status, 403);
  });

  it('keys have their own rate limit, per key', async () => {
    const limits = limitSettingsFromEnv({});
    const ask = await secondGateway({ limits: { ...limits, rateLimit: { ...limits.rateLimit, apiKeyPerMinute: 2 } } });
    const first = await newKey(['REGISTRATIECODES']);
    const second = await newKey(['REGISTRATIECODES']);
    const query = '{ regios { code } }';
    for (let i = 0; i < 2; i++) assert.equal((await ask(query, {}, withKey(first.key))).status, 200);
    const refused = await ask(query, {}, withKey(first.key));
    assert.equal(refused.status, 429);
    assert.equal(codeOf(refused.body), 'FORBIDDEN');
    assert.equal((await ask(query, {}, withKey(second.key))).status, 200, 'another key has its own budget');
    assert.equal((await ask(query, {}, as.regio)).status, 200, 'a person is not counted against keys');
  });

  it('CORS never allows browsers to send X-Api-Key', async () => {
    const preflight = await fetch(platform.gatewayUrl, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5174', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, x-api-key' },
    });
    const allowed = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    assert.match(allowed, /content-type/);
    assert.doesNotMatch(allowed, /x-api-key/);
  });
});
