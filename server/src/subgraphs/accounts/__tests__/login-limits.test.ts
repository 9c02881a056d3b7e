import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { GraphQLError } from 'graphql';
import { startSubgraphUnderTest, type SubgraphUnderTest } from '../../../test-support/subgraph.js';
import { TEST_PASSWORD } from '../../../test-support/harness.js';
import { accountsDefinition } from '../definition.js';
import { createServices, type AccountsServices } from '../accounts.context.js';
import { Rol } from '../accounts.enums.js';
import { DEFAULT_LOGIN_LIMITS, type LoginLimits } from '../login-limiter.js';

// The services on a real, migrated database, called with the client address the gateway would sign: these
// tests need many addresses, and the platform's HTTP requests all come from 127.0.0.1.

type Outcome = { code: string; retryAfterSeconds?: number; message: string } | 'ok';
const outcome = async (work: Promise<unknown>): Promise<Outcome> => {
  try {
    await work;
    return 'ok';
  } catch (error) {
    const { extensions, message } = error as GraphQLError;
    if (typeof extensions?.code !== 'string') throw error;
    return { code: extensions.code, retryAfterSeconds: extensions.retryAfterSeconds as number | undefined, message };
  }
};
const codes = (outcomes: Outcome[]) => outcomes.map((o) => (o === 'ok' ? 'ok' : o.code)).sort();
const count = (outcomes: Outcome[], code: string) => codes(outcomes).filter((c) => c === code).length;

