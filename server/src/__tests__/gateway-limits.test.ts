import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { Kind, parse, print, visit, type OperationDefinitionNode } from 'graphql';
import pg from 'pg';
import { composeSupergraph } from '../gateway/compose.js';
import { gatewayConfigFromEnv, type GatewayConfig } from '../gateway/config.js';
import { startGateway } from '../gateway/gateway.js';
import { limitSettingsFromEnv } from '../gateway/limits.js';
import { TRUSTED_DOCUMENT_MANIFESTS } from '../gateway/trusted-documents.js';
import { createTestDatabase, startTestPlatform, type GraphQLResponse, type TestPlatform } from '../test-support/harness.js';
import { startCountingProxy, startHangingSubgraph, type SubgraphProxy } from '../test-support/subgraph-proxy.js';

const manifest: Record<string, string> = Object.assign({}, ...TRUSTED_DOCUMENT_MANIFESTS.map((file) => JSON.parse(readFileSync(file, 'utf8'))));
const operationOf = (document: string) => parse(document).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
const operationName = (document: string) => operationOf(document).name!.value;
const appDocument = (name: string) => Object.entries(manifest).find(([, document]) => operationName(document) === name)!;

/** The README's examples (kept in step with it by hand). */
const README_QUERIES = [
  `{ instruments(first: 20, filter: { gids: EVA }) { totalCount pageInfo { hasNextPage endCursor } nodes { naam samenvatting totaleKosten aanbieder { naam } kenmerken { categorie { naam soort } kenmerken { code naam } } beschikbareGebieden { landelijk regios { code naam } gemeenten { code naam } wijken { naam } } contactpersonen { soort label contactpersoon { naam telefoon email } } registratiecodes { code label } } } kenmerkCategorieen(gids: EVA) { code naam soort kenmerken { code naam children { code naam } } } gemeenten(regioCode: "AM18") { code naam } }`,
  `{ instrumentSearch(gids: EVA, filter: { kenmerken: ["EW02", "KK08"], gemeente: "GM0363", tekst: "sollicit" }, first: 20) { totalCount nodes { naam samenvattingKort aanbieder { naam } } pageInfo { hasNextPage endCursor } facets { categorie { naam soort } opties { kenmerk { code naam parent { code } } count selected available } } } }`,
  `{ me { id email naam rol organisaties { id naam } } }`,
];

/** `regios { gemeenten { regio { gemeenten ... } } }`: only 2k deep, but ×18 per level (34,200 gemeenten at k = 3). */
function cyclicQuery(k: number): string {
  let selection = 'code naam';
  for (let i = 0; i < k; i++) selection = `gemeenten { ${i ? `regio { ${selection} } ` : selection} }`;
  return `{ regios { ${selection} } }`;
}

const aliasedSearches = (n: number, selection: string) =>
  '{ ' + Array.from({ length: n }, (_, i) => `s${i}: instrumentSearch(gids: EVA, first: 100) { ${selection} }`).join(' ') + ' }';

/** What Apollo Client sends for a generated document: source order and white space, `__typename` added. */
function asApolloSends(document: string): string {
  return print(
    visit(parse(document), {
      SelectionSet: (node, _key, parent) =>
        (parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION
          ? undefined
          : { ...node, selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }] },
    }),
  );
}

const codeOf = (body: GraphQLResponse) => body.errors?.[0]?.extensions?.code;

