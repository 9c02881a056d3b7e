import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import pg from 'pg';
import type { Caller } from '../../../../core/caller.js';
import { Problems } from '../../../../core/problems.js';
import type { GraphQLResponse } from '../../../../test-support/harness.js';
import { startSubgraphUnderTest, type SubgraphUnderTest } from '../../../../test-support/subgraph.js';
import { catalogDefinition } from '../../definition.js';
import { SYNONIEMGROEPEN } from '../../seed/synoniemen.data.js';
import { checkTermen } from '../termen.js';

interface Groep { id: string; termen: string[]; toelichting: string | null; version: number; updatedAt: string }

const GROEP = 'id termen toelichting version updatedAt';
const LIST = `{ synoniemgroepen { ${GROEP} } }`;
const CREATE = `mutation($input: SynoniemgroepInput!) { createSynoniemgroep(input: $input) { ${GROEP} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: SynoniemgroepInput!) { updateSynoniemgroep(id: $id, version: $v, input: $input) { ${GROEP} } }`;
const DELETE = `mutation($id: ID!, $v: Int) { deleteSynoniemgroep(id: $id, version: $v) }`;

const code = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code as string | undefined;
const problems = (result: GraphQLResponse) =>
  Object.fromEntries(((result.errors?.[0]?.extensions?.fields ?? []) as { field: string; message: string }[]).map((f) => [f.field, f.message]));

function ok<T = Record<string, any>>(result: GraphQLResponse<T>): T {
  assert.equal(result.errors, undefined, JSON.stringify(result.errors));
  return JSON.parse(JSON.stringify(result.data)) as T;
}

