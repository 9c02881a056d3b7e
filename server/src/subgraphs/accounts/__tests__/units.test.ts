import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { readIdentity } from '../../../core/caller.js';
import { CLIENT_ADDRESS_HEADER, createCallerHeaders, tokenFromRequest } from '../../../gateway/session.js';
import { hashPassword, verifyPassword } from '../password.js';
import { clearedSessionCookie, sessionCookie, tokenFromCookieHeader } from '../session-cookie.js';
import { newSessionToken, tokenHash } from '../session-token.js';

describe('passwords', () => {
  it('verifies the right password only, with a fresh salt per hash', async () => {
    const hash = await hashPassword('correct horse battery');
    assert.equal(await verifyPassword('correct horse battery', hash), true);
    assert.equal(await verifyPassword('correct horse batterY', hash), false);
    assert.notEqual(await hashPassword('correct horse battery'), hash);
    assert.equal(await verifyPassword('x', 'not-a-hash'), false);
  });
});

describe('session tokens', () => {
  it('accept only the exact signed token', () => {
    const { token, hash } = newSessionToken();
    assert.deepEqual(tokenHash(token), hash);
    const [id, signature] = token.split('.');
    assert.equal(tokenHash(`${id}x.${signature}`), null, 'changed id');
    assert.equal(tokenHash(`${id}.${signature!.slice(1)}`), null, 'changed signature');
    assert.equal(tokenHash(id!), null, 'no signature');
    assert.equal(tokenHash(`${token}.extra`), null);
  });
});

describe('the session cookie', () => {
  it('is read back from a Cookie header among others', () => {
    const { token } = newSessionToken();
    const cookie = sessionCookie(token).split(';')[0]!;
    assert.equal(tokenFromCookieHeader(`a=1; ${cookie}; b=2`), token);
    assert.equal(tokenFromCookieHeader('a=1'), null);
    assert.equal(tokenFromCookieHeader(clearedSessionCookie().split(';')[0]), null);
  });

  it('is Secure in production only', () => {
    const before = process.env.NODE_ENV;
    try {
      process.env.NODE_ENV = 'production';
      assert.ok(sessionCookie('t').endsWith('; Secure'));
      process.env.NODE_ENV = 'test';
      assert.ok(!sessionCookie('t').includes('Secure'));
    } finally {
      process.env.NODE_ENV = before;
    }
  });
});

describe('the gateway reads the caller once per client request', () => {
  const request = (headers: Record<string, string>) => new Request('http://gateway/graphql', { method: 'POST', headers });

  it('prefers the bearer token over the cookie', () => {
    assert.equal(tokenFromRequest(request({ authorization: 'Bearer abc.def', cookie: 'sessie=ghi.jkl' })), 'abc.def');
    assert.equal(tokenFromRequest(request({ cookie: 'sessie=ghi.jkl' })), 'ghi.jkl');
    assert.equal(tokenFromRequest(request({ authorization: 'Basic abc' })), null);
  });

  it('verifies a token once per request, skips the call without one, and signs the result', async () => {
    const calls: string[] = [];
    const caller = { id: 'u1', rol: 'PROFESSIONAL' as const, organisatieIds: ['o1'], sessieId: 's1' };
    const headersFor = createCallerHeaders(async (token) => {
      calls.push(token);
      return token === 'good' ? caller : null;
    });
    const withToken = request({ authorization: 'Bearer good', [CLIENT_ADDRESS_HEADER]: '10.1.2.3' });
    const [first, second] = await Promise.all([headersFor(withToken), headersFor(withToken)]);
    await headersFor(withToken);
    assert.deepEqual(calls, ['good']);
    assert.deepEqual(first, second);
    assert.deepEqual(readIdentity(first), { caller, viaGateway: true, clientAddress: '10.1.2.3' });

    const anonymous = await headersFor(request({}));
    assert.deepEqual(calls, ['good']);
    assert.deepEqual(readIdentity(anonymous), { caller: null, viaGateway: true, clientAddress: null });
    assert.equal(readIdentity(await headersFor(request({ authorization: 'Bearer revoked' }))).caller, null);
    assert.deepEqual(calls, ['good', 'revoked']);
  });
});