describe('the gateway limits abusive GraphQL', () => {
  let platform: TestPlatform;
  let catalogProxy: SubgraphProxy;
  let accountsProxy: SubgraphProxy;
  const closers: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    platform = await startTestPlatform({ demoInstruments: 40 });
    catalogProxy = await startCountingProxy(subgraphUrl('catalog'));
    accountsProxy = await startCountingProxy(subgraphUrl('accounts'));
    closers.push(catalogProxy.close, accountsProxy.close);
  });
  afterAll(async () => {
    for (const close of closers.reverse()) await close();
    await platform.close();
  });

  function subgraphUrl(name: string): string {
    return platform.subgraphs.find((s) => s.definition.name === name)!.url;
  }

  /** A gateway of its own in front of the platform's subgraphs (or the given URLs instead). */
  async function gateway(config: Partial<GatewayConfig> = {}, urls: Record<string, string> = {}) {
    const supergraphSdl = composeSupergraph(platform.subgraphs.map((s) => ({ name: s.definition.name, url: urls[s.definition.name] ?? s.url, sdl: s.sdl })));
    const started = await startGateway({ supergraphSdl, port: 0, accountsUrl: subgraphUrl('accounts'), config: gatewayConfigFromEnv({}, config) });
    closers.push(started.close);
    const post = async (query: string | undefined, variables?: Record<string, unknown>, headers: Record<string, string> = {}, extra: Record<string, unknown> = {}) => {
      const response = await fetch(started.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables, ...extra }) });
      return { response, body: (await response.json()) as GraphQLResponse };
    };
    return { url: started.url, post, gql: async (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => (await post(query, variables, headers)).body };
  }

  describe('shape and cost', () => {
    let proxied: Awaited<ReturnType<typeof gateway>>;
    beforeAll(async () => {
      proxied = await gateway({}, { catalog: catalogProxy.url, accounts: accountsProxy.url });
    });
    const subgraphCalls = () => catalogProxy.calls + accountsProxy.calls;

    it('runs every operation of web and admin, with the largest page, and the README examples', async () => {
      const anyInstrument = (await platform.gql('{ instruments(first: 1) { nodes { id } } }')).data!.instruments.nodes[0].id;
      // The admin's screens run as a logged-in beheerder; the landelijk one may read everything.
      await platform.createGebruiker({ email: 'limieten-landelijk@demo.nl', rol: 'LANDELIJK_BEHEERDER' });
      const beheerder = platform.bearer(await platform.login('limieten-landelijk@demo.nl'));
      const ids: any = (await platform.gql('{ me { id } beheerAanbieders { id } }', {}, beheerder)).data;
      const periode = { gids: 'EVA', van: '2026-01-01', tot: '2026-12-31' };
      const variables: Record<string, Record<string, unknown>> = {
        AanbiederInstrumenten: { aanbiederId: ids.beheerAanbieders[0].id },
        AccountGebeurtenissen: { gebruikerId: ids.me.id },
        BeheerAanbieder: { id: ids.beheerAanbieders[0].id },
        BeheerInstrument: { id: anyInstrument },
        BeheerInstrumentFormulier: { id: anyInstrument },
        BeheerWijken: { gemeenteCode: 'GM0363' },
        DataBeoordelingen: { gids: 'EVA' },
        DataGaten: periode,
        DataGebruik: { ...periode, per: 'DAG' },
        DataNamen: { gids: 'EVA' },
        DataOnderhoud: { gids: 'EVA' },
        DataOverzicht: periode,
        FormulierGemeenten: { regioCode: 'AM18' },
        FormulierWijken: { gemeenteCode: 'GM0363' },
        InstrumentAudit: { entiteitId: anyInstrument, first: 100 },
        InstrumentFormulierKeuzes: { gids: 'EVA' },
        InstrumentenLijst: { first: 100 },
        WijkGemeenten: { regioCode: 'AM18' },
        AreaGemeenten: { regioCode: 'AM18' },
        InstrumentDetail: { id: anyInstrument },
        InstrumentBeoordelingVernieuwd: { id: anyInstrument },
        InstrumentReviews: { id: anyInstrument },
        MijnReview: { instrumentId: anyInstrument },
        InstrumentSearch: { gids: 'EVA', first: 100, filter: { kenmerken: ['EW02'] } },
        RecordEvents: { events: [] },
        Werklandschap: { gids: 'EVA' },
        RegioPage: { code: 'AM18', gids: 'EVA' },
      };
      // Queries only: the mutations (login, reviews, events) need a caller and change data.
      for (const document of Object.values(manifest).filter((d) => operationOf(d).operation === 'query')) {
        const result = await proxied.gql(document, variables[operationName(document)] ?? {}, beheerder);
        assert.equal(result.errors, undefined, `${operationName(document)}: ${JSON.stringify(result.errors)}`);
      }
      for (const query of [...README_QUERIES, README_QUERIES[0]!.replace('first: 20', 'first: 100')]) {
        const result = await proxied.gql(query);
        assert.equal(result.errors, undefined, `${query.slice(0, 60)}: ${JSON.stringify(result.errors)}`);
      }
      // Two levels of the cycle (3,420 gemeenten) are still an honest question.
      assert.equal((await proxied.gql(cyclicQuery(2))).errors, undefined);
    });

    it('refuses the cyclic regios/gemeenten query by its cost, before any subgraph is called', async () => {
      const before = subgraphCalls();
      const started = Date.now();
      const { response, body } = await proxied.post(cyclicQuery(3));
      assert.equal(codeOf(body), 'BAD_USER_INPUT');
      assert.match(body.errors![0]!.message, /te veel gegevens tegelijk/);
      assert.equal(body.data, undefined);
      assert.equal(subgraphCalls(), before, 'no subgraph was called');
      assert.ok(Date.now() - started < 5000, 'refused at once');
      assert.equal(response.status, 200);
    });

    it('counts page sizes given as variables', async () => {
      const query = `query($first: Int) { instruments(first: $first) { nodes { kenmerken { kenmerken { code } } beschikbareGebieden { regios { gemeenten { regio { gemeenten { code } } } } } } } }`;
      const before = subgraphCalls();
      assert.equal(codeOf(await proxied.gql(query, { first: 100 })), 'BAD_USER_INPUT');
      assert.equal(subgraphCalls(), before);
      assert.equal((await proxied.gql(query, { first: 1 })).errors, undefined);
    });

    it('refuses 50 aliased searches before any subgraph is called', async () => {
      const before = subgraphCalls();
      const body = await proxied.gql(aliasedSearches(50, 'totalCount'));
      assert.equal(codeOf(body), 'BAD_USER_INPUT');
      assert.match(body.errors![0]!.message, /aliassen: maximaal 10/);
      // With a larger selection the text is over the token limit first.
      assert.equal(codeOf(await proxied.gql(aliasedSearches(50, 'totalCount facets { opties { count } }'))), 'BAD_USER_INPUT');
      assert.equal(subgraphCalls(), before);
      assert.equal((await proxied.gql(aliasedSearches(3, 'totalCount facets { opties { count } }'))).errors, undefined, 'a few aliases are fine');
    });

    it('refuses too deep, too long and too many directives', async () => {
      const before = subgraphCalls();
      let deep = 'code';
      for (let i = 0; i < 10; i++) deep = `children { ${deep} }`;
      const tooDeep = await proxied.gql(`{ kenmerkCategorieen(gids: EVA) { kenmerken { ${deep} } } }`);
      assert.equal(codeOf(tooDeep), 'BAD_USER_INPUT');
      assert.match(tooDeep.errors![0]!.message, /te diep genest/);
      const tooLong = await proxied.gql(`{ regios { ${'code naam '.repeat(600)} } }`);
      assert.equal(codeOf(tooLong), 'BAD_USER_INPUT');
      assert.match(tooLong.errors![0]!.message, /te lang/);
      const directives = await proxied.gql(`{ regios { code ${'@include(if: true) '.repeat(11)} } }`);
      assert.equal(codeOf(directives), 'BAD_USER_INPUT');
      assert.match(directives.errors![0]!.message, /directives: maximaal 10/);
      assert.equal(subgraphCalls(), before);
    });
  });

  describe('production hides the schema', () => {
    it('answers introspection, suggestions and GraphiQL in development only', async () => {
      const development = await gateway({ production: false });
      const production = await gateway({ production: true });
      const introspection = '{ __schema { types { name } } }';
      assert.ok((await development.gql(introspection)).data?.__schema);
      const refused = await production.gql(introspection);
      assert.equal(refused.data?.__schema, undefined);
      assert.ok(refused.errors?.length);

      const typo = '{ regio { code } }';
      assert.match((await development.gql(typo)).errors![0]!.message, /Did you mean/);
      const hidden = (await production.gql(typo)).errors![0]!.message;
      assert.doesNotMatch(hidden, /Did you mean|regios/);

      const page = async (url: string) => (await fetch(url, { headers: { accept: 'text/html' } })).text();
      assert.match(await page(development.url), /graphiql/i);
      assert.doesNotMatch(await page(production.url), /graphiql/i);

      assert.equal((await production.gql('{ regios { code } }')).errors, undefined, 'production still answers');
    });
  });

  describe('time limits', () => {
    it('fails the fields of a hanging subgraph after the upstream timeout, keeping the rest', async () => {
      const hanging = await startHangingSubgraph();
      closers.push(hanging.close);
      const limits = { ...limitSettingsFromEnv({}), upstreamTimeoutMs: 1000, requestDeadlineMs: 20_000 };
      const gw = await gateway({ limits }, { catalog: hanging.url });
      const started = Date.now();
      // Root fields are non-null, so a failed catalog field empties `data`; `me` alone shows the rest still ran.
      const body = await gw.gql('{ me { id } regios { code } }');
      const elapsed = Date.now() - started;
      assert.ok(hanging.calls >= 1, 'the catalog was called');
      assert.ok(elapsed < 10_000, `answered after ${elapsed} ms`);
      // The error names the field that is missing (`regios`) and the subgraph, not its internal URL.
      assert.deepEqual(body.errors, [{ message: 'Een deel van de gegevens kwam niet op tijd. Probeer het later opnieuw.', path: ['regios'], extensions: { code: 'GATEWAY_TIMEOUT', serviceName: 'catalog' } }], 'no internal URL');
      assert.deepEqual((await gw.gql('{ me { id } }')).data, { me: null }, 'accounts fields still answer');
    });

    it('lets an import wait for the request deadline rather than the upstream timeout', async () => {
      const hanging = await startHangingSubgraph();
      closers.push(hanging.close);
      const limits = { ...limitSettingsFromEnv({}), upstreamTimeoutMs: 500, requestDeadlineMs: 3000 };
      const gw = await gateway({ limits }, { catalog: hanging.url });
      let started = Date.now();
      assert.equal((await gw.gql('{ regios { code } }')).errors?.[0]?.extensions?.code, 'GATEWAY_TIMEOUT');
      assert.ok(Date.now() - started < 2500, 'an ordinary query gives up after the upstream timeout');
      started = Date.now();
      const query = 'mutation { importInstrumenten(bestand: "{}", organisatieId: "0a0a0a0a-0000-4000-8000-00000000000a", dryRun: true) { geweigerd } }';
      const response = await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      await response.text();
      assert.ok(Date.now() - started >= 2500, 'the import got the whole request deadline');
      assert.equal(response.status, 503);
    });

    it('fails the fields of a subgraph that refuses connections with SERVICE_UNAVAILABLE, in Dutch, with HTTP 200', async () => {
      // A port nobody listens on: taken, then given back.
      const probe = createServer();
      await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
      const { port } = probe.address() as AddressInfo;
      await new Promise<void>((resolve) => probe.close(() => resolve()));
      const gw = await gateway({}, { catalog: `http://127.0.0.1:${port}/graphql` });
      for (const query of ['{ regios { code } }', '{ me { id } regios { code } }']) {
        const { response, body } = await gw.post(query);
        assert.equal(response.status, 200, query);
        assert.deepEqual(body.errors, [{ message: 'Dit deel van de gegevens is nu niet bereikbaar. Probeer het later opnieuw.', path: ['regios'], extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'catalog' } }], query);
      }
      assert.deepEqual((await gw.gql('{ me { id } }')).data, { me: null }, 'accounts fields still answer');
    });

    it('ends a request at its deadline, whatever it waits for', async () => {
      const hanging = await startHangingSubgraph();
      closers.push(hanging.close);
      const limits = { ...limitSettingsFromEnv({}), upstreamTimeoutMs: 60_000, requestDeadlineMs: 1500 };
      const gw = await gateway({ limits }, { catalog: hanging.url });
      const started = Date.now();
      const response = await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ regios { code } }' }) });
      await response.text();
      assert.equal(response.status, 503);
      assert.ok(Date.now() - started < 10_000);
    });
  });

  describe('anonymous rate limit', () => {
    let databaseUrl: string;
    beforeAll(async () => {
      const db = await createTestDatabase();
      databaseUrl = db.url;
      closers.push(db.drop);
    });
    const lowLimits = (anonymousPerMinute: number) => ({ ...limitSettingsFromEnv({}), rateLimit: { ...limitSettingsFromEnv({}).rateLimit, anonymousPerMinute, loggedInPerMinute: 1000 } });

    it('refuses an address over its limit with 429, Retry-After and FORBIDDEN, counted in gateway.rate_limit for every replica', async () => {
      const first = await gateway({ databaseUrl, limits: lowLimits(3) });
      const replica = await gateway({ databaseUrl, limits: lowLimits(3) });
      for (let i = 0; i < 2; i++) assert.equal((await first.gql('{ regios { code } }')).errors, undefined);
      assert.equal((await replica.gql('{ regios { code } }')).errors, undefined, 'the third request, at the other replica');
      for (const gw of [first, replica]) {
        const { response, body } = await gw.post('{ regios { code } }');
        assert.equal(response.status, 429);
        const retryAfter = Number(response.headers.get('retry-after'));
        assert.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}`);
        assert.equal(codeOf(body), 'FORBIDDEN');
        assert.equal(body.errors![0]!.extensions!.retryAfterSeconds, retryAfter);
        assert.match(body.errors![0]!.message, /Te veel aanvragen/);
      }
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        const { rows } = await client.query<{ key: string; points: number }>('SELECT key, points FROM gateway.rate_limit');
        assert.deepEqual(rows.map((r) => r.key), ['anoniem:127.0.0.1']);
        assert.ok(rows[0]!.points >= 4);
      } finally {
        await client.end();
      }
    });

    it('does not count logged-in gebruikers against the address, nor lets a made-up token escape it', async () => {
      await platform.createGebruiker({ email: 'limiet@demo.nl', rol: 'PROFESSIONAL' });
      const token = await platform.login('limiet@demo.nl');
      const gw = await gateway({ databaseUrl, limits: lowLimits(1) });
      // The address is over its limit already (previous test); a valid login still gets through.
      for (let i = 0; i < 3; i++) assert.equal((await gw.gql('{ me { id } }', {}, platform.bearer(token))).data?.me?.id !== undefined, true);
      const { response } = await gw.post('{ regios { code } }', {}, platform.bearer('verzonnen-token'));
      assert.equal(response.status, 429);
    });

    it('holds the public site\'s recordEvents to the same limit per address: a batch over it is refused and not stored', async () => {
      const insights = platform.subgraphs.find((s) => s.definition.name === 'insights')!.dataSource;
      const stored = async () => Number((await insights.query('SELECT count(*) FROM interactie'))[0].count);
      const before = await stored();
      const gw = await gateway({ databaseUrl: undefined, limits: lowLimits(2) });
      const record = 'mutation($events: [InteractieInput!]!) { recordEvents(events: $events) }';
      const events = Array.from({ length: 50 }, () => ({ soort: 'ZOEKEN', gids: 'EVA', kenmerken: ['EW02'], resultaten: 3 }));
      for (let i = 0; i < 2; i++) assert.equal((await gw.gql(record, { events })).data?.recordEvents, 50);
      const { response, body } = await gw.post(record, { events });
      assert.equal(response.status, 429);
      assert.equal(codeOf(body), 'FORBIDDEN');
      assert.equal(await stored(), before + 100);
    });

    it('counts in memory without a database', async () => {
      const gw = await gateway({ databaseUrl: undefined, limits: lowLimits(2) });
      assert.equal((await gw.post('{ regios { code } }')).response.status, 200);
      assert.equal((await gw.post('{ regios { code } }')).response.status, 200);
      assert.equal((await gw.post('{ regios { code } }')).response.status, 429);
    });
  });

  describe('trusted documents', () => {
    const browser = { origin: 'http://localhost:5173' };
    const arbitrary = '{ regios { code } }';
    const [searchId, searchDocument] = appDocument('InstrumentSearch');
    const searchSource = ['routes/Search.graphql', 'components/InstrumentCard.graphql', 'components/FacetFilters.graphql', 'components/ActiveFilters.graphql', 'components/PraktischeKeuzes.graphql', 'components/Suggestie.graphql'].map((file) => readFileSync(new URL(`../../../web/src/${file}`, import.meta.url), 'utf8')).join('\n');
    const searchVariables = { gids: 'EVA', first: 5 };
    const byHash = (sha256Hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash } } });

    it('off: browsers and integrators send any query', async () => {
      const gw = await gateway({ trustedDocuments: 'off' });
      assert.equal((await gw.gql(arbitrary, {}, browser)).errors, undefined);
    });

    it('browser: the apps run their own documents (as Apollo sends them, or by id), nothing else; integrators anything', async () => {
      const gw = await gateway({ trustedDocuments: 'browser' });
      assert.equal((await gw.gql(asApolloSends(searchSource), searchVariables, browser)).errors, undefined);
      assert.equal((await gw.gql(searchDocument, searchVariables, browser)).errors, undefined);
      assert.equal((await gw.post(undefined, searchVariables, browser, byHash(searchId))).body.errors, undefined);
      const refused = await gw.gql(arbitrary, {}, browser);
      assert.equal(codeOf(refused), 'FORBIDDEN');
      assert.equal(refused.data, undefined);
      const changed = await gw.gql(searchDocument.replace('totalCount', 'totalCount facets { opties { count } }'), searchVariables, browser);
      assert.equal(codeOf(changed), 'FORBIDDEN', 'an app document with more fields is another document');
      assert.equal(codeOf((await gw.post(undefined, {}, browser, byHash('sha256:' + '0'.repeat(64)))).body), 'PERSISTED_QUERY_NOT_FOUND');
      assert.equal((await gw.gql(arbitrary)).errors, undefined, 'no Origin: an integrator');
      assert.equal((await gw.gql(arbitrary, {}, { origin: 'https://elders.example' })).errors, undefined, 'another origin is not one of the apps');
    });

    it('all: only manifest documents, from anyone', async () => {
      const gw = await gateway({ trustedDocuments: 'all' });
      assert.equal(codeOf(await gw.gql(arbitrary)), 'FORBIDDEN');
      assert.equal((await gw.gql(asApolloSends(searchSource), searchVariables)).errors, undefined);
      const named = await gw.post(undefined, searchVariables, {}, byHash(searchId.replace('sha256:', '')));
      assert.equal(named.body.errors, undefined, JSON.stringify(named.body.errors));
    });
  });
});
