import assert from 'node:assert/strict';
import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import pg from 'pg';
import { pino } from 'pino';
import { createApolloServer, listenSubgraph, type SubgraphServer } from '../subgraph-server.js';

/**
 * The subgraph HTTP server on its own, with a small schema whose resolvers can fail or wait on the test, and a
 * real PostgreSQL behind /readyz.
 */
const typeDefs = parse(`
  type Query {
    hallo: String
    kapot: String
    traag: String
  }
`);

interface Harness {
  server: SubgraphServer;
  url: string;
  logLines: Record<string, any>[];
  /** Lets every waiting `traag` resolver finish. */
  release(): void;
  /** Resolves when a `traag` resolver has started. */
  traagStarted: Promise<void>;
}

async function startHarness(options: { maxBodyBytes?: number; drainTimeoutMs?: number; ready?: () => Promise<void> } = {}): Promise<Harness> {
  const logLines: Record<string, any>[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => void logLines.push(JSON.parse(line)) });
  let release = () => undefined as void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let started = () => undefined as void;
  const traagStarted = new Promise<void>((resolve) => (started = resolve));
  const schema = buildSubgraphSchema({
    typeDefs,
    resolvers: {
      Query: {
        hallo: () => 'hallo',
        kapot: () => {
          throw new Error('relation "geheim" does not exist');
        },
        traag: async () => {
          started();
          await gate;
          return 'eindelijk';
        },
      },
    },
  });
  const server = await listenSubgraph({ name: 'test', port: 0, log, maxBodyBytes: options.maxBodyBytes, drainTimeoutMs: options.drainTimeoutMs });
  await server.serve(createApolloServer<object>(schema, log), async () => ({}), options.ready ?? (async () => undefined));
  return { server, url: server.url, logLines, release, traagStarted };
}

const gql = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

/** Sends raw bytes and returns whatever comes back until the server closes (or `waitMs` passes). */
function raw(url: string, bytes: string, options: { abortAfterWrite?: boolean; waitMs?: number } = {}): Promise<string> {
  const { port } = new URL(url);
  return new Promise((resolve) => {
    let received = '';
    const socket = connect(Number(port), '127.0.0.1', () => {
      socket.write(bytes);
      if (options.abortAfterWrite) socket.destroy();
    });
    const timer = setTimeout(() => socket.destroy(), options.waitMs ?? 5000);
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(received);
    });
  });
}

const statusLine = (response: string) => response.split('\r\n')[0] ?? '';

