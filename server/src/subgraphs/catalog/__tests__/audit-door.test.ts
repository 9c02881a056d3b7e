import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { startTestPlatform, type TestPlatform } from '../../../test-support/harness.js';

const LOG = 'query($id: ID!) { auditLog(entiteitId: $id) { nodes { actie gebruikerId door { id naam } } } }';

describe('auditLog: who changed it, by naam, through the gateway', () => {
  let platform: TestPlatform;
  let landelijk: Record<string, string>;

  beforeAll(async () => {
    platform = await startTestPlatform({ demoInstruments: 3, demoAccounts: true });
    landelijk = platform.bearer(await platform.login('landelijk@demo.nl', 'demo-wachtwoord'));
  });
  afterAll(() => platform?.close());

  it("names the beheerder (accounts' Auteur) and leaves the system's own changes without a name", async () => {
    const me: any = await platform.gql('{ me { id naam } }', {}, landelijk);
    const list: any = await platform.gql('{ mijnInstrumenten(first: 1) { nodes { id naam version } } }', {}, landelijk);
    const instrument = list.data.mijnInstrumenten.nodes[0];
    const updated: any = await platform.gql(
      'mutation($id: ID!, $v: Int!, $naam: String) { updateInstrument(id: $id, version: $v, input: { naam: $naam }) { version } }',
      { id: instrument.id, v: instrument.version, naam: `${instrument.naam} (gewijzigd)` },
      landelijk,
    );
    assert.equal(updated.errors, undefined, JSON.stringify(updated.errors));

    const catalog = platform.subgraphs.find((s) => s.definition.name === 'catalog')!.dataSource;
    await catalog.query(
      `INSERT INTO audit_record (gebruiker_id, organisatie_id, entiteit, entiteit_id, actie, velden, voor, na, tijdstip)
       SELECT '00000000-0000-0000-0000-000000000000', organisatie_id, 'Instrument', id, 'definitief verwijderd', '{}', NULL, NULL, now() + interval '1 second'
       FROM instrument WHERE id = $1`,
      [instrument.id],
    );

    const log: any = await platform.gql(LOG, { id: instrument.id }, landelijk);
    assert.equal(log.errors, undefined, JSON.stringify(log.errors));
    const [systeem, wijziging] = log.data.auditLog.nodes;
    assert.deepEqual(systeem, { actie: 'definitief verwijderd', gebruikerId: '00000000-0000-0000-0000-000000000000', door: null });
    assert.deepEqual(wijziging, { actie: 'gewijzigd', gebruikerId: me.data.me.id, door: { id: me.data.me.id, naam: me.data.me.naam } });
  });
});
