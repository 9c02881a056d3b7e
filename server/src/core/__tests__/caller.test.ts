import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { CALLER_MAX_AGE_MS, readIdentity, signCallerHeaders, type Caller } from '../caller.js';

const caller: Caller = { id: 'u1', rol: 'REGIO_BEHEERDER', organisatieIds: ['o1'] };
const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'accepted';
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
};

describe('the gateway-signed caller header', () => {
  it('is accepted by the subgraph it was made for', () => {
    const headers = signCallerHeaders(caller, '10.0.0.1', 'catalog');
    assert.deepEqual(readIdentity(headers, 'catalog'), { caller, viaGateway: true, clientAddress: '10.0.0.1' });
  });

  it('is refused by any other subgraph (a captured header cannot be replayed elsewhere)', () => {
    const headers = signCallerHeaders(caller, '10.0.0.1', 'catalog');
    assert.equal(codeOf(() => readIdentity(headers, 'accounts')), 'UNAUTHENTICATED');
  });

  it('is refused when older than 30 seconds (or that far in the future)', () => {
    const now = Date.now();
    assert.equal(CALLER_MAX_AGE_MS, 30_000);
    const headers = signCallerHeaders(caller, null, 'catalog', now);
    assert.equal(codeOf(() => readIdentity(headers, 'catalog', now + 29_000)), 'accepted');
    assert.equal(codeOf(() => readIdentity(headers, 'catalog', now + 31_000)), 'UNAUTHENTICATED');
    assert.equal(codeOf(() => readIdentity(headers, 'catalog', now - 31_000)), 'UNAUTHENTICATED');
  });

  it('cannot have its audience changed without breaking the signature', () => {
    const headers = signCallerHeaders(caller, null, 'catalog');
    const payload = JSON.parse(Buffer.from(headers['x-caller']!, 'base64url').toString('utf8'));
    const moved = { ...headers, 'x-caller': Buffer.from(JSON.stringify({ ...payload, audience: 'accounts' })).toString('base64url') };
    assert.equal(codeOf(() => readIdentity(moved, 'accounts')), 'UNAUTHENTICATED');
  });

  it('treats a request without the headers as anonymous and not via the gateway', () => {
    assert.deepEqual(readIdentity({}, 'catalog'), { caller: null, viaGateway: false, clientAddress: null });
  });
});
