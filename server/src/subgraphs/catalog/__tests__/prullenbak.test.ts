import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { startTestPlatform, type GraphQLResponse, type TestPlatform } from '../../../test-support/harness.js';
import { prullenbakDagen, purgePrullenbak } from '../prullenbak/purge.js';

/** Soft delete, the prullenbak, restore and purge, through the gateway with logged-in beheerders. */

const ORG_A = 'a1111111-1111-4111-8111-111111111111';
const ORG_B = 'b2222222-2222-4222-8222-222222222222';
const UNKNOWN = '99999999-9999-4999-8999-999999999999';

const DELETE = 'mutation($id: ID!, $v: Int) { deleteInstrument(id: $id, version: $v) }';
const RESTORE = 'mutation($id: ID!) { restoreInstrument(id: $id) { id version naam samenvatting publiceren } }';
const DELETE_AANBIEDER = 'mutation($id: ID!, $v: Int!) { deleteAanbieder(id: $id, version: $v) }';
const RESTORE_AANBIEDER = 'mutation($id: ID!) { restoreAanbieder(id: $id) { id naam version } }';
const PRULLENBAK = `query($first: Int, $after: String) { prullenbak(first: $first, after: $after) {
  totalCount nodes { id soort naam organisatie { id } verwijderdOp verwijderdDoor purgeOp } pageInfo { hasNextPage endCursor } } }`;
const PUBLIC = `query($id: ID!) { instrument(id: $id) { id naam samenvatting version publiceren aanbieder { id }
  kenmerken { kenmerken { code } } beschikbareGebieden { regios { code } } downloads { label } } }`;
const SEARCH = `query($tekst: String) { instrumentSearch(gids: EVA, filter: { tekst: $tekst }) { totalCount nodes { id }
  facets { opties { kenmerk { code } count } } } }`;
const RATED = 'query($tekst: String) { instrumentSearch(gids: EVA, filter: { tekst: $tekst, minSterren: 5 }) { totalCount } }';
const LIST = '{ instruments(first: 100, filter: { gids: EVA }) { totalCount nodes { id } } }';
const COUNTS = '{ instrumentAantallen(gids: EVA, per: [AANBIEDER]) { sleutels aantal } }';
const RECORD = 'mutation($events: [InteractieInput!]!) { recordEvents(events: $events) }';

const codeOf = (r: GraphQLResponse) => r.errors?.[0]?.extensions?.code ?? 'OK';
const ok = <T = Record<string, any>>(r: GraphQLResponse<T>): T => {
  assert.equal(r.errors, undefined, JSON.stringify(r.errors));
  return r.data!;
};