describe('subgraph HTTP server', () => {
  describe('health and readiness', () => {
    let pool: pg.Pool;
    beforeAll(() => {
      pool = new pg.Pool({ connectionString: process.env.TEST_DATABASE_URL, max: 1 });
    });

    it('is alive at once, ready only once it serves and its database answers', async () => {
      const log = pino({ level: 'silent' });
      const server = await listenSubgraph({ name: 'test', port: 0, log });
      try {
        assert.equal((await fetch(new URL('/healthz', server.url))).status, 200);
        const starting = await fetch(new URL('/readyz', server.url));
        assert.equal(starting.status, 503);
        assert.equal((await starting.json()).status, 'starting');
        const early = await gql(server.url, { query: '{ hallo }' });
        assert.equal(early.status, 503, 'no GraphQL before the subgraph is open');

        const schema = buildSubgraphSchema({ typeDefs, resolvers: { Query: { hallo: () => 'hallo' } } });
        await server.serve(createApolloServer<object>(schema, log), async () => ({}), async () => {
          await pool.query('SELECT 1');
        });
        assert.equal((await fetch(new URL('/readyz', server.url))).status, 200);
        assert.deepEqual(await (await gql(server.url, { query: '{ hallo }' })).json(), { data: { hallo: 'hallo' } });

        await pool.end();
        const down = await fetch(new URL('/readyz', server.url));
        assert.equal(down.status, 503, 'not ready when the database does not answer');
        assert.equal((await fetch(new URL('/healthz', server.url))).status, 200, 'but still alive');
      } finally {
        await server.close();
      }
    });
  });

  describe('bad requests', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness({ maxBodyBytes: 4096 });
    });
    afterAll(() => h.server.close());

    const stillServes = async () => {
      const response = await gql(h.url, { query: '{ hallo }' });
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { data: { hallo: 'hallo' } });
    };

    it('answers malformed JSON with 400 and keeps serving', async () => {
      const response = await gql(h.url, '{"query": "{ hallo }"');
      assert.equal(response.status, 400);
      const body = await response.json();
      assert.equal(body.errors[0].extensions.code, 'BAD_REQUEST');
      assert.equal(body.errors[0].message, 'De aanvraag is geen geldige JSON.');
      await stillServes();
    });

    it('answers an unparseable URL, an unknown path, a wrong method and a wrong charset with 4xx', async () => {
      assert.match(statusLine(await raw(h.url, 'GET http://[ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')), / 400 /);
      assert.equal((await fetch(new URL('/nergens', h.url))).status, 404);
      assert.equal((await fetch(h.url, { method: 'DELETE' })).status, 405);
      assert.equal((await gql(h.url, { query: '{ hallo }' }, { 'content-type': 'application/json; charset=latin1' })).status, 415);
      assert.match(statusLine(await raw(h.url, 'DIT IS GEEN HTTP\r\n\r\n')), / 400 /);
      await stillServes();
    });

    it('refuses a body over the limit with 413, by its length or as it arrives', async () => {
      const big = JSON.stringify({ query: '{ hallo }', variables: { x: 'x'.repeat(5000) } });
      const declared = await gql(h.url, big);
      assert.equal(declared.status, 413);
      assert.equal((await declared.json()).errors[0].extensions.code, 'PAYLOAD_TOO_LARGE');

      // Chunked: no length up front, so the server has to count while reading.
      const chunked = await new Promise<number>((resolve, reject) => {
        const req = request(h.url, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        for (let i = 0; i < 10; i++) req.write('x'.repeat(1000));
        req.end();
      });
      assert.equal(chunked, 413);

      assert.equal((await gql(h.url, JSON.stringify({ query: '{ hallo }', variables: { x: 'x'.repeat(3000) } }))).status, 200, 'under the limit is fine');
      await stillServes();
    });

    it('survives a client that aborts halfway through its body', async () => {
      await raw(h.url, 'POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":', { abortAfterWrite: true });
      await stillServes();
    });

    it('hides an unexpected error, and logs it with the request id the gateway sent', async () => {
      const response = await gql(h.url, { query: '{ kapot }' }, { 'x-request-id': 'gw-req-42' });
      assert.equal(response.headers.get('x-request-id'), 'gw-req-42');
      const body = await response.json();
      assert.equal(body.errors[0].message, 'Er ging iets mis op de server.');
      assert.doesNotMatch(JSON.stringify(body), /geheim/, 'no SQL in the answer');
      const line = h.logLines.find((l) => l.level === 50 && l.requestId === 'gw-req-42');
      assert.ok(line, `an error line with the request id, got ${JSON.stringify(h.logLines)}`);
      assert.match(line.err.message, /geheim/);
    });

    it('makes up a request id when none (or a strange one) was sent', async () => {
      const response = await gql(h.url, { query: '{ kapot }' }, { 'x-request-id': 'x'.repeat(500) });
      const id = response.headers.get('x-request-id');
      assert.ok(id && id.length <= 128 && id !== 'x'.repeat(500));
      await response.json();
      assert.ok(h.logLines.some((l) => l.level === 50 && l.requestId === id));
    });
  });

  describe('graceful close', () => {
    it('stops accepting, lets a running request finish, then closes', async () => {
      const h = await startHarness();
      const running = gql(h.url, { query: '{ traag }' }).then(async (r) => ({ status: r.status, body: await r.json() }));
      await h.traagStarted;
      const closing = h.server.close();
      let closed = false;
      void closing.then(() => (closed = true));
      await assert.rejects(fetch(new URL('/healthz', h.url)), 'no new connections while draining');
      assert.equal(closed, false, 'close waits for the running request');
      h.release();
      assert.deepEqual(await running, { status: 200, body: { data: { traag: 'eindelijk' } } });
      await closing;
    });

    it('cuts a request that outlasts the drain timeout', async () => {
      const h = await startHarness({ drainTimeoutMs: 300 });
      const running = gql(h.url, { query: '{ traag }' });
      await h.traagStarted;
      await h.server.close();
      await assert.rejects(running, 'the connection was closed under it');
      h.release();
      assert.ok(h.logLines.some((l) => l.level === 40 && l.inFlight === 1), 'the cut is logged');
    });
  });
});
