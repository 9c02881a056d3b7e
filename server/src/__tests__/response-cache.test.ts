import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { gatewayConfigFromEnv } from '../gateway/config.js';
import { startGateway } from '../gateway/gateway.js';
import { startTestPlatform, type GraphQLResponse, type TestPlatform } from '../test-support/harness.js';

const PAGE = `query Page($id: ID!) {
  instrument(id: $id) { id naam contactpersonen { contactpersoon { id naam } } }
}`;

/**
 * The gateway's response cache of anonymous reads. The harness's gateway has no database URL (cache off), so
 * these tests start a second gateway with one in front of the same subgraphs.
 * "Served from the cache" shows as data changed behind the cache's back (SQL on a table without change
 * notifications) that an anonymous caller does not see and a logged-in caller does.
 */
describe('response cache for anonymous reads', () => {
  let platform: TestPlatform;
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  let catalog: DataSource;
  let beheerder: Record<string, string>;
  let instrumentId: string;
  let contactpersoonId: string;

  const gql = async <T = Record<string, any>>(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as GraphQLResponse<T>;
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data as T;
  };
  const page = (headers?: Record<string, string>) => gql(PAGE, { id: instrumentId }, headers).then((d) => d.instrument);
  const contactNaam = (p: any) => p.contactpersonen.find((c: any) => c.contactpersoon.id === contactpersoonId).contactpersoon.naam;

  /** Anonymous reads until `seen` holds, for at most `ms`; returns how long it took. */
  async function visibleWithin(ms: number, seen: (p: any) => boolean): Promise<number> {
    const started = Date.now();
    while (!seen(await page())) {
      if (Date.now() - started > ms) assert.fail(`not visible to anonymous callers within ${ms} ms`);
      await sleep(20);
    }
    return Date.now() - started;
  }

  /**
   * Waits until a repeated anonymous read is answered from the cache: it serves once it listens for changes, and
   * stores nothing for a few seconds after a write. Renames the contactpersoon behind its back (no notification).
   */
  async function servedFromCache(): Promise<void> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      await page();
      const seen = contactNaam(await page());
      await catalog.query('UPDATE contactpersoon SET naam = $2 WHERE id = $1', [contactpersoonId, `Stil gewijzigd ${Date.now()}`]);
      if (contactNaam(await page()) === seen) return;
      if (Date.now() > deadline) assert.fail('the response cache never served a read');
      await sleep(200);
    }
  }

  beforeAll(async () => {
    platform = await startTestPlatform({ demoInstruments: 10 });
    catalog = platform.subgraphs.find((s) => s.definition.name === 'catalog')!.dataSource;
    const accounts = platform.subgraphs.find((s) => s.definition.name === 'accounts')!;
    gateway = await startGateway({
      supergraphSdl: platform.supergraphSdl,
      port: 0,
      accountsUrl: accounts.url,
      config: gatewayConfigFromEnv(process.env, { databaseUrl: platform.databaseUrl }),
    });
    // An externe contactpersoon: anonymous readers (the cache's) see only those.
    [{ instrument_id: instrumentId, contactpersoon_id: contactpersoonId }] = await catalog.query(
      `SELECT ic.instrument_id, ic.contactpersoon_id FROM instrument_contactpersoon ic JOIN instrument i ON i.id = ic.instrument_id
        WHERE i.publiceren AND i.publiceer_vanaf IS NULL AND i.publiceer_tot_en_met IS NULL AND ic.soort = 'EXTERN' LIMIT 1`,
    );
    await platform.createGebruiker({ email: 'landelijk@test.nl', rol: 'LANDELIJK_BEHEERDER' });
    beheerder = platform.bearer(await platform.login('landelijk@test.nl'));
    await servedFromCache();
  });
  afterAll(async () => {
    await gateway?.close();
    await platform?.close();
  });

  it('serves a repeated anonymous read from the cache, and never a logged-in one', async () => {
    await servedFromCache();
    const cached = contactNaam(await page());
    // contactpersoon has no change notification: only the subgraph can know about this.
    await catalog.query('UPDATE contactpersoon SET naam = $2 WHERE id = $1', [contactpersoonId, 'Achter de cache om']);
    assert.equal(contactNaam(await page()), cached, 'anonymous: the cached response');
    assert.equal(contactNaam(await page(beheerder)), 'Achter de cache om', 'logged in: straight from the subgraph');
    assert.equal(contactNaam(await page({ authorization: 'Bearer geen.geldig.token' })), 'Achter de cache om', 'any token bypasses the cache');
  });

  it('shows an instrument edit made through the gateway to the next anonymous reads within a second', async () => {
    await servedFromCache();
    const { version } = (await gql<{ beheerInstrument: { version: number } }>('query($id: ID!) { beheerInstrument(id: $id) { version } }', { id: instrumentId }, beheerder)).beheerInstrument;
    await gql('mutation($id: ID!, $v: Int!, $input: UpdateInstrumentInput!) { updateInstrument(id: $id, version: $v, input: $input) { id } }', { id: instrumentId, v: version, input: { naam: 'Bewerkt via de gateway' } }, beheerder);
    await visibleWithin(1000, (p) => p.naam === 'Bewerkt via de gateway');
  });

  it('empties on the catalog change notification, also for a write that bypasses the gateway', async () => {
    await servedFromCache();
    await catalog.query('UPDATE instrument SET naam = $2 WHERE id = $1', [instrumentId, 'Bewerkt in SQL']);
    await visibleWithin(1000, (p) => p.naam === 'Bewerkt in SQL');
  });

  it('empties on a logged-in mutation of a table without notifications', async () => {
    await servedFromCache();
    const [{ version }] = await catalog.query('SELECT version FROM contactpersoon WHERE id = $1', [contactpersoonId]);
    await gql('mutation($id: ID!, $v: Int!, $input: UpdateContactpersoonInput!) { updateContactpersoon(id: $id, version: $v, input: $input) { id } }', { id: contactpersoonId, v: version, input: { naam: 'Bewerkt contact' } }, beheerder);
    await visibleWithin(1000, (p) => contactNaam(p) === 'Bewerkt contact');
  });
});
