import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { startTestPlatform, type TestPlatform } from '../test-support/harness.js';

/** The beheeromgeving's history says who changed an instrument by naam: the catalog's id, accounts' naam. */
describe('auditLog: AuditRecord.door through the gateway', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform({ demoInstruments: 5 });
  });
  afterAll(() => platform.close());

  it("resolves the beheerder's naam of each change, and null for an account that is gone", async () => {
    const ds = (name: string) => platform.subgraphs.find((s) => s.definition.name === name)!.dataSource;
    const [{ organisatieId, aanbiederId }] = await ds('catalog').query('SELECT organisatie_id AS "organisatieId", id AS "aanbiederId" FROM aanbieder ORDER BY naam LIMIT 1');
    await platform.createGebruiker({ email: 'wie@test.nl', naam: 'Wendy Wijziger', rol: 'REGIO_BEHEERDER', organisatieIds: [organisatieId] });
    const regio = platform.bearer(await platform.login('wie@test.nl'));
    const created = await platform.gql('mutation($input: CreateInstrumentInput!) { createInstrument(input: $input) { id } }', {
      input: { gids: 'DENNIS', organisatieId, aanbiederId, naam: 'Proefplaatsing', korteBeschrijving: 'Een werkgever probeert een kandidaat uit.' },
    }, regio);
    assert.equal(created.errors, undefined, JSON.stringify(created.errors));
    const id = created.data!.createInstrument.id;
    const query = 'query($id: ID!) { auditLog(entiteitId: $id) { nodes { actie gebruikerId door { id naam } } } }';

    const log = await platform.gql(query, { id }, regio);
    assert.equal(log.errors, undefined, JSON.stringify(log.errors));
    const [entry] = log.data!.auditLog.nodes;
    assert.deepEqual(entry.door, { id: entry.gebruikerId, naam: 'Wendy Wijziger' });

    // A record written under an id accounts does not know (an account removed since): the entry stays, without a naam.
    await ds('catalog').query('UPDATE audit_record SET gebruiker_id = $2 WHERE entiteit_id = $1', [id, '00000000-0000-4000-8000-000000000000']);
    const orphan = await platform.gql(query, { id }, regio);
    assert.equal(orphan.errors, undefined, JSON.stringify(orphan.errors));
    assert.deepEqual(orphan.data!.auditLog.nodes, [{ actie: 'aangemaakt', gebruikerId: '00000000-0000-4000-8000-000000000000', door: null }]);
  });
});
