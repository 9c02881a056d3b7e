import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it, jest } from '@jest/globals';

jest.setTimeout(5 * 60_000);
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { composeSupergraph } from '../gateway/compose.js';
import { startGateway } from '../gateway/gateway.js';
import { startPlatform } from '../platform.js';
import type { OpenAccounts } from '../subgraphs/accounts/accounts.context.js';
import type { Rol } from '../subgraphs/accounts/accounts.enums.js';
import { createTestDatabase, startTestPlatform, TEST_PASSWORD, type TestPlatform } from '../test-support/harness.js';
import { startChildPlatform, type ChildPlatform } from '../test-support/fuzz/child-platform.js';
import { runQueryStream, summarizeStream, type StreamSample } from '../test-support/fuzz/query-stream.js';
import { TcpProxy } from '../test-support/fuzz/tcp-proxy.js';

/** Every request must be answered within this, whatever happens to a subgraph. */
const ANSWER_BOUND_MS = 15_000;

describe('faults: the catalog subgraph goes away under load', () => {
  let platform: TestPlatform;
  let proxy: TcpProxy;
  let gateway: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    platform = await startTestPlatform({ demoInstruments: 20 });
    // A gateway of our own whose supergraph sends catalog requests through a proxy the test can cut or stall.
    const catalog = platform.subgraphs.find((s) => s.definition.name === 'catalog')!;
    const accounts = platform.subgraphs.find((s) => s.definition.name === 'accounts')!;
    proxy = await TcpProxy.start(Number(new URL(catalog.url).port));
    const supergraphSdl = composeSupergraph(platform.subgraphs.map((s) => ({ name: s.definition.name, url: s === catalog ? proxy.url : s.url, sdl: s.sdl })));
    gateway = await startGateway({ supergraphSdl, port: 0, accountsUrl: accounts.url });
  });
  afterAll(async () => {
    await gateway?.close();
    await proxy?.close();
    await platform?.close();
  });

  /** Streams queries through normal, outage and recovery phases; returns the samples (printed per phase). */
  async function outage(name: string, cut: () => Promise<void> | void, outageMs: number): Promise<{ samples: StreamSample[]; cutAt: number }> {
    let phase = 'voor';
    let finish!: () => void;
    const stop = new Promise<void>((resolve) => (finish = resolve));
    const stream = runQueryStream(gateway.url, () => phase, stop, { timeoutMs: ANSWER_BOUND_MS + 10_000 });
    await sleep(1500);
    phase = 'uitval';
    const cutAt = Date.now();
    await cut();
    await sleep(outageMs);
    phase = 'herstel';
    await proxy.restore();
    await sleep(4000);
    phase = 'na';
    await sleep(2000);
    finish();
    const samples = await stream;
    console.log(`[faults] ${name}\n${summarizeStream(samples)}`);
    return { samples, cutAt };
  }

  function assertOutageHandled({ samples, cutAt }: { samples: StreamSample[]; cutAt: number }) {
    const unanswered = samples.filter((s) => s.errors === null || s.ms > ANSWER_BOUND_MS);
    assert.deepEqual(unanswered.map((s) => `${s.phase}/${s.kind}: ${s.failure ?? `answered after ${s.ms} ms`}`), [], `every request answers within ${ANSWER_BOUND_MS / 1000} s`);
    // Requests still in flight when the catalog went away may fail; those answered before must not.
    assert.ok(samples.filter((s) => s.startedAt + s.ms < cutAt).every((s) => s.errors!.length === 0), 'clean before the outage');
    const during = samples.filter((s) => s.phase === 'uitval');
    assert.ok(during.some((s) => s.kind !== 'accounts' && s.errors!.length > 0), 'catalog fields answer with errors during the outage');
    for (const s of during) for (const e of s.errors!) assert.equal(typeof e.code, 'string', `an error without a code during the outage: ${e.message}`);
    assert.ok(during.filter((s) => s.kind === 'accounts').every((s) => s.errors!.length === 0), 'fields of the accounts subgraph keep working');
    // `instruments` is non-null, so its error nulls all of `data`; the error must still name the field.
    for (const s of during.filter((s) => s.kind !== 'accounts' && s.errors!.length)) assert.ok(s.errors!.some((e) => Array.isArray(e.path) && e.path.length > 0), `errors name the affected field: ${JSON.stringify(s.errors)}`);
    const last = samples.filter((s) => s.phase === 'na');
    assert.ok(last.length > 0 && last.every((s) => s.errors!.length === 0), `recovered once the catalog is back: ${JSON.stringify(last.find((s) => s.errors?.length)?.errors)}`);
    assert.deepEqual(samples.filter((s) => s.status !== null && s.status >= 500).map((s) => `${s.phase}/${s.kind}: HTTP ${s.status}`), [], 'no 5xx: a subgraph outage is a GraphQL error, not a broken gateway');
  }

  it('answers with coded errors while the catalog refuses connections, and recovers when it is back', async () => {
    assertOutageHandled(await outage('catalog refuses connections', () => proxy.refuse(), 4000));
  });

  it('answers within the bound while the catalog accepts but never answers (needs an upstream timeout), and recovers', async () => {
    assertOutageHandled(await outage('catalog stalls', () => proxy.stall(), ANSWER_BOUND_MS + 3000));
  });
});

