import assert from 'node:assert/strict';
import { mkdir, rm } from 'node:fs/promises';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { pino } from 'pino';
import { BESTANDEN_DIR } from '../core/bestanden.js';
import { gatewayConfigFromEnv, type GatewayConfig } from '../gateway/config.js';
import { startGateway, type RunningGateway } from '../gateway/gateway.js';
import { startTestPlatform, type TestPlatform } from '../test-support/harness.js';
import { SUBGRAPH_FACTS } from '../topology.js';

const ME = '{ me { naam } }';

/** Sends raw bytes (requests fetch would refuse to make) and returns everything the server answers. */
function raw(port: number, text: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    const timer = setTimeout(() => socket.destroy(), 10_000);
    socket.on('data', (data) => (answer += data.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(answer);
    });
    socket.write(text);
  });
}
const statusOf = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);

async function listening(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}
const closeServer = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

/** A subgraph stand-in that forwards to the real one and keeps the headers of every request it passed on. */
async function recordingProxy(target: string) {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer(async (req, res) => {
    seen.push(req.headers);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name))) as Record<string, string>;
    const response = await fetch(target, { method: req.method, headers, body: Buffer.concat(chunks) });
    res.writeHead(response.status, { 'content-type': response.headers.get('content-type') ?? 'application/json' }).end(Buffer.from(await response.arrayBuffer()));
  });
  return { url: await listening(server), seen, close: () => closeServer(server) };
}

/** The caller payload a subgraph received (the gateway signs it; the test only reads it). */
const callerPayload = (headers: IncomingHttpHeaders) => JSON.parse(Buffer.from(String(headers['x-caller']), 'base64url').toString('utf8'));

