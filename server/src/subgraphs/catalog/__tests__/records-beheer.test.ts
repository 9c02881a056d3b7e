import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { Caller } from '../../../core/caller.js';
import type { GraphQLResponse } from '../../../test-support/harness.js';
import { startSubgraphUnderTest, type SubgraphUnderTest } from '../../../test-support/subgraph.js';
import { catalogDefinition } from '../definition.js';
import { doelgroepAuditId } from '../beheer/doelgroep-beheer.service.js';

function code(result: GraphQLResponse): string | undefined {
  return result.errors?.[0]?.extensions?.code as string | undefined;
}

function fields(result: GraphQLResponse): string[] {
  return ((result.errors?.[0]?.extensions?.fields ?? []) as { field: string }[]).map((f) => f.field).sort();
}

function ok<T>(result: GraphQLResponse<T>): T {
  assert.equal(result.errors, undefined, JSON.stringify(result.errors));
  return JSON.parse(JSON.stringify(result.data)) as T;
}

const CREATE_AANBIEDER = `mutation($input: CreateAanbiederInput!) { createAanbieder(input: $input) { id version naam website email telefoon } }`;
const UPDATE_AANBIEDER = `mutation($id: ID!, $v: Int!, $input: UpdateAanbiederInput!) { updateAanbieder(id: $id, version: $v, input: $input) { id version naam website email telefoon } }`;
const DELETE_AANBIEDER = `mutation($id: ID!, $v: Int!) { deleteAanbieder(id: $id, version: $v) }`;
const CREATE_CONTACT = `mutation($input: CreateContactpersoonInput!) { createContactpersoon(input: $input) { id version naam email telefoon } }`;
const DELETE_CONTACT = `mutation($id: ID!, $v: Int!) { deleteContactpersoon(id: $id, version: $v) }`;
const SET_CONTACTEN = `mutation($id: ID!, $c: [ContactpersoonKoppelingInput!]!) {
  setAanbiederContactpersonen(aanbiederId: $id, contactpersonen: $c) { id contactpersonen { soort label contactpersoon { id naam } } } }`;
const KOPPEL = `mutation($a: ID!, $i: ID!, $v: Int!) { koppelInstrumentAanAanbieder(aanbiederId: $a, instrumentId: $i, version: $v) { id aanbieder { id } } }`;
const CREATE_ADRES = `mutation($input: CreateAdresInput!) { createAdres(input: $input) { id version straat huisnummer postcode plaats } }`;
const CREATE_WIJK = `mutation($input: CreateWijkInput!) { createWijk(input: $input) { id version naam gemeente { code } } }`;
const CREATE_DOELGROEP = `mutation($input: CreateDoelgroepInput!) { createDoelgroep(input: $input) { code version naam } }`;