describe('faults: SIGKILL during a stream of instrument edits', () => {
  const STREAMS = 4;
  let databaseUrl: string;
  let dropDatabase: () => Promise<void>;
  let child: ChildPlatform | null = null;
  let db: pg.Client;

  const gql = async (url: string, query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(30_000) });
    return (await response.json()) as { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  };
  const login = async (url: string) => {
    const body = await gql(url, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: 'kill@test.nl', p: TEST_PASSWORD });
    assert.ok(body.data?.login, JSON.stringify(body.errors));
    return body.data!.login.token as string;
  };

  beforeAll(async () => {
    ({ url: databaseUrl, drop: dropDatabase } = await createTestDatabase());
    // Migrate, seed and create the beheerder in-process, then serve the database from a child process only.
    const seeding = await startPlatform({ databaseUrl, gatewayPort: 0, subgraphPort: () => 0, seed: { demoInstruments: 10 } });
    const accounts = seeding.subgraphs.find((s) => s.definition.name === 'accounts')!.opened as OpenAccounts;
    await accounts.services.gebruikers.create({ email: 'kill@test.nl', naam: 'Kill', rol: 'LANDELIJK_BEHEERDER' as Rol, organisatieIds: [], password: TEST_PASSWORD });
    await seeding.stop();
    db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await child?.stop();
    await db?.end();
    await dropDatabase?.();
  });

  /** Edit n of a stream: a new naam, registratiecodes and links, all tied to n so the stored state names its edit. */
  const edit = (stream: number, n: number) => ({
    naam: `Stroom ${stream} bewerking ${n}`,
    registratiecodes: Array.from({ length: 1 + (n % 3) }, (_, i) => ({ code: `S${stream}-E${n}-${i}`, label: `Code ${i}` })),
    links: [{ label: `Link ${n}`, url: `https://example.org/${stream}/${n}` }],
  });

  interface StreamState {
    id: string;
    /** Version after the last acknowledged edit, and that edit's number. */
    acked: { version: number; n: number };
    /** The edit sent but not (yet) acknowledged when the server died. */
    inFlight: { n: number; fromVersion: number } | null;
  }

  async function editUntilKilled(url: string, token: string, states: StreamState[], killAfterAcks: number): Promise<number> {
    let acks = 0;
    let killed = false;
    const killing = (async () => {
      while (acks < killAfterAcks) await sleep(5);
      killed = true;
      await child!.kill();
    })();
    await Promise.all(
      states.map(async (state, stream) => {
        while (!killed) {
          const n = state.acked.n + 1;
          state.inFlight = { n, fromVersion: state.acked.version };
          let body;
          try {
            body = await gql(url, 'mutation($id: ID!, $v: Int!, $input: UpdateInstrumentInput!) { updateInstrument(id: $id, version: $v, input: $input) { version naam } }', { id: state.id, v: state.acked.version, input: edit(stream, n) }, token);
          } catch {
            return; // the server is gone: this edit stays unacknowledged
          }
          assert.equal(body.errors, undefined, JSON.stringify(body.errors));
          assert.equal(body.data!.updateInstrument.version, state.acked.version + 1);
          state.acked = { version: body.data!.updateInstrument.version, n };
          state.inFlight = null;
          acks++;
        }
      }),
    );
    await killing;
    return acks;
  }

  /** The row, its koppelingen and its audit trail agree, and show the last acknowledged edit or the one in flight. */
  async function assertConsistent(states: StreamState[]) {
    for (const [stream, state] of states.entries()) {
      const [row] = (await db.query('SELECT version, naam FROM catalog.instrument WHERE id = $1', [state.id])).rows;
      const codes = (await db.query('SELECT code, label FROM catalog.registratiecode WHERE instrument_id = $1 ORDER BY code', [state.id])).rows;
      const links = (await db.query('SELECT label, url FROM catalog.link WHERE instrument_id = $1 ORDER BY label, url', [state.id])).rows;
      const audits = (await db.query(`SELECT na FROM catalog.audit_record WHERE entiteit_id = $1 ORDER BY tijdstip, id`, [state.id])).rows;
      const where = `stream ${stream} (acked version ${state.acked.version}, edit ${state.acked.n}; in flight ${JSON.stringify(state.inFlight)})`;
      assert.ok(row.version >= state.acked.version, `${where}: an acknowledged edit was lost: version ${row.version}`);
      const committedInFlight = state.inFlight !== null && row.version === state.inFlight.fromVersion + 1;
      assert.ok(row.version === state.acked.version || committedInFlight, `${where}: version ${row.version} is neither the acknowledged one nor the one in flight`);
      const n = committedInFlight ? state.inFlight!.n : state.acked.n;
      const expected = edit(stream, n);
      assert.equal(row.naam, expected.naam, `${where}: naam`);
      assert.deepEqual(codes, expected.registratiecodes, `${where}: registratiecodes belong to the same edit as the row`);
      assert.deepEqual(links, expected.links, `${where}: links belong to the same edit as the row`);
      assert.equal(audits.length, row.version, `${where}: one audit record per version`);
      const last = audits.at(-1)!.na;
      assert.equal(last.naam, row.naam, `${where}: the last audit record shows the stored naam`);
      assert.deepEqual(last.registratiecodes, expected.registratiecodes, `${where}: the last audit record shows the stored registratiecodes`);
    }
  }

  it('keeps every acknowledged edit and never half an edit, across two kills and restarts', async () => {
    child = await startChildPlatform(databaseUrl);
    let token = await login(child.gatewayUrl);
    const [{ id: organisatieId, aanbieder }] = (await db.query('SELECT o.id, a.id AS aanbieder FROM catalog.organisatie o JOIN catalog.aanbieder a ON a.organisatie_id = o.id ORDER BY o.naam LIMIT 1')).rows;
    const states: StreamState[] = [];
    for (let stream = 0; stream < STREAMS; stream++) {
      const created = await gql(child.gatewayUrl, 'mutation($input: CreateInstrumentInput!) { createInstrument(input: $input) { id version } }', { input: { gids: 'DENNIS', organisatieId, aanbiederId: aanbieder, korteBeschrijving: 'Voor de kill-test.', ...edit(stream, 0) } }, token);
      assert.equal(created.errors, undefined, JSON.stringify(created.errors));
      states.push({ id: created.data!.createInstrument.id, acked: { version: 1, n: 0 }, inFlight: null });
    }
    for (const [round, killAfter] of [[1, 37], [2, 23]] as const) {
      const acks = await editUntilKilled(child.gatewayUrl, token, states, killAfter);
      console.log(`[faults] kill ${round}: SIGKILL after ${acks} acknowledged edits; in flight: ${states.filter((s) => s.inFlight).length} of ${STREAMS}`);
      child = await startChildPlatform(databaseUrl);
      await assertConsistent(states);
      const committed = await Promise.all(states.map(async (s) => s.inFlight !== null && (await db.query('SELECT version FROM catalog.instrument WHERE id = $1', [s.id])).rows[0].version === s.inFlight.fromVersion + 1));
      console.log(`[faults] kill ${round}: after restart all ${STREAMS} instruments consistent; in-flight edits that had committed: ${committed.filter(Boolean).length}`);
      // The restarted platform serves the same state; a session from before the kill is still valid (same secret).
      const served = await gql(child.gatewayUrl, 'query($id: ID!) { beheerInstrument(id: $id) { version naam } }', { id: states[0]!.id }, token);
      const [row] = (await db.query('SELECT version, naam FROM catalog.instrument WHERE id = $1', [states[0]!.id])).rows;
      assert.deepEqual(served.data?.beheerInstrument, { version: row.version, naam: row.naam }, JSON.stringify(served.errors));
      // Continue from what is stored: an in-flight edit that committed counts as acknowledged now.
      for (const state of states) {
        const [stored] = (await db.query('SELECT version FROM catalog.instrument WHERE id = $1', [state.id])).rows;
        if (state.inFlight && stored.version === state.inFlight.fromVersion + 1) state.acked = { version: stored.version, n: state.inFlight.n };
        state.inFlight = null;
      }
      token = await login(child.gatewayUrl);
    }
  });
});