describe('the gateway HTTP layer', () => {
  let platform: TestPlatform;
  let port: number;
  let catalogUrl: string;
  let accountsUrl: string;
  const extra: { close: () => Promise<void> }[] = [];

  beforeAll(async () => {
    platform = await startTestPlatform({ demoInstruments: 5 });
    port = Number(new URL(platform.gatewayUrl).port);
    catalogUrl = platform.subgraphs.find((s) => s.definition.name === 'catalog')!.url;
    accountsUrl = platform.subgraphs.find((s) => s.definition.name === 'accounts')!.url;
    await platform.createGebruiker({ email: 'csrf@test.nl', naam: 'Origineel', rol: 'PROFESSIONAL' });
  });
  afterAll(async () => {
    for (const e of extra.reverse()) await e.close();
    await platform.close();
  });

  /** Another gateway in front of the same subgraphs, configured for one test. */
  async function gatewayWith(overrides: Partial<GatewayConfig>, options: { supergraphSdl?: string; accountsUrl?: string; log?: pino.Logger } = {}): Promise<RunningGateway> {
    const gateway = await startGateway({ supergraphSdl: options.supergraphSdl ?? platform.supergraphSdl, port: 0, accountsUrl: options.accountsUrl ?? accountsUrl, config: gatewayConfigFromEnv({}, overrides), log: options.log });
    extra.push(gateway);
    return gateway;
  }

  const stillAnswers = async (message: string) => {
    const result = await platform.gql('{ kenmerkCategorieen(gids: EVA) { code } }');
    assert.ok(result.data?.kenmerkCategorieen.length, `the gateway still answers after ${message}`);
  };

  describe('one bad request never stops the gateway', () => {
    it('answers odd paths with a 4xx and keeps serving', async () => {
      for (const target of ['///', '//x', '/%', '/%zz/..%2f', '/bestanden/../../etc/passwd', '*', 'http://evil.example/graphql']) {
        const answer = await raw(port, `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
        const status = statusOf(answer);
        assert.ok(status >= 400 && status < 500, `${target}: ${answer.split('\r\n')[0]}`);
        await stillAnswers(target);
      }
      // Not a path at all: a bad request, not a missing page.
      assert.equal(statusOf(await raw(port, 'OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')), 400);
    });

    it('answers a download whose file is a directory (or gone) with 404', async () => {
      const hash = 'ab'.repeat(32);
      const dir = path.join(BESTANDEN_DIR, 'ab', `${hash}.pdf`);
      await mkdir(dir, { recursive: true });
      try {
        for (const method of ['GET', 'HEAD']) {
          const answer = await raw(port, `${method} /bestanden/${hash}.pdf HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
          assert.equal(statusOf(answer), 404, answer);
          await stillAnswers(`${method} of a directory`);
        }
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });

    it('answers odd methods and malformed requests without stopping', async () => {
      const requests = [
        'PROPFIND /graphql HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
        'DELETE /bestanden/x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
        'BREW /graphql HTTP/1.1\r\nHost: x\r\n\r\n',
        'GET /graphql HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n',
        'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5\r\nConnection: close\r\n\r\n{"q":',
        'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
        'CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n',
        'GET / HTTP/9.9\r\n\r\n',
      ];
      for (const text of requests) {
        const answer = await raw(port, text);
        const status = statusOf(answer);
        assert.ok(status === 0 || (status >= 400 && status < 600), `${text.split('\r\n')[0]}: ${answer.split('\r\n')[0]}`);
        await stillAnswers(text.split('\r\n')[0]!);
      }
    });
  });

  describe('CSRF', () => {
    const MUTATION = 'mutation { wijzigProfiel(naam: "Gehackt") { naam } }';

    it('refuses mutations sent as a form or as text/plain, even with the session cookie, and changes nothing', async () => {
      const cookie = `sessie=${await platform.login('csrf@test.nl')}`;
      const attempts: [string, string][] = [
        ['application/x-www-form-urlencoded', `query=${encodeURIComponent(MUTATION)}`],
        ['text/plain', JSON.stringify({ query: MUTATION })],
        ['multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${MUTATION}\r\n--x--\r\n`],
      ];
      for (const [type, body] of attempts) {
        const response = await fetch(platform.gatewayUrl, { method: 'POST', headers: { 'content-type': type, cookie, origin: 'https://evil.example' }, body });
        assert.equal(response.status, 403, type);
      }
      const get = await fetch(`${platform.gatewayUrl}?query=${encodeURIComponent(ME)}`, { headers: { cookie } });
      assert.equal(get.status, 403, 'a GET without the CSRF header');
      assert.deepEqual(await platform.gql(ME, {}, { cookie }), { data: { me: { naam: 'Origineel' } } });

      const json = await platform.gql(MUTATION, {}, { cookie });
      assert.deepEqual(json, { data: { wijzigProfiel: { naam: 'Gehackt' } } }, 'JSON (which needs a preflight cross-site) passes');
      const withHeader = await fetch(`${platform.gatewayUrl}?query=${encodeURIComponent(ME)}`, { headers: { cookie, 'x-graphql-csrf': '1' } });
      assert.deepEqual(await withHeader.json(), { data: { me: { naam: 'Gehackt' } } });
    });
  });

  describe('CORS', () => {
    const preflight = (origin: string) =>
      fetch(platform.gatewayUrl, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });

    it('answers no CORS headers to another origin, null included', async () => {
      for (const origin of ['https://evil.example', 'null', 'http://localhost:5173.evil.example']) {
        const response = await preflight(origin);
        assert.equal(response.headers.get('access-control-allow-origin'), null, origin);
        assert.equal(response.headers.get('access-control-allow-credentials'), null, origin);
        const post = await fetch(platform.gatewayUrl, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: JSON.stringify({ query: ME }) });
        assert.equal(post.headers.get('access-control-allow-origin'), null, origin);
      }
    });

    it('allows the configured web and admin origins with credentials', async () => {
      for (const origin of ['http://localhost:5173', 'http://localhost:5174']) {
        const response = await preflight(origin);
        assert.equal(response.headers.get('access-control-allow-origin'), origin);
        assert.equal(response.headers.get('access-control-allow-credentials'), 'true');
      }
    });

    it('allows no origin at all with an empty CORS_ORIGINS', async () => {
      const gateway = await gatewayWith({ corsOrigins: [] });
      const response = await fetch(gateway.url, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
      assert.equal(response.headers.get('access-control-allow-origin'), null);
    });
  });

  describe('request id, client address and caller as a subgraph receives them', () => {
    let proxy: Awaited<ReturnType<typeof recordingProxy>>;
    const lines: Record<string, any>[] = [];

    beforeAll(async () => {
      proxy = await recordingProxy(catalogUrl);
      extra.push(proxy);
    });

    /** Sends one catalog query through a gateway and returns what the catalog received. */
    async function throughProxy(gateway: RunningGateway, headers: Record<string, string>) {
      const from = proxy.seen.length;
      const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ kenmerkCategorieen(gids: EVA) { code } }' }) });
      assert.equal(response.status, 200);
      await response.arrayBuffer();
      assert.equal(proxy.seen.length, from + 1);
      return { response, received: proxy.seen[from]! };
    }
    const viaProxy = () => platform.supergraphSdl.replaceAll(catalogUrl, proxy.url);

    it('keeps a sane client request id, replaces any other, echoes it and passes it to the subgraph', async () => {
      const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
      const gateway = await gatewayWith({}, { supergraphSdl: viaProxy(), log });
      const kept = await throughProxy(gateway, { 'x-request-id': 'client-trace-0001' });
      assert.equal(kept.response.headers.get('x-request-id'), 'client-trace-0001');
      assert.equal(kept.received['x-request-id'], 'client-trace-0001');
      for (const bad of ['short', 'has spaces in it', 'x'.repeat(129), 'quote"and{json}']) {
        const replaced = await throughProxy(gateway, { 'x-request-id': bad });
        const id = replaced.response.headers.get('x-request-id');
        assert.match(id ?? '', /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, bad);
        assert.equal(replaced.received['x-request-id'], id);
      }

      // One access log line per request, written when the response closes.
      for (let i = 0; i < 100 && !lines.some((l) => l.requestId === 'client-trace-0001'); i++) await new Promise((r) => setTimeout(r, 50));
      const line = lines.find((l) => l.requestId === 'client-trace-0001');
      assert.ok(line, 'an access log line');
      assert.deepEqual({ method: line.method, path: line.path, status: line.status, clientAddress: line.clientAddress, msg: line.msg }, { method: 'POST', path: '/graphql', status: 200, clientAddress: '127.0.0.1', msg: 'request' });
      assert.equal(typeof line.durationMs, 'number');
      assert.equal(lines.filter((l) => l.requestId === 'client-trace-0001').length, 1);
    });

    it('believes X-Forwarded-For only from a trusted proxy, and only up to the first untrusted hop', async () => {
      const xff = { 'x-forwarded-for': '203.0.113.9, 198.51.100.7' };
      const untrusted = await gatewayWith({ trustedProxies: ['10.0.0.0/8'] }, { supergraphSdl: viaProxy() });
      assert.equal(callerPayload((await throughProxy(untrusted, xff)).received).clientAddress, '127.0.0.1');
      const behindProxy = await gatewayWith({ trustedProxies: ['127.0.0.1'] }, { supergraphSdl: viaProxy() });
      assert.equal(callerPayload((await throughProxy(behindProxy, xff)).received).clientAddress, '198.51.100.7');
      assert.equal(callerPayload((await throughProxy(behindProxy, {})).received).clientAddress, '127.0.0.1');
      const twoProxies = await gatewayWith({ trustedProxies: ['127.0.0.1', '198.51.100.0/24'] }, { supergraphSdl: viaProxy() });
      assert.equal(callerPayload((await throughProxy(twoProxies, xff)).received).clientAddress, '203.0.113.9');
      // The client address header itself is never taken from the client.
      const spoofed = await throughProxy(untrusted, { 'x-gateway-client-address': '192.0.2.1' });
      assert.equal(callerPayload(spoofed.received).clientAddress, '127.0.0.1');
    });

    it('signs the caller for one subgraph: the catalog header is refused by accounts', async () => {
      const gateway = await gatewayWith({}, { supergraphSdl: viaProxy() });
      const { received } = await throughProxy(gateway, {});
      assert.equal(callerPayload(received).audience, 'catalog');
      const replay = { 'x-caller': String(received['x-caller']), 'x-caller-signature': String(received['x-caller-signature']) };
      const post = async (url: string) => (await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...replay }, body: JSON.stringify({ query: '{ __typename }' }) })).json()) as any;
      assert.deepEqual((await post(catalogUrl)).data, { __typename: 'Query' }, 'valid at its own audience');
      const atAccounts = await post(accountsUrl);
      assert.equal(atAccounts.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    });
  });

  describe('request body size', () => {
    it('refuses a chunked body over the limit with 413 before it has all been sent', async () => {
      const total = 64 * 1024 * 1024;
      const chunk = Buffer.alloc(256 * 1024, 0x61);
      const outcome = await new Promise<{ status: number; sent: number }>((resolve, reject) => {
        const req = httpRequest(platform.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' } });
        let sent = 0;
        let done = false;
        req.on('response', (res) => {
          done = true;
          res.resume();
          resolve({ status: res.statusCode ?? 0, sent });
          req.destroy();
        });
        req.on('error', (error) => !done && reject(error));
        const pump = () => {
          while (!done && sent < total) {
            sent += chunk.length;
            if (!req.write(chunk)) return void req.once('drain', pump);
          }
          if (!done) req.end();
        };
        pump();
      });
      assert.equal(outcome.status, 413);
      assert.ok(outcome.sent < total, `answered after ${outcome.sent} of ${total} bytes`);
      await stillAnswers('an oversized body');
    });

    it('refuses a declared Content-Length over the limit without reading the body', async () => {
      const answer = await raw(port, 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000000\r\n\r\n{');
      assert.equal(statusOf(answer), 413);
    });

    it('still takes a body at the limit (a 10 MB download in base64 fits)', async () => {
      const gateway = await gatewayWith({ maxBodyBytes: 1000 });
      const small = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ __typename }${' '.repeat(900)}` }) });
      assert.equal(small.status, 200);
      const big = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ __typename }${' '.repeat(1000)}` }) });
      assert.equal(big.status, 413);
      const refusal = (await big.json()) as { errors: { extensions: { code: string } }[] };
      assert.equal(refusal.errors[0]!.extensions.code, 'PAYLOAD_TOO_LARGE', 'a coded GraphQL error, as the subgraphs send');
      assert.ok(gatewayConfigFromEnv({}).maxBodyBytes > (10 * 1024 * 1024 * 4) / 3 + 100_000);
    });
  });

  describe('health and readiness', () => {
    it('is alive and ready when the supergraph is loaded and every subgraph answers', async () => {
      const health = await fetch(new URL('/healthz', platform.gatewayUrl));
      assert.equal(health.status, 200);
      const ready = await fetch(new URL('/readyz', platform.gatewayUrl));
      assert.equal(ready.status, 200);
      assert.deepEqual((await ready.json()).subgraphs, Object.fromEntries(SUBGRAPH_FACTS.map((s) => [s.name, true])));
    });

    it('is alive but not ready while a subgraph does not answer', async () => {
      const dead = createServer();
      const deadUrl = await listening(dead);
      await closeServer(dead);
      const gateway = await gatewayWith({}, { supergraphSdl: platform.supergraphSdl.replaceAll(catalogUrl, deadUrl) });
      assert.equal((await fetch(new URL('/healthz', gateway.url))).status, 200);
      const ready = await fetch(new URL('/readyz', gateway.url));
      assert.equal(ready.status, 503);
      assert.deepEqual((await ready.json()).subgraphs, Object.fromEntries(SUBGRAPH_FACTS.map((s) => [s.name, s.name !== 'catalog'])));
    });
  });

  describe('session check', () => {
    it('answers 503 (not anonymously) when accounts does not answer the session check in time', async () => {
      const hanging = createServer(() => undefined);
      const hangingUrl = await listening(hanging);
      extra.push({ close: async () => (hanging.closeAllConnections(), closeServer(hanging)) });
      const gateway = await gatewayWith({ sessionCheckTimeoutMs: 300 }, { accountsUrl: hangingUrl });
      const started = Date.now();
      const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer some.token' }, body: JSON.stringify({ query: '{ kenmerkCategorieen(gids: EVA) { code } }' }) });
      assert.equal(response.status, 503);
      assert.ok(Date.now() - started < 10_000);
      const body = (await response.json()) as any;
      assert.equal(body.errors[0].extensions.code, 'SERVICE_UNAVAILABLE');
      assert.equal(body.data, undefined);
      const anonymous = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ kenmerkCategorieen(gids: EVA) { code } }' }) });
      assert.equal(anonymous.status, 200, 'without a token no session check is needed');
    });
  });

  describe('graceful close', () => {
    it('finishes a request in flight while close() runs, and accepts no new connections', async () => {
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let arrived!: () => void;
      const hasArrived = new Promise<void>((resolve) => (arrived = resolve));
      // An accounts stand-in that holds the session check until the test lets it go.
      const slow = createServer(async (req, res) => {
        req.resume();
        arrived();
        await released;
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { sessieCaller: null } }));
      });
      const slowUrl = await listening(slow);
      extra.push({ close: () => closeServer(slow) });
      const gateway = await startGateway({ supergraphSdl: platform.supergraphSdl, port: 0, accountsUrl: slowUrl, config: gatewayConfigFromEnv({}, { sessionCheckTimeoutMs: 20_000 }) });

      const inFlight = fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer slow.token' }, body: JSON.stringify({ query: '{ kenmerkCategorieen(gids: EVA) { code } }' }) });
      await hasArrived;
      let closed = false;
      const closing = gateway.close().then(() => (closed = true));
      await assert.rejects(fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }), 'no new connections once closing');
      assert.equal(closed, false, 'close() waits for the request in flight');
      release();
      const response = await inFlight;
      assert.equal(response.status, 200);
      assert.ok(((await response.json()) as any).data.kenmerkCategorieen.length > 0);
      await closing;
      assert.equal(closed, true);
    });
  });

  describe('AUTH_SECRET', () => {
    it('refuses to start a production gateway without one', async () => {
      const saved = { secret: process.env.AUTH_SECRET, env: process.env.NODE_ENV };
      try {
        delete process.env.AUTH_SECRET;
        process.env.NODE_ENV = 'production';
        await assert.rejects(startGateway({ supergraphSdl: platform.supergraphSdl, port: 0, accountsUrl, config: gatewayConfigFromEnv({}) }), /AUTH_SECRET is required/);
        process.env.AUTH_SECRET = 'too-short';
        await assert.rejects(startGateway({ supergraphSdl: platform.supergraphSdl, port: 0, accountsUrl, config: gatewayConfigFromEnv({}) }), /at least 32 characters/);
      } finally {
        for (const [name, value] of [['AUTH_SECRET', saved.secret], ['NODE_ENV', saved.env]] as const) {
          if (value === undefined) delete process.env[name];
          else process.env[name] = value;
        }
      }
    });
  });
});