describe('prullenbak: soft delete, restore and purge', () => {
  let platform: TestPlatform;
  let catalog: DataSource;
  const as: Record<string, Record<string, string>> = { anonymous: {} };
  const me: Record<string, string> = {};

  const gql = (query: string, variables: Record<string, unknown>, who: string) => platform.gql(query, variables, as[who]);
  const one = async (sql: string, params: unknown[] = []) => (await catalog.query(sql, params))[0];
  const version = async (id: string): Promise<number> => (await one('SELECT version FROM instrument WHERE id = $1', [id])).version;

  /** A published Eva instrument with a kenmerk, a regio and a download, written as beheer would. */
  async function instrument(naam: string, organisatieId = ORG_A, aanbiederId?: string): Promise<{ id: string; aanbieder: string }> {
    const aanbieder = aanbiederId ?? (await one(`INSERT INTO aanbieder (naam, organisatie_id) VALUES ($1, $2) RETURNING id`, [`Aanbieder van ${naam}`, organisatieId])).id;
    const { id } = await one(
      `INSERT INTO instrument (gids, naam, organisatie_id, aanbieder_id, publiceren, samenvatting) VALUES ('EVA', $1, $2, $3, true, 'Een korte samenvatting.') RETURNING id`,
      [naam, organisatieId, aanbieder],
    );
    await catalog.query(`INSERT INTO instrument_kenmerk (instrument_id, kenmerk_code) VALUES ($1, 'EW01')`, [id]);
    await catalog.query(`INSERT INTO instrument_regio (instrument_id, regio_code) VALUES ($1, 'AM18')`, [id]);
    await catalog.query(
      `INSERT INTO download (instrument_id, label, bestandsnaam, mime_type, grootte, content_hash) VALUES ($1, 'Folder', 'folder.pdf', 'application/pdf', 10, $2)`,
      [id, `${id.replace(/-/g, '')}${'0'.repeat(32)}`],
    );
    await platform.sync();
    return { id, aanbieder };
  }

  const remove = async (id: string, who = 'regioA') => ok(await gql(DELETE, { id, v: await version(id) }, who));
  const ew01 = (r: GraphQLResponse) => r.data!.instrumentSearch.facets.flatMap((f: any) => f.opties).find((o: any) => o.kenmerk.code === 'EW01')?.count ?? 0;
  const aantalVan = async (aanbieder: string) => ok(await gql(COUNTS, {}, 'landelijk')).instrumentAantallen.find((r: any) => r.sleutels[0] === aanbieder)?.aantal ?? 0;
  const bekeken = (id: string) => platform.gql(RECORD, { events: [{ soort: 'BEKEKEN', gids: 'EVA', instrumentId: id }] });
  const inPrullenbak = async (who: string): Promise<any[]> => ok(await gql(PRULLENBAK, { first: 100 }, who)).prullenbak.nodes;

  beforeAll(async () => {
    platform = await startTestPlatform();
    catalog = platform.subgraphs.find((s) => s.definition.name === 'catalog')!.dataSource;
    await catalog.query(`INSERT INTO organisatie (id, naam, regio_code) VALUES ($1, 'Werkbedrijf A', 'AM18'), ($2, 'Werkbedrijf B', 'AM22')`, [ORG_A, ORG_B]);
    const users: [string, 'REGIO_BEHEERDER' | 'LANDELIJK_BEHEERDER' | 'PROFESSIONAL', string[]][] = [
      ['regioA', 'REGIO_BEHEERDER', [ORG_A]], ['regioB', 'REGIO_BEHEERDER', [ORG_B]], ['landelijk', 'LANDELIJK_BEHEERDER', []], ['professional', 'PROFESSIONAL', [ORG_A]],
    ];
    for (const [name, rol, organisatieIds] of users) {
      me[name] = await platform.createGebruiker({ email: `${name}@test.nl`, rol, organisatieIds });
      as[name] = platform.bearer(await platform.login(`${name}@test.nl`));
    }
  });
  afterAll(() => platform?.close());

  it('takes a deleted instrument out of every read at once, and shows it in the prullenbak of its organisatie only', async () => {
    const { id, aanbieder } = await instrument('Prullenbakproef');
    const before = ok(await gql(PUBLIC, { id }, 'anonymous')).instrument;
    assert.equal(ok(await gql(SEARCH, { tekst: 'Prullenbakproef' }, 'anonymous')).instrumentSearch.totalCount, 1);
    const facetBefore = ew01(await gql(SEARCH, {}, 'anonymous'));
    const listBefore = ok(await gql(LIST, {}, 'anonymous')).instruments;
    assert.ok(listBefore.nodes.some((n: any) => n.id === id));
    assert.equal(await aantalVan(aanbieder), 1);
    assert.equal(ok(await bekeken(id)).recordEvents, 1);

    assert.equal((await remove(id)).deleteInstrument, true);
    await platform.sync();

    assert.equal(codeOf(await gql(PUBLIC, { id }, 'anonymous')), 'NOT_FOUND');
    assert.equal(codeOf(await gql(PUBLIC, { id }, 'regioA')), 'NOT_FOUND', 'not for its beheerder either');
    assert.equal(codeOf(await gql('query($id: ID!) { beheerInstrument(id: $id) { id } }', { id }, 'regioA')), 'NOT_FOUND');
    const search = await gql(SEARCH, { tekst: 'Prullenbakproef' }, 'anonymous');
    assert.equal(search.data!.instrumentSearch.totalCount, 0);
    assert.equal(ew01(await gql(SEARCH, {}, 'anonymous')), facetBefore - 1, 'the facet counts drop too');
    const list = ok(await gql(LIST, {}, 'anonymous')).instruments;
    assert.equal(list.totalCount, listBefore.totalCount - 1);
    assert.ok(!list.nodes.some((n: any) => n.id === id));
    const mine = ok(await gql('{ mijnInstrumenten(first: 100) { nodes { id } } }', {}, 'regioA')).mijnInstrumenten.nodes;
    assert.ok(!mine.some((n: any) => n.id === id));
    assert.equal(await aantalVan(aanbieder), 0, 'the dashboard counts it no more');
    assert.equal(codeOf(await bekeken(id)), 'BAD_USER_INPUT', 'insights follows the tombstone on the instrument topic');
    assert.equal(codeOf(await gql('mutation($id: ID!, $v: Int!) { updateInstrument(id: $id, version: $v, input: { naam: "x" }) { id } }', { id, v: await version(id) }, 'regioA')), 'NOT_FOUND');

    const [item] = (await inPrullenbak('regioA')).filter((n) => n.id === id);
    assert.deepEqual({ soort: item.soort, naam: item.naam, organisatie: item.organisatie.id, door: item.verwijderdDoor }, { soort: 'INSTRUMENT', naam: 'Prullenbakproef', organisatie: ORG_A, door: me.regioA });
    assert.equal(new Date(item.purgeOp).getTime() - new Date(item.verwijderdOp).getTime(), prullenbakDagen() * 86_400_000);
    assert.ok((await inPrullenbak('landelijk')).some((n) => n.id === id), 'the landelijk beheerder sees every organisatie\'s');
    assert.ok(!(await inPrullenbak('regioB')).some((n) => n.id === id), 'another organisatie does not see it');
    assert.equal(before.naam, 'Prullenbakproef');
  });

  it('restores an instrument exactly as it was, version raised and audited, back in search, lists, counts and the topic', async () => {
    const { id, aanbieder } = await instrument('Terugzetproef', ORG_B); // the professional (of A) may review it
    ok(await gql('mutation($id: ID!) { createReview(instrumentId: $id, sterren: 5) { id } }', { id }, 'professional'));
    await platform.sync();
    const rated = async () => ok(await gql(RATED, { tekst: 'Terugzetproef' }, 'anonymous')).instrumentSearch.totalCount;
    assert.equal(await rated(), 1);
    const before = ok(await gql(PUBLIC, { id }, 'anonymous')).instrument;
    await remove(id, 'regioB');
    const deletedVersion = await version(id);
    assert.equal(deletedVersion, before.version + 1, 'the delete raises the version');

    const restored = ok(await gql(RESTORE, { id }, 'regioB')).restoreInstrument;
    assert.equal(restored.version, deletedVersion + 1);
    await platform.sync();
    const after = ok(await gql(PUBLIC, { id }, 'anonymous')).instrument;
    assert.deepEqual({ ...after, version: 0 }, { ...before, version: 0 }, 'the same content, koppelingen and downloads');
    assert.equal(ok(await gql(SEARCH, { tekst: 'Terugzetproef' }, 'anonymous')).instrumentSearch.totalCount, 1);
    assert.ok(ok(await gql(LIST, {}, 'anonymous')).instruments.nodes.some((n: any) => n.id === id));
    assert.equal(await aantalVan(aanbieder), 1);
    assert.equal(ok(await bekeken(id)).recordEvents, 1, 'insights knows it again');
    assert.equal(await rated(), 1, 'reviews publishes its aggregate again, so the search filters on it');
    assert.ok(!(await inPrullenbak('regioB')).some((n) => n.id === id));

    const trail = ok(await gql('query($id: ID!) { auditLog(entiteitId: $id) { nodes { actie gebruikerId } } }', { id }, 'regioB')).auditLog.nodes;
    assert.deepEqual(trail.map((a: any) => a.actie), ['teruggezet', 'verwijderd'], 'newest first');
    assert.ok(trail.every((a: any) => a.gebruikerId === me.regioB));

    assert.equal(codeOf(await gql(RESTORE, { id }, 'regioB')), 'NOT_FOUND', 'not in the prullenbak (any more)');
    assert.equal(codeOf(await gql(RESTORE, { id: UNKNOWN }, 'regioB')), 'NOT_FOUND');
  });

  describe('authorization matrix', () => {
    const ROLES: [string, string | undefined, string | undefined][] = [
      ['anonymous', 'UNAUTHENTICATED', 'UNAUTHENTICATED'],
      ['professional', 'FORBIDDEN', 'FORBIDDEN'],
      ['regioB', 'FORBIDDEN', 'FORBIDDEN'],
      ['regioA', undefined, undefined],
      ['landelijk', undefined, undefined],
    ];
    for (const [who, onDelete, onRestore] of ROLES) {
      it(`deleteInstrument and restoreInstrument as ${who}: ${onDelete ?? 'allowed'}, ${onRestore ?? 'allowed'}`, async () => {
        const { id } = await instrument(`Matrix ${who}`);
        const v = await version(id);
        assert.equal(codeOf(await gql(DELETE, { id, v }, who)), onDelete ?? 'OK');
        if (onDelete) {
          assert.equal(await version(id), v, 'a refused delete changes nothing');
          await remove(id);
        }
        const deleted = await version(id);
        assert.equal(codeOf(await gql(RESTORE, { id }, who)), onRestore ?? 'OK');
        const [row] = await catalog.query('SELECT version, verwijderd_op IS NOT NULL AS weg FROM instrument WHERE id = $1', [id]);
        assert.deepEqual(row, onRestore ? { version: deleted, weg: true } : { version: deleted + 1, weg: false });
      });
    }

    it('prullenbak: anonymous UNAUTHENTICATED, a professional FORBIDDEN', async () => {
      assert.equal(codeOf(await gql(PRULLENBAK, {}, 'anonymous')), 'UNAUTHENTICATED');
      assert.equal(codeOf(await gql(PRULLENBAK, {}, 'professional')), 'FORBIDDEN');
    });
  });

  it('pages the prullenbak newest deletion first', async () => {
    for (const naam of ['Pagina 1', 'Pagina 2', 'Pagina 3']) await remove((await instrument(naam, ORG_B)).id, 'regioB');
    await catalog.query(`INSERT INTO aanbieder (naam, organisatie_id) VALUES ('Losse aanbieder', $1)`, [ORG_B]);
    const los = await one(`SELECT id, version FROM aanbieder WHERE naam = 'Losse aanbieder'`);
    ok(await gql(DELETE_AANBIEDER, { id: los.id, v: los.version }, 'regioB'));
    const seen: any[] = [];
    let after: string | null = null;
    do {
      const page: any = ok(await gql(PRULLENBAK, { first: 2, after }, 'regioB')).prullenbak;
      assert.equal(page.totalCount, 4);
      seen.push(...page.nodes);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    assert.deepEqual(seen.map((n) => n.naam), ['Losse aanbieder', 'Pagina 3', 'Pagina 2', 'Pagina 1']);
    assert.deepEqual(seen.map((n) => n.soort), ['AANBIEDER', 'INSTRUMENT', 'INSTRUMENT', 'INSTRUMENT']);
  });

  it('soft-deletes and restores an aanbieder; an instrument waits for its aanbieder', async () => {
    const { id, aanbieder } = await instrument('Met eigen aanbieder');
    const live = await one('SELECT version FROM aanbieder WHERE id = $1', [aanbieder]);
    assert.equal(codeOf(await gql(DELETE_AANBIEDER, { id: aanbieder, v: live.version }, 'regioA')), 'CONFLICT', 'still used by a live instrument');

    await remove(id);
    ok(await gql(DELETE_AANBIEDER, { id: aanbieder, v: live.version }, 'regioA'));
    assert.equal(codeOf(await gql('query($id: ID!) { aanbieder(id: $id) { id } }', { id: aanbieder }, 'anonymous')), 'NOT_FOUND');
    assert.ok(!ok(await gql('{ beheerAanbieders { id } }', {}, 'regioA')).beheerAanbieders.some((a: any) => a.id === aanbieder));
    assert.deepEqual((await inPrullenbak('regioA')).filter((n) => [id, aanbieder].includes(n.id)).map((n) => n.soort), ['AANBIEDER', 'INSTRUMENT']);

    const refused = await gql(RESTORE, { id }, 'regioA');
    assert.equal(codeOf(refused), 'CONFLICT');
    assert.match(refused.errors![0]!.message, /aanbieder/);
    assert.equal(codeOf(await gql(RESTORE_AANBIEDER, { id: aanbieder }, 'regioB')), 'FORBIDDEN');
    const back = ok(await gql(RESTORE_AANBIEDER, { id: aanbieder }, 'regioA')).restoreAanbieder;
    assert.deepEqual(back, { id: aanbieder, naam: 'Aanbieder van Met eigen aanbieder', version: live.version + 2 });
    ok(await gql(RESTORE, { id }, 'regioA'));
    await platform.sync();
    assert.equal(ok(await gql(PUBLIC, { id }, 'anonymous')).instrument.aanbieder.id, aanbieder);
    const trail = await catalog.query(`SELECT actie FROM audit_record WHERE entiteit_id = $1 ORDER BY tijdstip`, [aanbieder]);
    assert.deepEqual(trail.map((a: any) => a.actie), ['verwijderd', 'teruggezet']);
  });

  it('purges what was deleted longer ago than the retention period for good, with its downloads; a recent deletion stays', async () => {
    const old = await instrument('Lang geleden');
    const recent = await instrument('Net verwijderd');
    await remove(old.id);
    await remove(recent.id);
    const oldAanbieder = await one('SELECT version FROM aanbieder WHERE id = $1', [old.aanbieder]);
    ok(await gql(DELETE_AANBIEDER, { id: old.aanbieder, v: oldAanbieder.version }, 'regioA'));
    const days = prullenbakDagen() + 1;
    await catalog.query(`UPDATE instrument SET verwijderd_op = now() - make_interval(days => $2) WHERE id = $1`, [old.id, days]);
    await catalog.query(`UPDATE aanbieder SET verwijderd_op = now() - make_interval(days => $2) WHERE id = $1`, [old.aanbieder, days]);
    const hashes = async () => new Set((await catalog.query('SELECT DISTINCT content_hash FROM download')).map((r: any) => r.content_hash));
    const oldHash = (await one('SELECT content_hash FROM download WHERE instrument_id = $1', [old.id])).content_hash;
    const recentHash = (await one('SELECT content_hash FROM download WHERE instrument_id = $1', [recent.id])).content_hash;

    const purged = await purgePrullenbak(catalog);
    assert.deepEqual(purged, { instrumenten: 1, aanbieders: 1 });
    assert.equal(await one('SELECT id FROM instrument WHERE id = $1', [old.id]), undefined);
    assert.equal(await one('SELECT id FROM aanbieder WHERE id = $1', [old.aanbieder]), undefined);
    assert.equal((await one('SELECT count(*)::int AS n FROM instrument_kenmerk WHERE instrument_id = $1', [old.id])).n, 0);
    const left = await hashes();
    assert.ok(!left.has(oldHash) && left.has(recentHash), 'the download GC now removes only the purged instrument\'s file');
    assert.ok((await one('SELECT id FROM instrument WHERE id = $1 AND verwijderd_op IS NOT NULL', [recent.id])), 'a recent deletion stays in the prullenbak');
    assert.ok(!(await inPrullenbak('regioA')).some((n) => n.id === old.id));
    assert.equal(codeOf(await gql(RESTORE, { id: old.id }, 'regioA')), 'NOT_FOUND');
    const audit = await one(`SELECT actie, gebruiker_id FROM audit_record WHERE entiteit_id = $1 ORDER BY tijdstip DESC LIMIT 1`, [old.id]);
    assert.deepEqual(audit, { actie: 'definitief verwijderd', gebruiker_id: '00000000-0000-0000-0000-000000000000' });
    assert.deepEqual(await purgePrullenbak(catalog), { instrumenten: 0, aanbieders: 0 }, 'a second run (another replica) finds nothing');
  });

  it('reads the retention period from PRULLENBAK_DAGEN, 90 days unless it is a whole number', () => {
    assert.equal(prullenbakDagen({}), 90);
    assert.equal(prullenbakDagen({ PRULLENBAK_DAGEN: '30' }), 30);
    assert.equal(prullenbakDagen({ PRULLENBAK_DAGEN: 'veel' }), 90);
  });
});
