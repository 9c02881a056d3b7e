import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { readIdentity } from '../../../core/caller.js';
import { CLIENT_ADDRESS_HEADER, createCallers, tokenFromRequest } from '../../../gateway/session.js';
import { hashPassword, verifyPassword } from '../password.js';
import { tokenFromCookieHeader } from '../../../core/session-cookie.js';
import { clearedSessionCookie, sessionCookie } from '../session-cookie.js';
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

  it('is __Host-sessie in production (Secure, Path=/, no Domain) and sessie elsewhere; each reads only its own name', () => {
    const production = sessionCookie('abc.def', true);
    assert.equal(production, '__Host-sessie=abc.def; Max-Age=43200; HttpOnly; SameSite=Lax; Path=/; Secure');
    assert.ok(!/domain=/i.test(production));
    assert.equal(clearedSessionCookie(true), '__Host-sessie=; Max-Age=0; HttpOnly; SameSite=Lax; Path=/; Secure');
    assert.equal(sessionCookie('abc.def', false), 'sessie=abc.def; Max-Age=43200; HttpOnly; SameSite=Lax; Path=/');
    const both = 'sessie=plain.token; __Host-sessie=host.token';
    assert.equal(tokenFromCookieHeader(both, true), 'host.token');
    assert.equal(tokenFromCookieHeader(both, false), 'plain.token');
    // In production a plain `sessie` cookie (which a subdomain or http page could plant) is ignored.
    assert.equal(tokenFromCookieHeader('sessie=plain.token', true), null);
    assert.equal(tokenFromCookieHeader('__Host-sessie=host.token', false), null);
  });

  it('follows NODE_ENV when no flag is given, also in the gateway', () => {
    const before = process.env.NODE_ENV;
    const request = new Request('http://gateway/graphql', { headers: { cookie: 'sessie=plain.token; __Host-sessie=host.token' } });
    try {
      process.env.NODE_ENV = 'production';
      assert.ok(sessionCookie('t').startsWith('__Host-sessie=t;'));
      assert.equal(tokenFromRequest(request), 'host.token');
      process.env.NODE_ENV = 'test';
      assert.ok(sessionCookie('t').startsWith('sessie=t;'));
      assert.equal(tokenFromRequest(request), 'plain.token');
    } finally {
      if (before === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = before;
    }
  });

  it('treats a malformed escape as no token instead of failing the request', () => {
    assert.equal(tokenFromCookieHeader('sessie=%E0%A4%A', false), null);
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

  it('verifies a token once per request, skips the call without one, and signs the result per subgraph', async () => {
    const calls: string[] = [];
    const caller = { id: 'u1', rol: 'PROFESSIONAL' as const, organisatieIds: ['o1'], sessieId: 's1' };
    const { headersFor } = createCallers(async (token: string) => {
      calls.push(token);
      return token === 'good' ? caller : null;
    });
    const withToken = request({ authorization: 'Bearer good', [CLIENT_ADDRESS_HEADER]: '10.1.2.3' });
    const [first, second] = await Promise.all([headersFor(withToken, 'catalog'), headersFor(withToken, 'accounts')]);
    await headersFor(withToken, 'catalog');
    assert.deepEqual(calls, ['good']);
    assert.deepEqual(readIdentity(first, 'catalog'), { caller, viaGateway: true, clientAddress: '10.1.2.3' });
    assert.deepEqual(readIdentity(second, 'accounts'), { caller, viaGateway: true, clientAddress: '10.1.2.3' });

    const anonymous = await headersFor(request({}), 'catalog');
    assert.deepEqual(calls, ['good']);
    assert.deepEqual(readIdentity(anonymous, 'catalog'), { caller: null, viaGateway: true, clientAddress: null });
    assert.equal(readIdentity(await headersFor(request({ authorization: 'Bearer revoked' }), 'catalog'), 'catalog').caller, null);
    assert.deepEqual(calls, ['good', 'revoked']);
  });
});