describe('login limits, taken before the password is checked', () => {
  let sg: SubgraphUnderTest;
  let seq = 0;

  beforeAll(async () => {
    sg = await startSubgraphUnderTest(accountsDefinition, 0);
  });
  afterAll(() => sg.close());

  /** Fresh services with their own limits, and a fresh account (e-mail addresses never repeat across tests). */
  const setUp = async (limits: Partial<LoginLimits> = {}) => {
    const services: AccountsServices = createServices(sg.dataSource, { ...DEFAULT_LOGIN_LIMITS, ...limits });
    const email = `limiet-${++seq}@test.nl`;
    const gebruiker = await services.gebruikers.create({ email, naam: 'Limiet', rol: Rol.PROFESSIONAL, organisatieIds: [], password: TEST_PASSWORD });
    return { services, email, gebruiker };
  };
  const soorten = async (gebruikerId: string) =>
    (await sg.dataSource.query(`SELECT soort, count(*)::int AS n FROM account_gebeurtenis WHERE gebruiker_id = $1 GROUP BY soort ORDER BY soort::text`, [gebruikerId])).map(
      (r: { soort: string; n: number }) => `${r.soort}:${r.n}`,
    );

  it('checks at most the limit of a burst of parallel wrong logins; the rest is refused with a retry time', async () => {
    const { services, email, gebruiker } = await setUp();
    const burst = await Promise.all(Array.from({ length: 20 }, (_, i) => outcome(services.auth.login(email, `gok-${i}`, '198.51.100.7'))));
    assert.equal(count(burst, 'UNAUTHENTICATED'), 5, JSON.stringify(burst));
    assert.equal(count(burst, 'FORBIDDEN'), 15);
    for (const o of burst) if (o !== 'ok' && o.code === 'FORBIDDEN') assert.ok(o.retryAfterSeconds! > 0 && o.retryAfterSeconds! <= 900, JSON.stringify(o));
    assert.deepEqual(await soorten(gebruiker.id), ['GEBRUIKER_AANGEMAAKT:1', 'LOGIN_MISLUKT:5', 'GEWEIGERD_DOOR_LIMIET:15'].sort());
  });

  it('checks at most the limit of a burst of wrong current passwords in wijzigWachtwoord', async () => {
    const { services, email, gebruiker } = await setUp();
    const caller = { id: gebruiker.id, rol: gebruiker.rol, organisatieIds: [] };
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, i) => outcome(services.auth.wijzigWachtwoord(caller, `gok-nummer-${i}`, 'een-nieuw-wachtwoord', '198.51.100.8'))),
    );
    assert.equal(count(burst, 'BAD_USER_INPUT'), 5, JSON.stringify(burst));
    assert.equal(count(burst, 'FORBIDDEN'), 15);
    // The limit is shared with login: from that address the account is refused, even with the right password.
    assert.equal(count([await outcome(services.auth.login(email, TEST_PASSWORD, '198.51.100.8'))], 'FORBIDDEN'), 1);
    assert.equal(await outcome(services.auth.login(email, TEST_PASSWORD, '198.51.100.9')), 'ok');
  });

  it('counts IPv6 addresses per /64: two addresses in one /64 share the count, the next /64 does not', async () => {
    const { services, email } = await setUp({ perAddress: 3 });
    for (const [i, address] of ['2001:db8:1:2::1', '2001:db8:1:2::2', '2001:db8:1:2:abcd::3'].entries()) {
      const result = await outcome(services.auth.login(`onbekend-${seq}-${i}@test.nl`, 'probeer-maar', address));
      assert.equal(result !== 'ok' && result.code, 'UNAUTHENTICATED', address);
    }
    const sameBlock = await outcome(services.auth.login(email, TEST_PASSWORD, '2001:DB8:1:2:ffff:ffff:ffff:ffff'));
    assert.equal(sameBlock !== 'ok' && sameBlock.code, 'FORBIDDEN');
    assert.equal(await outcome(services.auth.login(email, TEST_PASSWORD, '2001:db8:1:3::1')), 'ok');
    const rows = await sg.dataSource.query(`SELECT key, points FROM login_limiet WHERE key LIKE 'adres:2001:db8:1:%' ORDER BY key`);
    assert.deepEqual(rows, [
      { key: 'adres:2001:db8:1:2::/64', points: 4 },
      // The successful login gave its point back.
      { key: 'adres:2001:db8:1:3::/64', points: 0 },
    ]);
  });

  it('keeps the owner able to log in: a guesser locks out only their own address; spread-out guessing only slows down', async () => {
    const firstDelaySeconds = 3;
    const { services, email } = await setUp({ firstDelaySeconds, maxDelaySeconds: 60 });
    const attacker = '203.0.113.66';
    const owner = '192.0.2.10';
    for (let i = 1; i <= 5; i++) {
      const guess = await outcome(services.auth.login(email, `gok-${i}`, attacker));
      assert.equal(guess !== 'ok' && guess.code, 'UNAUTHENTICATED', `guess ${i}`);
    }
    const attackerRefused = await outcome(services.auth.login(email, TEST_PASSWORD, attacker));
    assert.ok(attackerRefused !== 'ok' && attackerRefused.code === 'FORBIDDEN' && attackerRefused.retryAfterSeconds! > 800, JSON.stringify(attackerRefused));
    assert.match((attackerRefused as { message: string }).message, /Probeer het over \d+ minuten opnieuw\./);
    // The owner, elsewhere, gets in at once: the account itself is not locked.
    assert.equal(await outcome(services.auth.login(email, TEST_PASSWORD, owner)), 'ok');
    assert.notEqual(await outcome(services.auth.login(email, TEST_PASSWORD, attacker)), 'ok', 'the guessing address stays refused');

    // Guessing from many addresses: after 5 free failures, each further one makes the next check wait, doubling.
    const from = (i: number) => `203.0.113.${100 + i}`;
    for (let i = 1; i <= 5; i++) assert.notEqual(await outcome(services.auth.login(email, `gok-${i}`, from(i))), 'ok');
    const sixth = await outcome(services.auth.login(email, 'gok-6', from(6)));
    assert.equal(sixth !== 'ok' && sixth.code, 'UNAUTHENTICATED', 'the first failure beyond the free ones is still checked');
    const waitOne = await outcome(services.auth.login(email, TEST_PASSWORD, owner));
    assert.ok(waitOne !== 'ok' && waitOne.code === 'FORBIDDEN', JSON.stringify(waitOne));
    assert.ok(waitOne.retryAfterSeconds! >= 1 && waitOne.retryAfterSeconds! <= firstDelaySeconds, JSON.stringify(waitOne));
    assert.match(waitOne.message, /Probeer het over \d+ seconden? opnieuw\./);
    await sleep(waitOne.retryAfterSeconds! * 1000 + 200);
    assert.equal(count([await outcome(services.auth.login(email, 'gok-7', from(7)))], 'UNAUTHENTICATED'), 1);
    const waitTwo = await outcome(services.auth.login(email, TEST_PASSWORD, owner));
    assert.ok(waitTwo !== 'ok' && waitTwo.code === 'FORBIDDEN');
    assert.ok(waitTwo.retryAfterSeconds! > firstDelaySeconds && waitTwo.retryAfterSeconds! <= 2 * firstDelaySeconds, `doubled: ${JSON.stringify(waitTwo)}`);
    // A refused attempt checks nothing and costs the owner nothing: after the wait the owner gets in.
    await sleep(waitTwo.retryAfterSeconds! * 1000 + 200);
    assert.equal(await outcome(services.auth.login(email, TEST_PASSWORD, owner)), 'ok');
  });

  it('caps the delay', async () => {
    const { services, email } = await setUp({ accountFreeAttempts: 0, firstDelaySeconds: 40, maxDelaySeconds: 50 });
    assert.notEqual(await outcome(services.auth.login(email, 'gok-1', '203.0.113.201')), 'ok');
    const first = await outcome(services.auth.login(email, 'gok-2', '203.0.113.202'));
    assert.ok(first !== 'ok' && first.retryAfterSeconds! <= 40 && first.retryAfterSeconds! > 30, JSON.stringify(first));
    // Move the gate's window to its end instead of waiting 40 seconds.
    await sg.dataSource.query(`UPDATE login_limiet SET expire = 0 WHERE key = 'account-wacht:' || encode(sha256(convert_to($1, 'UTF8')), 'hex')`, [email]);
    assert.notEqual(await outcome(services.auth.login(email, 'gok-3', '203.0.113.203')), 'ok');
    const capped = await outcome(services.auth.login(email, 'gok-4', '203.0.113.204'));
    assert.ok(capped !== 'ok' && capped.retryAfterSeconds! > 40 && capped.retryAfterSeconds! <= 50, `80 s capped at 50: ${JSON.stringify(capped)}`);
  });
});