describe('synoniemen bij zoeken (issue 15)', () => {
  let sg: SubgraphUnderTest;
  let landelijk: Caller;
  let regio: Caller;
  let professional: Caller;
  let landelijkeOrganisatie: string;

  const count = async (): Promise<number> => (await sg.dataSource.query('SELECT count(*)::int AS n FROM synoniemgroep'))[0].n;
  const audits = (entiteitId: string): Promise<{ entiteit: string; actie: string; velden: string[]; voor: any; na: any; organisatie_id: string; gebruiker_id: string }[]> =>
    sg.dataSource.query('SELECT entiteit, actie, velden, voor, na, organisatie_id, gebruiker_id FROM audit_record WHERE entiteit_id = $1 ORDER BY tijdstip, id', [entiteitId]);
  const create = async (termen: string[], toelichting: string | null = null): Promise<Groep> =>
    ok(await sg.execute(CREATE, { input: { termen, toelichting } }, landelijk)).createSynoniemgroep;

  beforeAll(async () => {
    sg = await startSubgraphUnderTest(catalogDefinition, 5);
    const [org] = await sg.dataSource.query('SELECT id FROM organisatie WHERE regio_code IS NULL ORDER BY naam LIMIT 1');
    landelijkeOrganisatie = org.id;
    const [regioOrg] = await sg.dataSource.query('SELECT id FROM organisatie WHERE regio_code IS NOT NULL ORDER BY naam LIMIT 1');
    landelijk = { id: randomUUID(), rol: 'LANDELIJK_BEHEERDER', organisatieIds: [landelijkeOrganisatie] };
    regio = { id: randomUUID(), rol: 'REGIO_BEHEERDER', organisatieIds: [regioOrg.id] };
    professional = { id: randomUUID(), rol: 'PROFESSIONAL', organisatieIds: [regioOrg.id] };
  });
  afterAll(() => sg.close());

  it('the default groups are valid as the API would store them, and no word is in two groups', () => {
    const alle = SYNONIEMGROEPEN.flatMap((groep) => {
      const found = new Problems();
      assert.deepEqual(checkTermen(found, groep.termen), groep.termen, 'stored normalised');
      assert.deepEqual(found.list, [], groep.termen.join(', '));
      assert.ok(groep.toelichting.length > 0 && groep.toelichting.length <= 500);
      return groep.termen;
    });
    assert.equal(new Set(alle).size, alle.length);
    assert.ok(SYNONIEMGROEPEN.length >= 20 && SYNONIEMGROEPEN.length <= 40);
  });

  it('seeds the default groups, readable by every beheerder, sorted by their first word', async () => {
    const lijst: Groep[] = ok(await sg.execute(LIST, {}, regio)).synoniemgroepen;
    assert.equal(lijst.length, SYNONIEMGROEPEN.length);
    const eerste = lijst.map((g) => g.termen[0]!);
    assert.deepEqual(eerste, [...eerste].sort());
    const nt2 = lijst.find((g) => g.termen.includes('nt2'))!;
    assert.deepEqual(nt2.termen, SYNONIEMGROEPEN.find((g) => g.termen[0] === 'nt2')!.termen);
    assert.match(nt2.toelichting!, /tweede taal/);
    assert.equal(nt2.version, 1);
    assert.deepEqual(ok(await sg.execute(LIST, {}, landelijk)).synoniemgroepen, lijst);
  });

  it('refuses anonymous callers (UNAUTHENTICATED), professionals and regio beheerders (FORBIDDEN), and changes nothing', async () => {
    const id = randomUUID();
    const mutations: [string, Record<string, unknown>][] = [
      [CREATE, { input: { termen: ['aa', 'bb'] } }],
      [UPDATE, { id, v: 1, input: { termen: ['aa', 'bb'] } }],
      [DELETE, { id, v: 1 }],
    ];
    for (const [query, variables] of [...mutations, [LIST, {}] as [string, Record<string, unknown>]]) {
      assert.equal(code(await sg.execute(query, variables, null)), 'UNAUTHENTICATED', query);
      assert.equal(code(await sg.execute(query, variables)), 'UNAUTHENTICATED', `${query} (not via the gateway)`);
      assert.equal(code(await sg.execute(query, variables, professional)), 'FORBIDDEN', query);
    }
    const [bestaand] = ok(await sg.execute(LIST, {}, regio)).synoniemgroepen as Groep[];
    const regioMutations: [string, Record<string, unknown>][] = [
      ...mutations,
      [UPDATE, { id: bestaand!.id, v: bestaand!.version, input: { termen: ['aa', 'bb'] } }],
      [DELETE, { id: bestaand!.id, v: bestaand!.version }],
    ];
    for (const [query, variables] of regioMutations) {
      const result = await sg.execute(query, variables, regio);
      assert.equal(code(result), 'FORBIDDEN', query);
      assert.match(result.errors![0]!.message, /landelijk beheerder/);
    }
    assert.equal(await count(), SYNONIEMGROEPEN.length);
    const [{ n }] = await sg.dataSource.query(`SELECT count(*)::int AS n FROM audit_record WHERE entiteit = 'Synoniemgroep'`);
    assert.equal(n, 0);
  });

  it('the landelijk beheerder creates, updates and deletes a group; terms are trimmed and lower-cased, accents kept; every change is audited', async () => {
    const created = await create(['  Jobhunting ', 'BAANJACHT', 'Vacaturejacht'], '  Actief zoeken naar vacatures. ');
    assert.deepEqual(created.termen, ['jobhunting', 'baanjacht', 'vacaturejacht']);
    assert.equal(created.toelichting, 'Actief zoeken naar vacatures.');
    assert.equal(created.version, 1);
    const lijst: Groep[] = ok(await sg.execute(LIST, {}, regio)).synoniemgroepen;
    assert.ok(lijst.some((g) => g.id === created.id));

    const updated: Groep = ok(await sg.execute(UPDATE, { id: created.id, v: 1, input: { termen: ['jobhunting', 'Vacaturejacht', 'Café-baan'], toelichting: null } }, landelijk)).updateSynoniemgroep;
    assert.deepEqual(updated.termen, ['jobhunting', 'vacaturejacht', 'café-baan']);
    assert.equal(updated.toelichting, null);
    assert.equal(updated.version, 2);
    assert.ok(updated.updatedAt >= created.updatedAt);

    assert.equal(ok(await sg.execute(DELETE, { id: created.id, v: 2 }, landelijk)).deleteSynoniemgroep, true);
    assert.equal((await sg.dataSource.query('SELECT 1 FROM synoniemgroep WHERE id = $1', [created.id])).length, 0);

    const trail = await audits(created.id);
    assert.deepEqual(trail.map((a) => a.actie), ['aangemaakt', 'gewijzigd', 'verwijderd']);
    assert.ok(trail.every((a) => a.entiteit === 'Synoniemgroep' && a.gebruiker_id === landelijk.id && a.organisatie_id === landelijkeOrganisatie));
    assert.equal(trail[0]!.voor, null);
    assert.deepEqual(trail[0]!.na.termen, ['jobhunting', 'baanjacht', 'vacaturejacht']);
    assert.deepEqual(trail[1]!.velden, ['termen', 'toelichting']);
    assert.deepEqual(trail[1]!.na.termen, ['jobhunting', 'vacaturejacht', 'café-baan']);
    assert.equal(trail[2]!.na, null);
    assert.deepEqual(trail[2]!.voor.termen, ['jobhunting', 'vacaturejacht', 'café-baan']);
  });

  it('reports every wrong term at once, in Dutch, with its place, and saves nothing', async () => {
    const before = await count();
    const result = await sg.execute(CREATE, {
      input: {
        termen: ['goed', '', 'twee woorden', 'nt2!', 'x', 'a'.repeat(41), 'Goed', '-streep', 'streep-', 're--integratie', 're-integratie-traject'],
        toelichting: 'x'.repeat(501),
      },
    }, landelijk);
    assert.equal(code(result), 'BAD_USER_INPUT');
    const velden = problems(result);
    assert.deepEqual(Object.keys(velden).sort(), [
      'termen[1]', 'termen[2]', 'termen[3]', 'termen[4]', 'termen[5]', 'termen[6]', 'termen[7]', 'termen[8]', 'termen[9]', 'toelichting',
    ]);
    assert.match(velden['termen[1]']!, /Vul hier een woord in/);
    assert.match(velden['termen[2]']!, /meer dan één woord/);
    assert.match(velden['termen[3]']!, /alleen letters en cijfers/);
    assert.match(velden['termen[4]']!, /te kort/);
    assert.match(velden['termen[5]']!, /te lang/);
    assert.match(velden['termen[6]']!, /'goed' staat al eerder/);
    assert.match(velden['toelichting']!, /500 tekens/);

    const teWeinig = await sg.execute(CREATE, { input: { termen: ['alleen'] } }, landelijk);
    assert.deepEqual(Object.keys(problems(teWeinig)), ['termen']);
    assert.match(problems(teWeinig).termen!, /minstens 2/);
    const teVeel = await sg.execute(CREATE, { input: { termen: Array.from({ length: 21 }, (_, i) => `woord${i}`) } }, landelijk);
    assert.deepEqual(Object.keys(problems(teVeel)), ['termen']);
    assert.match(problems(teVeel).termen!, /hoogstens 20/);
    const veelTeVeel = await sg.execute(CREATE, { input: { termen: Array.from({ length: 5000 }, () => '!') } }, landelijk);
    assert.deepEqual(Object.keys(problems(veelTeVeel)), ['termen'], 'a huge list gets one problem, not one per word');
    ok(await sg.execute(CREATE, { input: { termen: Array.from({ length: 20 }, (_, i) => `woord${i}`) } }, landelijk));

    const [groep] = ok(await sg.execute(LIST, {}, landelijk)).synoniemgroepen as Groep[];
    const update = await sg.execute(UPDATE, { id: groep!.id, v: groep!.version, input: { termen: [groep!.termen[0], 'a b'] } }, landelijk);
    assert.deepEqual(Object.keys(problems(update)), ['termen[1]']);
    assert.equal(await count(), before + 1);
    assert.deepEqual((await sg.dataSource.query('SELECT termen, version FROM synoniemgroep WHERE id = $1', [groep!.id]))[0], { termen: groep!.termen, version: groep!.version });
  });

  it('a word may be in one group only: CONFLICT naming the other group, on create and on update', async () => {
    const before = await count();
    const create1 = await sg.execute(CREATE, { input: { termen: ['taalles', 'Taal'] } }, landelijk);
    assert.equal(code(create1), 'CONFLICT');
    assert.equal(create1.errors![0]!.message, "Het woord 'taal' staat al in de groep 'nt2'. Een woord kan maar in één groep staan: haal het daar eerst weg.");
    assert.equal(await count(), before);

    const eigen = await create(['netwerkcoach', 'netwerkcoaching']);
    const bijgewerkt: Groep = ok(await sg.execute(UPDATE, { id: eigen.id, v: 1, input: { termen: ['netwerkcoaching', 'netwerkcoach', 'netwerkbegeleiding'] } }, landelijk)).updateSynoniemgroep;
    assert.equal(bijgewerkt.version, 2, 'its own words are no conflict');
    const update = await sg.execute(UPDATE, { id: eigen.id, v: 2, input: { termen: ['netwerkcoach', 'lks'] } }, landelijk);
    assert.equal(code(update), 'CONFLICT');
    assert.match(update.errors![0]!.message, /'lks' staat al in de groep 'lks'/);
    assert.deepEqual((await sg.dataSource.query('SELECT termen FROM synoniemgroep WHERE id = $1', [eigen.id]))[0].termen, bijgewerkt.termen);
  });

  it('a stale version is a CONFLICT and changes nothing; delete without a version is not checked; an unknown id is NOT_FOUND', async () => {
    const groep = await create(['vakopleiding', 'vakscholing']);
    ok(await sg.execute(UPDATE, { id: groep.id, v: 1, input: { termen: ['vakopleiding', 'vakscholing', 'vakcursus'] } }, landelijk));
    const stale = await sg.execute(UPDATE, { id: groep.id, v: 1, input: { termen: ['vakopleiding', 'beroepsscholing'] } }, landelijk);
    assert.equal(code(stale), 'CONFLICT');
    assert.match(stale.errors![0]!.message, /deze synoniemgroep intussen gewijzigd/);
    assert.equal(code(await sg.execute(DELETE, { id: groep.id, v: 1 }, landelijk)), 'CONFLICT');
    assert.deepEqual((await sg.dataSource.query('SELECT termen, version FROM synoniemgroep WHERE id = $1', [groep.id]))[0], { termen: ['vakopleiding', 'vakscholing', 'vakcursus'], version: 2 });
    assert.equal(ok(await sg.execute(DELETE, { id: groep.id }, landelijk)).deleteSynoniemgroep, true);
    assert.equal(code(await sg.execute(DELETE, { id: groep.id }, landelijk)), 'NOT_FOUND');
    assert.equal(code(await sg.execute(UPDATE, { id: randomUUID(), v: 1, input: { termen: ['aa', 'bb'] } }, landelijk)), 'NOT_FOUND');
    assert.equal(code(await sg.execute(DELETE, { id: 'geen-uuid' }, landelijk)), 'BAD_USER_INPUT');
  });

  it('every change announces synoniemen:* on catalog_changes, once per statement', async () => {
    const client = new pg.Client({ connectionString: (sg.dataSource.options as { url: string }).url });
    await client.connect();
    try {
      const received: string[] = [];
      let wake = () => {};
      client.on('notification', (message) => {
        if (message.channel === 'catalog_changes') received.push(message.payload ?? '');
        wake();
      });
      await client.query('LISTEN catalog_changes');
      const next = async (): Promise<string> => {
        while (!received.length) await new Promise<void>((resolve) => (wake = resolve));
        return received.shift()!;
      };
      const groep = await create(['arbeidsfit', 'werkfit']);
      assert.equal(await next(), 'synoniemen:*');
      ok(await sg.execute(UPDATE, { id: groep.id, v: 1, input: { termen: [...groep.termen, 'inzetbaar'] } }, landelijk));
      assert.equal(await next(), 'synoniemen:*');
      ok(await sg.execute(DELETE, { id: groep.id }, landelijk));
      assert.equal(await next(), 'synoniemen:*');
      await sg.dataSource.query(`UPDATE synoniemgroep SET toelichting = toelichting WHERE termen[1] IN ('nt2', 'lks', 'wep')`);
      assert.equal(await next(), 'synoniemen:*');
      await sg.dataSource.query(`SELECT pg_notify('catalog_changes', 'einde')`);
      assert.equal(await next(), 'einde', 'one notification for a statement that changed three rows');
    } finally {
      await client.end();
    }
  });

  it('seeding again changes nothing, and groups a beheerder deleted (even all of them) do not come back', async () => {
    const snapshot = () => sg.dataSource.query('SELECT id, termen, toelichting, version FROM synoniemgroep ORDER BY id');
    const before = await snapshot();
    await catalogDefinition.seed(sg.dataSource, { demoInstruments: 0 });
    assert.deepEqual(await snapshot(), before);

    const nt2 = before.find((g: Groep) => g.termen[0] === 'nt2');
    ok(await sg.execute(DELETE, { id: nt2.id }, landelijk));
    await catalogDefinition.seed(sg.dataSource, { demoInstruments: 0 });
    assert.equal((await sg.dataSource.query(`SELECT 1 FROM synoniemgroep WHERE 'nt2' = ANY(termen)`)).length, 0);

    for (const groep of await snapshot()) ok(await sg.execute(DELETE, { id: groep.id }, landelijk));
    assert.equal(await count(), 0);
    await catalogDefinition.seed(sg.dataSource, { demoInstruments: 0 });
    assert.equal(await count(), 0, 'an empty table a beheerder emptied stays empty');
  });
});
