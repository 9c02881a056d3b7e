import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { rawExchange, type RawOutcome } from '../test-support/fuzz/raw-http.js';
import { startTestPlatform, type TestPlatform } from '../test-support/harness.js';

type Body = { data?: unknown; errors?: { message: string; path?: unknown; extensions?: { code?: unknown } }[] };

/** The error body of a raw answer, asserted to be JSON with one coded error. */
function codedError(outcome: RawOutcome, what: string): { message: string; code: unknown } {
  assert.equal(outcome.kind, 'response', `${what}: no HTTP answer`);
  if (outcome.kind !== 'response') throw new Error('unreachable');
  assert.match(outcome.headers['content-type'] ?? '', /json/, `${what}: ${outcome.body.toString('utf8')}`);
  const [error] = (JSON.parse(outcome.body.toString('utf8')) as Body).errors!;
  assert.equal(typeof error!.extensions?.code, 'string', `${what}: ${error!.message}`);
  return { message: error!.message, code: error!.extensions!.code };
}

/** Every error the gateway sends has a code, also the ones the runtime or node make before any resolver runs. */
describe('the gateway codes every error', () => {
  let platform: TestPlatform;
  let port: number;
  const send = (text: string | Buffer) => rawExchange(port, Buffer.isBuffer(text) ? text : Buffer.from(text), { timeoutMs: 10_000 });
  const post = async (body: unknown) => {
    const response = await fetch(platform.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as Body };
  };
  const stillAnswers = async () => assert.deepEqual((await post({ query: '{ __typename }' })).body, { data: { __typename: 'Query' } });

  beforeAll(async () => {
    platform = await startTestPlatform({ demoInstruments: 1 });
    port = Number(new URL(platform.gatewayUrl).port);
  });
  afterAll(async () => {
    await platform?.close();
  });

  it('refuses a GET without the CSRF header with 403, a code and a Dutch message', async () => {
    const response = await fetch(`${platform.gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`);
    assert.equal(response.status, 403);
    const [error] = ((await response.json()) as Body).errors!;
    assert.equal(error!.extensions?.code, 'BAD_REQUEST');
    assert.match(error!.message, /beveiligingsheader x-graphql-csrf/);
  });

  it('answers a variable of the wrong type, or a missing one, with BAD_USER_INPUT', async () => {
    const query = 'query($id: ID!) { instrument(id: $id) { id } }';
    for (const variables of [{ id: [1, 2] }, { id: { $ne: null } }, {}]) {
      const { status, body } = await post({ query, variables });
      assert.equal(status, 200, JSON.stringify(variables));
      assert.equal(body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', `${JSON.stringify(variables)}: ${JSON.stringify(body)}`);
    }
  });

  it('refuses a subscription (none are offered) as a validation error, not a server error', async () => {
    const { status, body } = await post({ query: 'subscription { instruments { totalCount } }' });
    assert.ok(status < 500, `HTTP ${status}`);
    assert.equal(body.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED', JSON.stringify(body));
  });

  it('refuses unreadable JSON in the variables of a GET with 400', async () => {
    const response = await fetch(`${platform.gatewayUrl}?variables=%7B&query=%7B__typename%7D`, { headers: { 'x-graphql-csrf': '1' } });
    assert.equal(response.status, 400);
    assert.equal(((await response.json()) as Body).errors?.[0]?.extensions?.code, 'BAD_REQUEST');
  });

  it('refuses a Host header that cannot be part of a URL with 400, on every route, and keeps serving', async () => {
    for (const [host, target] of [['[::1', '/graphql'], ['localhost:99999', '/graphql?query=%7B__typename%7D'], ['localhost:99999', '//x/graphql'], ['[::1', '/bestanden/x']]) {
      const outcome = await send(`GET ${target} HTTP/1.1\r\nHost: ${host}\r\nx-graphql-csrf: 1\r\nConnection: close\r\n\r\n`);
      assert.equal(outcome.kind === 'response' && outcome.status, 400, `${host} ${target}`);
      assert.equal(codedError(outcome, `${host} ${target}`).code, 'BAD_REQUEST');
    }
    const head = await send('HEAD //x/graphql HTTP/1.0\r\nHost: localhost:99999\r\nConnection: close\r\n\r\n');
    assert.equal(head.kind === 'response' && head.status, 400, 'HEAD');
    await stillAnswers();
  });

  it('answers CONNECT with 405 instead of dropping the connection, also while a body is still coming', async () => {
    for (const body of ['', 'a'.repeat(3 * 1024 * 1024)]) {
      const outcome = await send(`CONNECT /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`);
      assert.equal(outcome.kind === 'response' && outcome.status, 405, `CONNECT with ${body.length} bytes: ${outcome.kind}`);
      assert.equal(codedError(outcome, 'CONNECT').code, 'BAD_REQUEST');
    }
    await stillAnswers();
  });

  it('answers a protocol upgrade request with a broken chunked body instead of waiting for it forever', async () => {
    // node's parser ignores the broken chunk of an upgrade request: without the refusal this waits for minutes.
    const outcome = await send('POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n');
    assert.equal(outcome.kind === 'response' && outcome.status, 400, outcome.kind);
    assert.equal(codedError(outcome, 'upgrade').code, 'BAD_REQUEST');
  });

  it('sends one answer only when a request refused early turns out to have a broken body', async () => {
    const outcome = await send('POST /graphql HTTP/1.1\r\nHost: [::1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n');
    assert.equal(outcome.kind === 'response' && outcome.status, 400);
    // Before, node's own 400 for the broken chunk followed the JSON body on the same connection.
    assert.doesNotMatch(outcome.kind === 'response' ? outcome.body.toString('latin1') : '', /HTTP\/1\.1/);
    codedError(outcome, 'early refusal');
  });
});
