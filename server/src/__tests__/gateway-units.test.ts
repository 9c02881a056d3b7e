import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from '@jest/globals';
import { removeUnreferencedBestanden } from '../core/bestanden.js';
import { clientAddressOf, trustedProxyList } from '../gateway/client-address.js';
import { gatewayConfigFromEnv } from '../gateway/config.js';
import { AnonymousResponseStore, DEFAULT_RESPONSE_CACHE, responseCacheOptions } from '../gateway/response-cache.js';
import { requestIdOf } from '../core/log.js';
import { createSessionVerifier, SessionCheckUnavailable } from '../gateway/session.js';

describe('the client address behind trusted proxies', () => {
  const trusted = trustedProxyList(['127.0.0.1', '10.0.0.0/8', 'fd00::/8']);

  it('uses the socket address when the socket is not a trusted proxy, whatever X-Forwarded-For says', () => {
    assert.equal(clientAddressOf('198.51.100.1', '1.2.3.4', trusted), '198.51.100.1');
    assert.equal(clientAddressOf('::ffff:198.51.100.1', '1.2.3.4', trusted), '198.51.100.1');
  });

  it('takes the right-most address that is not a trusted proxy', () => {
    assert.equal(clientAddressOf('127.0.0.1', '203.0.113.5', trusted), '203.0.113.5');
    assert.equal(clientAddressOf('10.1.1.1', 'forged-by-client, 203.0.113.5, 10.2.2.2', trusted), '203.0.113.5');
    assert.equal(clientAddressOf('::ffff:127.0.0.1', ['1.1.1.1, 203.0.113.5', '10.9.9.9'], trusted), '203.0.113.5');
    assert.equal(clientAddressOf('fd12::1', '2001:db8::7', trusted), '2001:db8::7');
  });

  it('falls back to the last trusted hop when every hop is trusted or one is garbage', () => {
    assert.equal(clientAddressOf('127.0.0.1', '10.0.0.5, 10.0.0.6', trusted), '10.0.0.5');
    assert.equal(clientAddressOf('127.0.0.1', '', trusted), '127.0.0.1');
    assert.equal(clientAddressOf('127.0.0.1', 'not-an-ip', trusted), '127.0.0.1');
    assert.equal(clientAddressOf('127.0.0.1', '203.0.113.5, <script>, 10.0.0.6', trusted), '10.0.0.6');
  });

  it('refuses a TRUSTED_PROXIES entry that is not an address', () => {
    assert.throws(() => trustedProxyList(['localhost']), /TRUSTED_PROXIES/);
  });
});

describe('the request id', () => {
  it('keeps a sane client id and replaces anything else with a uuid', () => {
    assert.equal(requestIdOf('abc-DEF_123.x'), 'abc-DEF_123.x');
    for (const bad of [undefined, 'short', 'a b c d e f g', 'x'.repeat(129), '{"json":1}', ['abcdefgh', 'ijklmnop']]) {
      assert.match(requestIdOf(bad), /^[0-9a-f-]{36}$/, String(bad));
    }
  });
});

describe('the session check', () => {
  it('throws SessionCheckUnavailable when accounts cannot be reached, instead of answering anonymous', async () => {
    const verify = createSessionVerifier('http://127.0.0.1:9/graphql', 1000);
    await assert.rejects(verify('token'), SessionCheckUnavailable);
  });
});

describe('garbage collection of stored downloads', () => {
  it('removes old unreferenced files and leftovers, keeps referenced and recent ones', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'bestanden-gc-'));
    const [referenced, orphan, recent] = ['a', 'b', 'c'].map((c) => c.repeat(64)) as [string, string, string];
    const put = async (name: string, ageMs: number) => {
      await mkdir(path.join(dir, name.slice(0, 2)), { recursive: true });
      const file = path.join(dir, name.slice(0, 2), name);
      await writeFile(file, 'x');
      const when = new Date(Date.now() - ageMs);
      await utimes(file, when, when);
    };
    const hour = 60 * 60_000;
    await put(`${referenced}.pdf`, 2 * hour);
    await put(`${orphan}.pdf`, 2 * hour);
    await put(`${orphan}.png`, 2 * hour);
    await put(`${recent}.pdf`, 0);
    await put(`${orphan}.pdf.0123456789ab.tmp`, 2 * hour);
    const removed = await removeUnreferencedBestanden(new Set([referenced]), hour, dir);
    assert.deepEqual(removed.map((f) => path.basename(f)).sort(), [`${orphan}.pdf`, `${orphan}.pdf.0123456789ab.tmp`, `${orphan}.png`]);
    assert.deepEqual([...(await readdir(path.join(dir, 'aa')))], [`${referenced}.pdf`]);
    assert.deepEqual([...(await readdir(path.join(dir, 'bb')))], []);
    assert.deepEqual([...(await readdir(path.join(dir, 'cc')))], [`${recent}.pdf`]);
  });
});

describe('the response cache settings', () => {
  it('caches anonymous reads when the gateway has a database, unless RESPONSE_CACHE=off', () => {
    const withDatabase = gatewayConfigFromEnv({ DATABASE_URL: 'postgres://example/db' });
    assert.equal(withDatabase.responseCache, true);
    assert.equal(gatewayConfigFromEnv({ DATABASE_URL: 'postgres://example/db', RESPONSE_CACHE: 'off' }).responseCache, false);
    // No listener is started and no cache option is handed to the runtime when it is off or has no database.
    assert.deepEqual(responseCacheOptions({ ...withDatabase, responseCache: false }), {});
    assert.deepEqual(responseCacheOptions(gatewayConfigFromEnv({})), {});
  });
});

describe('the anonymous response store', () => {
  const settings = { ...DEFAULT_RESPONSE_CACHE, settleMs: 100 };
  const missThenStore = (store: AnonymousResponseStore, key: string) => {
    assert.equal(store.get(key), undefined);
    store.set(key, { data: key });
  };

  it('keeps what it stores after a change without a settle window (LISTEN starting, a reconnect)', async () => {
    const store = new AnonymousResponseStore(settings);
    store.active = true;
    store.changed(0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    missThenStore(store, 'a');
    // A change without a window must not keep clearing the store afterwards.
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual(store.get('a'), { data: 'a' });
  });

  it('stores nothing inside a settle window, nor what missed inside it, and stores again after it', async () => {
    const store = new AnonymousResponseStore(settings);
    store.active = true;
    store.changed(settings.settleMs);
    missThenStore(store, 'b');
    assert.equal(store.size, 0, 'inside the window');
    assert.equal(store.get('c'), undefined); // misses inside the window ...
    await new Promise((resolve) => setTimeout(resolve, settings.settleMs + 50));
    store.set('c', { data: 'c' }); // ... and completes after it: not stored
    assert.equal(store.size, 0, 'a read that started inside the window');
    missThenStore(store, 'd');
    assert.deepEqual(store.get('d'), { data: 'd' });
  });
});