describe('beheer of aanbieders, contactpersonen, adressen, wijken en doelgroepen', () => {
  let sg: SubgraphUnderTest;
  let orgA: string;
  let orgB: string;
  let instrumentA: string;
  let regioA: Caller;
  let landelijk: Caller;
  let professional: Caller;

  const audits = (entiteitId: string): Promise<{ actie: string; velden: string[]; voor: any; na: any; organisatie_id: string; gebruiker_id: string }[]> =>
    sg.dataSource.query('SELECT actie, velden, voor, na, organisatie_id, gebruiker_id FROM audit_record WHERE entiteit_id = $1 ORDER BY tijdstip, id', [entiteitId]);

  beforeAll(async () => {
    sg = await startSubgraphUnderTest(catalogDefinition, 30);
    const [instrument] = await sg.dataSource.query('SELECT id, organisatie_id FROM instrument WHERE NOT landelijk ORDER BY id LIMIT 1');
    instrumentA = instrument.id;
    orgA = instrument.organisatie_id;
    const [other] = await sg.dataSource.query('SELECT id FROM organisatie WHERE id <> $1 AND regio_code IS NOT NULL ORDER BY naam LIMIT 1', [orgA]);
    orgB = other.id;
    regioA = { id: randomUUID(), rol: 'REGIO_BEHEERDER', organisatieIds: [orgA] };
    landelijk = { id: randomUUID(), rol: 'LANDELIJK_BEHEERDER', organisatieIds: [] };
    professional = { id: randomUUID(), rol: 'PROFESSIONAL', organisatieIds: [orgA] };
  });
  afterAll(() => sg.close());

  it('every beheer operation refuses anonymous callers (UNAUTHENTICATED) and professionals (FORBIDDEN)', async () => {
    const id = randomUUID();
    const operations: [string, Record<string, unknown>][] = [
      [CREATE_AANBIEDER, { input: { organisatieId: orgA, naam: 'X' } }],
      [UPDATE_AANBIEDER, { id, v: 1, input: { naam: 'X' } }],
      [DELETE_AANBIEDER, { id, v: 1 }],
      [SET_CONTACTEN, { id, c: [] }],
      [KOPPEL, { a: id, i: instrumentA, v: 1 }],
      [CREATE_CONTACT, { input: { organisatieId: orgA, naam: 'X' } }],
      ['mutation($id: ID!) { updateContactpersoon(id: $id, version: 1, input: { naam: "X" }) { id } }', { id }],
      [DELETE_CONTACT, { id, v: 1 }],
      [CREATE_ADRES, { input: { organisatieId: orgA, straat: 'A', huisnummer: '1', postcode: '1234 AB', plaats: 'B' } }],
      ['mutation($id: ID!) { updateAdres(id: $id, version: 1, input: { plaats: "X" }) { id } }', { id }],
      ['mutation($id: ID!) { deleteAdres(id: $id, version: 1) }', { id }],
      [CREATE_WIJK, { input: { organisatieId: orgA, gemeenteCode: 'GM0363', naam: 'X' } }],
      ['mutation($id: ID!) { updateWijk(id: $id, version: 1, input: { naam: "X" }) { id } }', { id }],
      ['mutation($id: ID!) { deleteWijk(id: $id, version: 1) }', { id }],
      [CREATE_DOELGROEP, { input: { organisatieId: orgA, categorie: 'EVA_DOELGROEP', naam: 'X' } }],
      ['mutation { updateDoelgroep(code: "DG-00000000", version: 1, input: { naam: "X" }) { code } }', {}],
      ['mutation { deleteDoelgroep(code: "DG-00000000", version: 1) }', {}],
      ['{ beheerAanbieders { id } }', {}],
      ['{ beheerContactpersonen { id } }', {}],
      ['{ beheerAdressen { id } }', {}],
      ['{ beheerWijken(gemeenteCode: "GM0363") { id } }', {}],
    ];
    for (const [query, variables] of operations) {
      assert.equal(code(await sg.execute(query, variables, null)), 'UNAUTHENTICATED', query);
      assert.equal(code(await sg.execute(query, variables)), 'UNAUTHENTICATED', `${query} (not via the gateway)`);
      assert.equal(code(await sg.execute(query, variables, professional)), 'FORBIDDEN', query);
    }
    const [{ n }] = await sg.dataSource.query('SELECT count(*)::int AS n FROM audit_record');
    assert.equal(n, 0);
  });

  describe('aanbieders', () => {
    it('creates, updates and deletes an aanbieder, with an audit record for every change', async () => {
      const created = ok(await sg.execute(CREATE_AANBIEDER, {
        input: { organisatieId: orgA, naam: '  Werkfit BV ', website: 'https://werkfit.example', email: 'info@werkfit.nl', telefoon: '020-1234567' },
      }, regioA)).createAanbieder;
      assert.equal(created.naam, 'Werkfit BV');
      const updated = ok(await sg.execute(UPDATE_AANBIEDER, { id: created.id, v: created.version, input: { naam: 'Werkfit', telefoon: null } }, regioA)).updateAanbieder;
      assert.deepEqual({ naam: updated.naam, telefoon: updated.telefoon, email: updated.email }, { naam: 'Werkfit', telefoon: null, email: 'info@werkfit.nl' });
      assert.equal(updated.version, created.version + 1);
      assert.equal(ok(await sg.execute(DELETE_AANBIEDER, { id: created.id, v: updated.version }, regioA)).deleteAanbieder, true);
      const [row] = await sg.dataSource.query('SELECT count(*)::int AS n FROM aanbieder WHERE id = $1 AND verwijderd_op IS NULL', [created.id]);
      assert.equal(row.n, 0);

      const trail = await audits(created.id);
      assert.deepEqual(trail.map((a) => a.actie), ['aangemaakt', 'gewijzigd', 'verwijderd']);
      assert.ok(trail.every((a) => a.organisatie_id === orgA && a.gebruiker_id === regioA.id));
      assert.equal(trail[0]!.voor, null);
      assert.equal(trail[0]!.na.naam, 'Werkfit BV');
      assert.deepEqual(trail[1]!.velden, ['naam', 'telefoon']);
      assert.equal(trail[1]!.voor.telefoon, '020-1234567');
      assert.equal(trail[1]!.na.telefoon, null);
      assert.equal(trail[2]!.na, null);
      assert.equal(trail[2]!.voor.naam, 'Werkfit');
    });

    it('lists every wrong field at once, in Dutch, and saves nothing', async () => {
      const before = await sg.dataSource.query('SELECT count(*)::int AS n FROM aanbieder');
      const result = await sg.execute(CREATE_AANBIEDER, {
        input: { organisatieId: orgA, naam: '  ', website: 'ftp://x', email: 'geen-mail', telefoon: '12' },
      }, regioA);
      assert.equal(code(result), 'BAD_USER_INPUT');
      assert.deepEqual(fields(result), ['email', 'naam', 'telefoon', 'website']);
      assert.match(result.errors![0]!.message, /Vul/);
      const afterCount = await sg.dataSource.query('SELECT count(*)::int AS n FROM aanbieder');
      assert.equal(afterCount[0].n, before[0].n);
    });

    it('refuses anonymous callers, requests not via the gateway, professionals and other organisaties', async () => {
      const input = { organisatieId: orgA, naam: 'X' };
      assert.equal(code(await sg.execute(CREATE_AANBIEDER, { input }, null)), 'UNAUTHENTICATED');
      assert.equal(code(await sg.execute(CREATE_AANBIEDER, { input })), 'UNAUTHENTICATED');
      assert.equal(code(await sg.execute(CREATE_AANBIEDER, { input }, professional)), 'FORBIDDEN');
      assert.equal(code(await sg.execute(CREATE_AANBIEDER, { input: { ...input, organisatieId: orgB } }, regioA)), 'FORBIDDEN');
      assert.equal(code(await sg.execute('{ beheerAanbieders { id } }', {}, professional)), 'FORBIDDEN');

      const ownedByB = ok(await sg.execute(CREATE_AANBIEDER, { input: { organisatieId: orgB, naam: 'Van B' } }, landelijk)).createAanbieder;
      assert.equal(code(await sg.execute(UPDATE_AANBIEDER, { id: ownedByB.id, v: ownedByB.version, input: { naam: 'Gekaapt' } }, regioA)), 'FORBIDDEN');
      assert.equal(code(await sg.execute(DELETE_AANBIEDER, { id: ownedByB.id, v: ownedByB.version }, regioA)), 'FORBIDDEN');
      const mine = ok(await sg.execute(CREATE_AANBIEDER, { input: { organisatieId: orgA, naam: 'Van A' } }, regioA)).createAanbieder;
      assert.equal(code(await sg.execute(UPDATE_AANBIEDER, { id: mine.id, v: mine.version, input: { organisatieId: orgB } }, regioA)), 'FORBIDDEN', 'moving to another organisatie');
      const [row] = await sg.dataSource.query('SELECT organisatie_id FROM aanbieder WHERE id = $1', [mine.id]);
      assert.equal(row.organisatie_id, orgA);
      assert.equal(code(await sg.execute(UPDATE_AANBIEDER, { id: randomUUID(), v: 1, input: { naam: 'Y' } }, regioA)), 'NOT_FOUND');
      assert.equal(code(await sg.execute(UPDATE_AANBIEDER, { id: 'geen-uuid', v: 1, input: { naam: 'Y' } }, regioA)), 'BAD_USER_INPUT');
    });

    it('beheerAanbieders shows the aanbieders of the caller\'s organisaties; the landelijk beheerder sees all', async () => {
      const mine = ok(await sg.execute('{ beheerAanbieders { id } }', {}, regioA)).beheerAanbieders as { id: string }[];
      const rows: { id: string; organisatie_id: string }[] = await sg.dataSource.query('SELECT id, organisatie_id FROM aanbieder WHERE verwijderd_op IS NULL');
      assert.deepEqual(mine.map((a) => a.id).sort(), rows.filter((r) => r.organisatie_id === orgA).map((r) => r.id).sort());
      const all = ok(await sg.execute('{ beheerAanbieders { id } }', {}, landelijk)).beheerAanbieders as unknown[];
      assert.equal(all.length, rows.length);
      assert.equal(code(await sg.execute('query($o: ID) { beheerAanbieders(organisatieId: $o) { id } }', { o: orgB }, regioA)), 'FORBIDDEN');
    });

    it('refuses to delete an aanbieder that instruments still use', async () => {
      const [used] = await sg.dataSource.query('SELECT a.id, a.version FROM aanbieder a WHERE a.organisatie_id = $1 AND EXISTS (SELECT 1 FROM instrument i WHERE i.aanbieder_id = a.id) LIMIT 1', [orgA]);
      const result = await sg.execute(DELETE_AANBIEDER, { id: used.id, v: used.version }, regioA);
      assert.equal(code(result), 'CONFLICT');
      assert.match(result.errors![0]!.message, /instrument/);
      assert.equal((await audits(used.id)).length, 0);
    });

    it('links contactpersonen to an aanbieder; a linked contactpersoon cannot be deleted', async () => {
      const aanbieder = ok(await sg.execute(CREATE_AANBIEDER, { input: { organisatieId: orgA, naam: 'Met contact' } }, regioA)).createAanbieder;
      const persoon = ok(await sg.execute(CREATE_CONTACT, { input: { organisatieId: orgA, naam: 'Jan Jansen', email: 'jan@example.nl', telefoon: '06 12345678' } }, regioA)).createContactpersoon;
      const linked = ok(await sg.execute(SET_CONTACTEN, { id: aanbieder.id, c: [{ contactpersoonId: persoon.id, soort: 'EXTERN', label: 'Intake' }] }, regioA)).setAanbiederContactpersonen;
      assert.deepEqual(linked.contactpersonen, [{ soort: 'EXTERN', label: 'Intake', contactpersoon: { id: persoon.id, naam: 'Jan Jansen' } }]);
      const trail = await audits(aanbieder.id);
      assert.deepEqual(trail.map((a) => a.actie), ['aangemaakt', 'gewijzigd']);
      assert.deepEqual(trail[1]!.na.contactpersonen, [{ contactpersoon_id: persoon.id, soort: 'EXTERN', label: 'Intake' }]);

      const unknown = await sg.execute(SET_CONTACTEN, { id: aanbieder.id, c: [{ contactpersoonId: randomUUID(), soort: 'INTERN' }] }, regioA);
      assert.equal(code(unknown), 'BAD_USER_INPUT');
      assert.deepEqual(fields(unknown), ['contactpersonen[0].contactpersoonId']);

      const deleteLinked = await sg.execute(DELETE_CONTACT, { id: persoon.id, v: persoon.version }, regioA);
      assert.equal(code(deleteLinked), 'CONFLICT');
      ok(await sg.execute(SET_CONTACTEN, { id: aanbieder.id, c: [] }, regioA));
      assert.equal(ok(await sg.execute(DELETE_CONTACT, { id: persoon.id, v: persoon.version }, regioA)).deleteContactpersoon, true);
      assert.deepEqual((await audits(persoon.id)).map((a) => a.actie), ['aangemaakt', 'verwijderd']);
    });

    it('koppelInstrumentAanAanbieder: a stale version is a CONFLICT and changes nothing; the right version bumps it', async () => {
      const aanbieder = ok(await sg.execute(CREATE_AANBIEDER, { input: { organisatieId: orgA, naam: 'Nieuwe uitvoerder' } }, regioA)).createAanbieder;
      const [voor] = await sg.dataSource.query('SELECT aanbieder_id, version FROM instrument WHERE id = $1', [instrumentA]);
      const stale = await sg.execute(KOPPEL, { a: aanbieder.id, i: instrumentA, v: voor.version - 1 }, regioA);
      assert.equal(code(stale), 'CONFLICT');
      const [unchanged] = await sg.dataSource.query('SELECT aanbieder_id, version FROM instrument WHERE id = $1', [instrumentA]);
      assert.deepEqual(unchanged, voor);
      assert.equal((await audits(instrumentA)).length, 0);

      assert.equal(code(await sg.execute(KOPPEL, { a: aanbieder.id, i: randomUUID(), v: 1 }, regioA)), 'NOT_FOUND');
      const ownedByB = ok(await sg.execute(CREATE_AANBIEDER, { input: { organisatieId: orgB, naam: 'B-uitvoerder' } }, landelijk)).createAanbieder;
      assert.equal(code(await sg.execute(KOPPEL, { a: ownedByB.id, i: instrumentA, v: voor.version }, regioA)), 'FORBIDDEN');

      const linked = ok(await sg.execute(KOPPEL, { a: aanbieder.id, i: instrumentA, v: voor.version }, regioA)).koppelInstrumentAanAanbieder;
      assert.equal(linked.aanbieder.id, aanbieder.id);
      const [na] = await sg.dataSource.query('SELECT aanbieder_id, version FROM instrument WHERE id = $1', [instrumentA]);
      assert.deepEqual(na, { aanbieder_id: aanbieder.id, version: voor.version + 1 });
      const trail = await audits(instrumentA);
      assert.equal(trail.length, 1);
      assert.deepEqual(trail[0]!.velden, ['aanbieder_id', 'version']);
    });
  });

  describe('contactpersonen en adressen', () => {
    it('validates a contactpersoon and keeps it to the own organisaties', async () => {
      const wrong = await sg.execute(CREATE_CONTACT, { input: { organisatieId: orgA, naam: '', email: 'x@', telefoon: 'abc' } }, regioA);
      assert.equal(code(wrong), 'BAD_USER_INPUT');
      assert.deepEqual(fields(wrong), ['email', 'naam', 'telefoon']);
      assert.equal(code(await sg.execute(CREATE_CONTACT, { input: { organisatieId: orgB, naam: 'Piet' } }, regioA)), 'FORBIDDEN');
      const persoon = ok(await sg.execute(CREATE_CONTACT, { input: { organisatieId: orgA, naam: 'Piet' } }, regioA)).createContactpersoon;
      const updated = ok(await sg.execute('mutation($id: ID!, $v: Int!, $input: UpdateContactpersoonInput!) { updateContactpersoon(id: $id, version: $v, input: $input) { naam email } }',
        { id: persoon.id, v: persoon.version, input: { email: 'piet@example.nl' } }, regioA)).updateContactpersoon;
      assert.deepEqual(updated, { naam: 'Piet', email: 'piet@example.nl' });
      const keuzes = ok(await sg.execute('{ beheerContactpersonen { id } }', {}, regioA)).beheerContactpersonen as { id: string }[];
      assert.ok(keuzes.some((c) => c.id === persoon.id));
      const trail = await audits(persoon.id);
      assert.deepEqual(trail.map((a) => a.actie), ['aangemaakt', 'gewijzigd']);
      assert.deepEqual(trail[1]!.velden, ['email']);
    });

    it('creates an adres with a normalised postcode, lists all wrong fields, and refuses to delete one a locatie uses', async () => {
      const wrong = await sg.execute(CREATE_ADRES, { input: { organisatieId: orgA, straat: '', huisnummer: ' ', postcode: '12345', plaats: '' } }, regioA);
      assert.equal(code(wrong), 'BAD_USER_INPUT');
      assert.deepEqual(fields(wrong), ['huisnummer', 'plaats', 'postcode', 'straat']);
      const adres = ok(await sg.execute(CREATE_ADRES, { input: { organisatieId: orgA, straat: 'Stationsplein', huisnummer: '1a', postcode: '1012ab', plaats: 'Amsterdam' } }, regioA)).createAdres;
      assert.equal(adres.postcode, '1012 AB');
      const moved = await sg.execute('mutation($id: ID!, $v: Int!) { updateAdres(id: $id, version: $v, input: { postcode: "1013 CD" }) { postcode version } }', { id: adres.id, v: adres.version }, regioA);
      assert.equal(ok(moved).updateAdres.postcode, '1013 CD');
      const deleteAdres = (v: number) => sg.execute('mutation($id: ID!, $v: Int!) { deleteAdres(id: $id, version: $v) }', { id: adres.id, v }, regioA);
      await sg.dataSource.query(`INSERT INTO locatie (instrument_id, naam, type, adres_id) VALUES ($1, 'Kantoor', 'ADRES', $2)`, [instrumentA, adres.id]);
      assert.equal(code(await deleteAdres(ok(moved).updateAdres.version)), 'CONFLICT');
      await sg.dataSource.query('DELETE FROM locatie WHERE adres_id = $1', [adres.id]);
      assert.equal(ok(await deleteAdres(ok(moved).updateAdres.version)).deleteAdres, true);
      assert.deepEqual((await audits(adres.id)).map((a) => a.actie), ['aangemaakt', 'gewijzigd', 'verwijderd']);
      const keuzes = ok(await sg.execute('{ beheerAdressen { id } }', {}, regioA)).beheerAdressen as unknown[];
      const [count] = await sg.dataSource.query('SELECT count(*)::int AS n FROM adres WHERE organisatie_id = $1', [orgA]);
      assert.equal(keuzes.length, count.n);
    });
  });

  describe('wijken', () => {
    it('creates a wijk in an existing gemeente; duplicates and wijken in use are a CONFLICT', async () => {
      const unknown = await sg.execute(CREATE_WIJK, { input: { organisatieId: orgA, gemeenteCode: 'GM9999', naam: '' } }, regioA);
      assert.equal(code(unknown), 'BAD_USER_INPUT');
      assert.deepEqual(fields(unknown), ['gemeenteCode', 'naam']);
      const wijk = ok(await sg.execute(CREATE_WIJK, { input: { organisatieId: orgA, gemeenteCode: 'GM0363', naam: 'Testwijk Noord' } }, regioA)).createWijk;
      assert.equal(wijk.gemeente.code, 'GM0363');
      assert.equal(code(await sg.execute(CREATE_WIJK, { input: { organisatieId: orgA, gemeenteCode: 'GM0363', naam: 'testwijk noord' } }, regioA)), 'CONFLICT');
      const keuzes = ok(await sg.execute('{ beheerWijken(gemeenteCode: "GM0363") { id naam } }', {}, regioA)).beheerWijken as { id: string }[];
      assert.ok(keuzes.some((w) => w.id === wijk.id));
      const anderen = ok(await sg.execute('{ beheerWijken(gemeenteCode: "GM0363") { id } }', {}, { ...regioA, organisatieIds: [orgB] })).beheerWijken as { id: string }[];
      assert.ok(!anderen.some((w) => w.id === wijk.id));

      const renamed = ok(await sg.execute('mutation($id: ID!, $v: Int!) { updateWijk(id: $id, version: $v, input: { naam: "Testwijk Zuid" }) { naam version } }', { id: wijk.id, v: wijk.version }, regioA)).updateWijk;
      const deleteWijk = (caller: Caller) => sg.execute('mutation($id: ID!, $v: Int!) { deleteWijk(id: $id, version: $v) }', { id: wijk.id, v: renamed.version }, caller);
      assert.equal(renamed.naam, 'Testwijk Zuid');
      await sg.dataSource.query('INSERT INTO instrument_wijk (instrument_id, wijk_id) VALUES ($1, $2)', [instrumentA, wijk.id]);
      assert.equal(code(await deleteWijk(regioA)), 'CONFLICT');
      await sg.dataSource.query('DELETE FROM instrument_wijk WHERE wijk_id = $1', [wijk.id]);
      assert.equal(code(await deleteWijk({ ...regioA, organisatieIds: [orgB] })), 'FORBIDDEN');
      assert.equal(ok(await deleteWijk(regioA)).deleteWijk, true);
      assert.deepEqual((await audits(wijk.id)).map((a) => a.actie), ['aangemaakt', 'gewijzigd', 'verwijderd']);
    });
  });

  describe('versions: no lost updates', () => {
    /** Each editable record: how to make one, its key, and an update and delete taking `$k` and `$v`. */
    const records: { soort: string; table: string; key: 'id' | 'code'; create: () => [string, Record<string, unknown>]; update: string; remove: string }[] = [
      { soort: 'aanbieder', table: 'aanbieder', key: 'id', create: () => [CREATE_AANBIEDER, { input: { organisatieId: orgA, naam: 'Versie BV' } }],
        update: 'updateAanbieder(id: $k, version: $v, input: { naam: "Nieuwe naam" }) { version }', remove: 'deleteAanbieder(id: $k, version: $v)' },
      { soort: 'contactpersoon', table: 'contactpersoon', key: 'id', create: () => [CREATE_CONTACT, { input: { organisatieId: orgA, naam: 'Versie Contact' } }],
        update: 'updateContactpersoon(id: $k, version: $v, input: { naam: "Nieuwe naam" }) { version }', remove: 'deleteContactpersoon(id: $k, version: $v)' },
      { soort: 'adres', table: 'adres', key: 'id', create: () => [CREATE_ADRES, { input: { organisatieId: orgA, straat: 'Versiestraat', huisnummer: '1', postcode: '1234 AB', plaats: 'Amsterdam' } }],
        update: 'updateAdres(id: $k, version: $v, input: { plaats: "Diemen" }) { version }', remove: 'deleteAdres(id: $k, version: $v)' },
      { soort: 'wijk', table: 'wijk', key: 'id', create: () => [CREATE_WIJK, { input: { organisatieId: orgA, gemeenteCode: 'GM0363', naam: 'Versiewijk' } }],
        update: 'updateWijk(id: $k, version: $v, input: { naam: "Versiewijk Oost" }) { version }', remove: 'deleteWijk(id: $k, version: $v)' },
      { soort: 'doelgroep', table: 'kenmerk', key: 'code', create: () => [CREATE_DOELGROEP, { input: { organisatieId: orgA, categorie: 'EVA_DOELGROEP', naam: 'Versiegroep' } }],
        update: 'updateDoelgroep(code: $k, version: $v, input: { naam: "Versiegroep Oost" }) { version }', remove: 'deleteDoelgroep(code: $k, version: $v)' },
    ];

    for (const record of records) {
      it(`${record.soort}: an update and a delete with a stale version are a CONFLICT and change nothing`, async () => {
        const [query, variables] = record.create();
        const created = Object.values(ok(await sg.execute(query, variables, regioA)))[0] as { id?: string; code?: string; version: number };
        const k = created[record.key]!;
        const auditId = record.key === 'code' ? doelgroepAuditId(k) : k;
        const update = (v: number) => sg.execute(`mutation($k: ID!, $v: Int!) { ${record.update} }`, { k, v }, regioA);
        const remove = (v: number) => sg.execute(`mutation($k: ID!, $v: Int!) { ${record.remove} }`, { k, v }, regioA);
        const row = async () => (await sg.dataSource.query(`SELECT * FROM ${record.table} WHERE ${record.key} = $1`, [k]))[0];

        // Someone else saves first: the version goes up.
        const current = (Object.values(ok(await update(created.version)))[0] as { version: number }).version;
        assert.equal(current, created.version + 1);
        const saved = await row();
        const trail = await audits(auditId);

        for (const stale of [await update(created.version), await remove(created.version)]) {
          assert.equal(code(stale), 'CONFLICT');
          assert.match(stale.errors![0]!.message, /Iemand anders heeft .* intussen gewijzigd/);
        }
        assert.deepEqual(await row(), saved, 'nothing changed');
        assert.equal((await audits(auditId)).length, trail.length, 'nothing audited');

        assert.equal(Object.values(ok(await remove(current)))[0], true);
        const gone = await row();
        assert.ok(gone === undefined || gone.verwijderd_op !== null, 'removed, or in the prullenbak');
      });
    }
  });

  describe('doelgroepen', () => {
    it("refuses a doelgroep 'algemeen' and categories that are not per organisatie, listing both", async () => {
      const result = await sg.execute(CREATE_DOELGROEP, { input: { organisatieId: orgA, categorie: 'EVA_KLANTKENMERK', naam: 'Algemeen' } }, regioA);
      assert.equal(code(result), 'BAD_USER_INPUT');
      assert.deepEqual(fields(result), ['categorie', 'naam']);
      assert.match(result.errors![0]!.message, /Er is geen doelgroep 'algemeen'/);
    });

    it('creates, renames and deletes an eigen doelgroep; deleting removes its instrument links', async () => {
      const doelgroep = ok(await sg.execute(CREATE_DOELGROEP, { input: { organisatieId: orgA, categorie: 'EVA_DOELGROEP', naam: 'Testgroep Oost' } }, regioA)).createDoelgroep;
      assert.match(doelgroep.code, /^DG-[0-9A-F]{8}$/);
      const [row] = await sg.dataSource.query('SELECT organisatie_id, categorie_code FROM kenmerk WHERE code = $1', [doelgroep.code]);
      assert.deepEqual(row, { organisatie_id: orgA, categorie_code: 'EVA_DOELGROEP' });
      assert.equal(code(await sg.execute(CREATE_DOELGROEP, { input: { organisatieId: orgA, categorie: 'EVA_DOELGROEP', naam: 'testgroep oost' } }, regioA)), 'CONFLICT');
      assert.equal(code(await sg.execute(CREATE_DOELGROEP, { input: { organisatieId: orgB, categorie: 'EVA_DOELGROEP', naam: 'Ook' } }, regioA)), 'FORBIDDEN');

      const UPDATE = 'mutation($c: ID!, $v: Int!, $naam: String) { updateDoelgroep(code: $c, version: $v, input: { naam: $naam }) { naam version } }';
      const renamed = ok(await sg.execute(UPDATE, { c: doelgroep.code, v: doelgroep.version, naam: 'Nieuwkomers' }, regioA)).updateDoelgroep;
      assert.equal(renamed.naam, 'Nieuwkomers');
      assert.equal(code(await sg.execute(UPDATE, { c: doelgroep.code, v: renamed.version, naam: 'algemeen' }, regioA)), 'BAD_USER_INPUT');
      assert.equal(code(await sg.execute('mutation { deleteDoelgroep(code: "ED01", version: 1) }', {}, landelijk)), 'FORBIDDEN', 'the standard list stays');

      await sg.dataSource.query('INSERT INTO instrument_kenmerk (instrument_id, kenmerk_code) VALUES ($1, $2)', [instrumentA, doelgroep.code]);
      const [voor] = await sg.dataSource.query('SELECT version FROM instrument WHERE id = $1', [instrumentA]);
      assert.equal(ok(await sg.execute('mutation($c: ID!, $v: Int!) { deleteDoelgroep(code: $c, version: $v) }', { c: doelgroep.code, v: renamed.version }, regioA)).deleteDoelgroep, true);
      const [links] = await sg.dataSource.query('SELECT count(*)::int AS n FROM instrument_kenmerk WHERE kenmerk_code = $1', [doelgroep.code]);
      assert.equal(links.n, 0);
      const [na] = await sg.dataSource.query('SELECT version FROM instrument WHERE id = $1', [instrumentA]);
      assert.equal(na.version, voor.version + 1);
      const trail = await audits(doelgroepAuditId(doelgroep.code));
      assert.deepEqual(trail.map((a) => a.actie), ['aangemaakt', 'gewijzigd', 'verwijderd']);
      assert.equal(trail[2]!.voor.code, doelgroep.code);
      assert.deepEqual(trail[2]!.voor.instrumenten, [instrumentA]);
    });
  });
});
