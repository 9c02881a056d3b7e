import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { migrationContract } from '../../../test-support/migration-contract.js';
import { startSubgraphUnderTest, type SubgraphUnderTest } from '../../../test-support/subgraph.js';
import { DEMO_ORGANISATIES } from '../../../fixtures/demo-organisaties.js';
import { DEMO_PROFESSIONALS } from '../../../fixtures/demo-professionals.js';
import { accountsDefinition as accounts } from '../definition.js';
import { DEMO_PASSWORD } from '../seed/demo-accounts.js';
import { verifyPassword } from '../password.js';

describe('accounts migrations and demo seed', () => {
  const migrated = migrationContract(accounts);

  const snapshot = () =>
    migrated.ds.query(`SELECT g.id, g.email, g.naam, g.rol, g.wachtwoord_hash, g.updated_at, array_agg(o.organisatie_id ORDER BY o.organisatie_id) AS organisaties
              FROM gebruiker g LEFT JOIN gebruiker_organisatie o ON o.gebruiker_id = g.id GROUP BY g.id ORDER BY g.email`);

  it('creates no demo accounts unless asked', async () => {
    await accounts.seed(migrated.ds, { demoInstruments: 0 });
    assert.deepEqual(await snapshot(), []);
  });

  it('creates the demo accounts with the demo organisaties of the catalog generator, once', async () => {
    await accounts.seed(migrated.ds, { demoInstruments: 0, demoAccounts: true });
    const first = await snapshot();
    assert.deepEqual(first.map((g: { email: string; rol: string }) => [g.email, g.rol]).sort((a: string[], b: string[]) => a[0]!.localeCompare(b[0]!)), [
      ...DEMO_PROFESSIONALS.map((p) => [p.email, 'PROFESSIONAL']),
      ['landelijk@demo.nl', 'LANDELIJK_BEHEERDER'],
      ['regio@demo.nl', 'REGIO_BEHEERDER'],
    ].sort((a, b) => a[0]!.localeCompare(b[0]!)));
    // The demo reviews name the professionals by these fixed ids.
    for (const professional of DEMO_PROFESSIONALS) assert.equal(first.find((g: { email: string }) => g.email === professional.email).id, professional.id);
    const byNaam = new Map(DEMO_ORGANISATIES.map((o) => [o.naam, o.id]));
    const regio = first.find((g: { email: string }) => g.email === 'regio@demo.nl');
    assert.deepEqual(regio.organisaties, [byNaam.get('Werkbedrijf Groot Amsterdam'), byNaam.get('Werkbedrijf Rijnmond')].sort());
    assert.ok(await verifyPassword(DEMO_PASSWORD, regio.wachtwoord_hash));
    await accounts.seed(migrated.ds, { demoInstruments: 0, demoAccounts: true });
    assert.deepEqual(await snapshot(), first, 'seeding again changes nothing');
  });

  it('refuses two accounts whose e-mail differs only in case (stored lower-cased, checked by the database too)', async () => {
    await assert.rejects(
      migrated.ds.query(`INSERT INTO gebruiker (email, naam, rol, wachtwoord_hash) VALUES ('Hoofd@Letter.nl', 'x', 'PROFESSIONAL', 'x')`),
      /gebruiker_email_lower/,
    );
  });
});

describe('accounts in process', () => {
  let sg: SubgraphUnderTest;
  let regio: { id: string; organisatieIds: string[] };

  beforeAll(async () => {
    sg = await startSubgraphUnderTest(accounts, 0);
    await accounts.seed(sg.dataSource, { demoInstruments: 0, demoAccounts: true });
    const [row] = await sg.dataSource.query(`SELECT id FROM gebruiker WHERE email = 'regio@demo.nl'`);
    const organisaties = await sg.dataSource.query(`SELECT organisatie_id FROM gebruiker_organisatie WHERE gebruiker_id = $1 ORDER BY 1`, [row.id]);
    regio = { id: row.id, organisatieIds: organisaties.map((o: { organisatie_id: string }) => o.organisatie_id) };
  });
  afterAll(() => sg.close());

  it('answers me from the signed caller, with the organisaties as references, in two statements', async () => {
    sg.counter.reset();
    const result = await sg.execute('{ me { email rol organisaties { id } } }', {}, { id: regio.id, rol: 'REGIO_BEHEERDER', organisatieIds: regio.organisatieIds });
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    assert.deepEqual(JSON.parse(JSON.stringify(result.data)), { me: { email: 'regio@demo.nl', rol: 'REGIO_BEHEERDER', organisaties: regio.organisatieIds.map((id) => ({ id })) } });
    assert.equal(sg.counter.count, 2);
    assert.equal((await sg.execute('{ me { email } }', {}, null)).data!.me, null);
    assert.equal((await sg.execute('{ me { email } }')).data!.me, null);
  });

  it('logs in through a gateway-signed request and refuses an unsigned one', async () => {
    const login = 'mutation { login(email: "regio@demo.nl", password: "demo-wachtwoord") { token gebruiker { email } } }';
    const signed = await sg.execute(login, {}, null);
    assert.equal(signed.errors, undefined, JSON.stringify(signed.errors));
    assert.match(signed.data!.login.token, /^[\w-]{43}\.[\w-]{43}$/);
    assert.equal((await sg.execute(login)).errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
  });
});
