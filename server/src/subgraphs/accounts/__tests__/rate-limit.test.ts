import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { startTestPlatform, TEST_PASSWORD, type TestPlatform } from '../../../test-support/harness.js';

const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';

// Its own platform: once the address is blocked, no login from this test process works any more.
describe('failed logins are limited per client address', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform();
  });
  afterAll(() => platform.close());

  it('blocks the address after 20 failures over any accounts; a client-sent address header does not help', async () => {
    await platform.createGebruiker({ email: 'echt@test.nl', rol: 'PROFESSIONAL' });
    for (let i = 1; i <= 20; i++) {
      const result = await platform.gql(LOGIN, { email: `onbekend-${i}@test.nl`, password: 'probeer-maar' });
      assert.equal(result.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED', `attempt ${i}`);
    }
    // (X-Forwarded-For is believed from trusted proxies only, loopback by default: gateway-http.test.ts.)
    for (const headers of <Record<string, string>[]>[{}, { 'x-gateway-client-address': '192.0.2.44' }]) {
      const blocked = await platform.gql(LOGIN, { email: 'echt@test.nl', password: TEST_PASSWORD }, headers);
      assert.equal(blocked.errors?.[0]?.extensions?.code, 'FORBIDDEN', JSON.stringify(blocked));
      assert.ok(blocked.errors![0]!.extensions!.retryAfterSeconds > 0);
    }
    const [{ count }] = await platform.subgraphs.find((s) => s.definition.name === 'accounts')!.dataSource.query(
      `SELECT count(*)::int AS count FROM accounts.login_limiet WHERE key LIKE 'adres:%'`,
    );
    assert.equal(count, 1, 'one shared counter for the address, kept in PostgreSQL');
  });
});
