import assert from 'node:assert/strict';
import { LRUCache } from 'lru-cache';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { Caller } from '../../../core/caller.js';
import { encodeCursor } from '../../../core/pagination.js';
import type { GraphQLResponse } from '../../../test-support/harness.js';
import { startSubgraphUnderTest, type SubgraphUnderTest } from '../../../test-support/subgraph.js';
import type { OpenSubgraph } from '../../../core/subgraph-definition.js';
import { catalogDefinition } from '../definition.js';
import { Decomposer } from '../search/compounds.js';
import { QUERY_STEMS } from '../search/search-index.manager.js';
import { SearchIndexStore } from '../search/search-index.store.js';
import { MAX_ITEMS } from '../beheer/limits.js';
import type { CatalogContext } from '../catalog.context.js';
import { MAX_REPRESENTATIONS } from '../../../core/entity-limit.js';
import { amsterdamToday, isPublishedSql } from '../../../core/publicatie.js';
import { SearchIndex } from '../search/search-index.js';
import type { IndexRow } from '../search/search-index.store.js';
import { MAX_FILTER_KENMERKEN } from '../search/kenmerk-selection.js';

const codeOf = (r: GraphQLResponse) => r.errors?.[0]?.extensions?.code as string | undefined;
const fieldsOf = (r: GraphQLResponse): string[] => ((r.errors?.[0]?.extensions?.fields ?? []) as { field: string }[]).map((f) => f.field);
const times = <T>(n: number, item: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => item(i));

const SEARCH = 'query($f: InstrumentFilter, $first: Int) { instrumentSearch(gids: EVA, filter: $f, first: $first) { totalCount nodes { id aanbieder { id } } } }';
const CREATE = 'mutation($input: CreateInstrumentInput!) { createInstrument(input: $input) { id } }';
const ENTITIES = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Instrument { id } ... on Gemeente { code } } }';

describe('search index cache: a bound in bytes, least recently used out first', () => {
  const row = (i: number): IndexRow => ({
    id: randomUUID(), gids: 'EVA' as IndexRow['gids'], naam: `Instrument ${i}`, created_at: new Date(), publiceren: true, publiceer_vanaf: null,
    publiceer_tot_en_met: null, totale_kosten: null, totale_duur: null, duur_eenheid: null, intensiteit: null, aanbieder_id: randomUUID(),
    organisatie_id: randomUUID(), landelijk: true, type: 'INSTRUMENT' as IndexRow['type'], zoekvector: null, aanbieder_zoekvector: null, kenmerken: [], regios: [], gemeenten: [], wijken: [],
  });

  it('200 aanbieders with instruments fill the cache only up to its bound, and every answer stays right', () => {
    // 1024 slots: a bitset is 128 bytes, so the bound holds 10 of them.
    const index = new SearchIndex(1024, [], { gemeenten: [], wijken: [] }, 10 * 128);
    const rows = times(200, row);
    for (const r of rows) assert.ok(index.upsert(r));
    for (const r of rows) {
      assert.equal(index.aanbiederSet(r.aanbieder_id).count(), 1);
      assert.equal(index.organisatieSet(r.organisatie_id).count(), 1);
    }
    const stats = index.cacheStats();
    assert.ok(stats.bytes <= 10 * 128 && stats.entries <= 10, JSON.stringify(stats));
    assert.equal(index.aanbiederSet(randomUUID()).count(), 0);
    assert.equal(index.cacheStats().entries, stats.entries, 'an id without instruments is not cached');
  });
});

describe('catalog: hostile input', () => {
  let sg: SubgraphUnderTest;
  let opened: OpenSubgraph;
  let orgA: string, aanbiederA: string;
  let regioA: Caller, regioB: Caller, landelijk: Caller, professional: Caller;

  const one = async (sql: string, params: unknown[] = []) => (await sg.dataSource.query(sql, params))[0];
  const instrumentCount = async () => Number((await one('SELECT count(*) AS n FROM instrument')).n);
  const cacheStats = async () => ((await opened.context()) as CatalogContext).services.search.cacheStats();
  const evaInput = (overrides: Record<string, unknown> = {}) => ({
    gids: 'EVA', organisatieId: orgA, aanbiederId: aanbiederA, naam: 'Training ' + randomUUID().slice(0, 6),
    samenvatting: 'Kort.', doel: '<p>Werk</p>', werkwijze: '<p>Groep</p>', ...overrides,
  });

  beforeAll(async () => {
    const catalog = catalogDefinition;
    // The same subgraph, with a hold on what it opened: the tests read the search service's cache sizes.
    sg = await startSubgraphUnderTest({ ...catalog, open: async (ds, log) => (opened = await catalog.open(ds, log)) }, 60);
    const orgs: { id: string }[] = await sg.dataSource.query('SELECT id FROM organisatie WHERE regio_code IS NOT NULL ORDER BY naam LIMIT 2');
    orgA = orgs[0]!.id;
    aanbiederA = (await one('SELECT id FROM aanbieder WHERE organisatie_id = $1 LIMIT 1', [orgA])).id;
    regioA = { id: randomUUID(), rol: 'REGIO_BEHEERDER', organisatieIds: [orgA] };
    regioB = { id: randomUUID(), rol: 'REGIO_BEHEERDER', organisatieIds: [orgs[1]!.id] };
    landelijk = { id: randomUUID(), rol: 'LANDELIJK_BEHEERDER', organisatieIds: [] };
    professional = { id: randomUUID(), rol: 'PROFESSIONAL', organisatieIds: [orgA] };
  });
  afterAll(() => sg.close());

  describe('search caches stay bounded whatever ids a caller sends', () => {
    it('200 searches with different organisatie and aanbieder ids do not grow the cache', async () => {
      await sg.execute(SEARCH, { f: {} });
      const before = await cacheStats();
      for (let i = 0; i < 200; i++) {
        const result = await sg.execute(SEARCH, { f: { organisatieId: randomUUID(), aanbiederId: randomUUID() } });
        assert.equal(result.errors, undefined, JSON.stringify(result.errors));
        assert.equal(result.data!.instrumentSearch.totalCount, 0, 'an id without instruments finds nothing');
      }
      const afterwards = await cacheStats();
      assert.ok(afterwards.entries <= before.entries + 2, `cache entries ${before.entries} -> ${afterwards.entries}`);
      assert.ok(afterwards.bytes <= afterwards.maxBytes);
    });

    it('an aanbieder with instruments is still found (and its bitset cached within the bound)', async () => {
      const [{ aanbieder_id: aanbiederId, n }] = await sg.dataSource.query(
        `SELECT aanbieder_id, count(*)::int AS n FROM instrument i WHERE gids = 'EVA' AND ${isPublishedSql('i', '$1::date')}
          GROUP BY aanbieder_id ORDER BY n DESC LIMIT 1`,
        [amsterdamToday()],
      );
      const result = await sg.execute(SEARCH, { f: { aanbiederId: aanbiederId.toUpperCase() }, first: 100 });
      assert.equal(result.data!.instrumentSearch.totalCount, n);
      assert.ok(result.data!.instrumentSearch.nodes.every((node: any) => node.aanbieder.id === aanbiederId));
    });

    it('refuses a malformed or huge id, and a very long text, as BAD_USER_INPUT naming the field', async () => {
      const huge = 'a'.repeat(1024 * 1024);
      const byId = await sg.execute(SEARCH, { f: { organisatieId: huge, aanbiederId: 'abc' } });
      assert.equal(codeOf(byId), 'BAD_USER_INPUT');
      assert.deepEqual(fieldsOf(byId).sort(), ['filter.aanbiederId', 'filter.organisatieId']);
      assert.ok(byId.errors![0]!.message.length < 1000, 'the message does not repeat the id');
      const text = await sg.execute(SEARCH, { f: { tekst: 'sollicitatie '.repeat(20) } });
      assert.deepEqual([codeOf(text), fieldsOf(text)], ['BAD_USER_INPUT', ['filter.tekst']]);
    });

    it('matches at most three words of a text with typos; a fourth must match as typed', async () => {
      const total = async (tekst: string) => (await sg.execute(SEARCH, { f: { tekst } })).data!.instrumentSearch.totalCount as number;
      const found = await total('training');
      assert.ok(found > 0);
      assert.equal(await total('trainig traning trxining'), found, 'three different typos of one word still find it');
      assert.equal(await total('trainig traning trxining traininq'), 0);
    });

    it('remembers a bounded number of stems for the made-up compounds of search texts', async () => {
      const madeUp = Array.from({ length: 40 }, (_, i) => `kwab${i}belzorptraject`);
      for (const word of madeUp) assert.equal((await sg.execute(SEARCH, { f: { tekst: word } })).errors, undefined);
      const { splitStems } = await cacheStats();
      assert.ok(splitStems > 0 && splitStems <= QUERY_STEMS, `${splitStems} stems remembered`);
      // The bound holds: a splitter with room for 50 stems, given 200 new words with many heads each.
      const store = new SearchIndexStore(sg.dataSource);
      const splitter = new Decomposer((words) => store.stemsInBulk(words), new LRUCache<string, string>({ max: 50 }));
      const words = Array.from({ length: 200 }, (_, i) => `zorp${i}werkplekcursus`);
      await splitter.decompose(words, { known: (lexeme) => lexeme === 'cursus' });
      assert.ok(splitter.remembered <= 50, `${splitter.remembered} > 50`);
    });

    it('refuses more kenmerken in a filter than both guides have', async () => {
      const result = await sg.execute(SEARCH, { f: { kenmerken: times(MAX_FILTER_KENMERKEN + 1, (i) => `XX${i}`) } });
      assert.equal(codeOf(result), 'BAD_USER_INPUT');
      assert.deepEqual(fieldsOf(result), ['filter.kenmerken'], 'one problem, not one per unknown code');
    });
  });

  describe('_entities applies the publication rule', () => {
    let concept: string, verlopen: string, gepubliceerd: string;

    beforeAll(async () => {
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        const created = await sg.execute(CREATE, { input: evaInput() }, regioA);
        assert.equal(created.errors, undefined, JSON.stringify(created.errors));
        ids.push(created.data!.createInstrument.id);
      }
      [concept, verlopen, gepubliceerd] = ids as [string, string, string];
      await sg.dataSource.query("UPDATE instrument SET publiceren = true, publiceer_vanaf = '2000-01-01', publiceer_tot_en_met = '2000-12-31' WHERE id = $1", [verlopen]);
      await sg.dataSource.query('UPDATE instrument SET publiceren = true, publiceer_vanaf = NULL, publiceer_tot_en_met = NULL WHERE id = $1', [gepubliceerd]);
    });

    const resolve = async (as: Caller | null | undefined) => {
      const result = await sg.execute(ENTITIES, { r: [concept, verlopen, gepubliceerd].map((id) => ({ __typename: 'Instrument', id })) }, as);
      assert.equal(result.errors, undefined, JSON.stringify(result.errors));
      return result.data!._entities.map((e: { id: string } | null) => e?.id ?? null);
    };

    it('shows only the published instrument to a direct caller, an anonymous one and a professional', async () => {
      for (const as of [undefined, null, professional]) assert.deepEqual(await resolve(as), [null, null, gepubliceerd]);
    });

    it('shows every one to a beheerder who may manage them, and not to one of another organisatie', async () => {
      assert.deepEqual(await resolve(regioA), [concept, verlopen, gepubliceerd]);
      assert.deepEqual(await resolve(landelijk), [concept, verlopen, gepubliceerd]);
      assert.deepEqual(await resolve(regioB), [null, null, gepubliceerd]);
    });

    it('resolves a reference with a malformed id to null instead of an internal error', async () => {
      const result = await sg.execute(ENTITIES, { r: [{ __typename: 'Instrument', id: 'abc' }, { __typename: 'Instrument', id: 42 }, { __typename: 'Gemeente', code: 'x'.repeat(10_000) }] });
      assert.equal(result.errors, undefined, JSON.stringify(result.errors));
      assert.deepEqual(result.data!._entities, [null, null, null]);
    });

    it(`refuses more than ${MAX_REPRESENTATIONS} representations`, async () => {
      const result = await sg.execute(ENTITIES, { r: times(MAX_REPRESENTATIONS + 1, () => ({ __typename: 'Instrument', id: randomUUID() })) });
      assert.equal(codeOf(result), 'BAD_USER_INPUT');
    });
  });

  describe('beheer lists and texts have limits', () => {
    it('refuses every over-long list at once and saves nothing', async () => {
      const before = await instrumentCount();
      const result = await sg.execute(CREATE, {
        input: evaInput({
          links: times(MAX_ITEMS.links + 1, (i) => ({ label: `Link ${i}`, url: 'https://example.org' })),
          locaties: times(MAX_ITEMS.locaties + 1, (i) => ({ naam: `Locatie ${i}`, type: 'GEMEENTE' })),
          registratiecodes: times(MAX_ITEMS.registratiecodes + 1, (i) => ({ code: `R${i}` })),
          contactpersonen: times(MAX_ITEMS.contactpersonen + 1, () => ({ contactpersoonId: randomUUID(), soort: 'INTERN' })),
          videos: times(MAX_ITEMS.videos + 1, () => ({ youtube: 'rVsqEJhVLFM' })),
          kenmerken: times(MAX_ITEMS.kenmerken + 1, (i) => `XX${i}`),
          beschikbareGebieden: {
            landelijk: false,
            regios: times(MAX_ITEMS.regios + 1, (i) => `AM${i}`),
            gemeenten: times(MAX_ITEMS.gemeenten + 1, (i) => `GM${i}`),
            wijken: times(MAX_ITEMS.wijken + 1, () => randomUUID()),
          },
        }),
      }, regioA);
      assert.equal(codeOf(result), 'BAD_USER_INPUT', JSON.stringify(result.errors));
      assert.deepEqual(new Set(fieldsOf(result)), new Set([
        'links', 'locaties', 'registratiecodes', 'contactpersonen', 'videos', 'kenmerken',
        'beschikbareGebieden.regios', 'beschikbareGebieden.gemeenten', 'beschikbareGebieden.wijken',
      ]));
      assert.equal(await instrumentCount(), before);
    });

    it('refuses every over-long text at once and saves nothing', async () => {
      const before = await instrumentCount();
      const long = (n: number) => 'x'.repeat(n + 1);
      const [contactpersoon] = await sg.dataSource.query('SELECT id FROM contactpersoon WHERE organisatie_id = $1 LIMIT 1', [orgA]);
      const result = await sg.execute(CREATE, {
        input: evaInput({
          naam: long(200),
          doel: `<p>${long(20_000)}</p>`,
          werkwijze: long(200_000),
          links: [{ label: long(200), url: `https://example.org/${long(2_000)}` }],
          locaties: [{ naam: long(200), type: 'GEMEENTE', beschrijving: long(2_000) }],
          registratiecodes: [{ code: 'R1', label: long(200) }],
          videos: [{ label: long(200), youtube: `https://www.youtube.com/watch?v=rVsqEJhVLFM&x=${long(500)}` }],
          contactpersonen: [{ contactpersoonId: contactpersoon.id, soort: 'INTERN', label: long(100) }],
        }),
      }, regioA);
      assert.equal(codeOf(result), 'BAD_USER_INPUT', JSON.stringify(result.errors));
      assert.deepEqual(new Set(fieldsOf(result)), new Set([
        'naam', 'doel', 'werkwijze', 'links[0].label', 'links[0].url', 'locaties[0].naam', 'locaties[0].beschrijving',
        'registratiecodes[0].label', 'videos[0].label', 'videos[0].youtube', 'contactpersonen[0].label',
      ]));
      assert.equal(await instrumentCount(), before);
    });

    it('limits the codes of koppelKenmerken, the contactpersonen of an aanbieder and the website of an aanbieder', async () => {
      const created = await sg.execute(CREATE, { input: evaInput() }, regioA);
      const id = created.data!.createInstrument.id;
      const koppel = await sg.execute('mutation($id: ID!, $codes: [String!]!) { koppelKenmerken(id: $id, version: 1, codes: $codes) { id } }', { id, codes: times(MAX_ITEMS.kenmerken + 1, (i) => `XX${i}`) }, regioA);
      assert.deepEqual([codeOf(koppel), fieldsOf(koppel)], ['BAD_USER_INPUT', ['codes']]);
      assert.equal((await one('SELECT version FROM instrument WHERE id = $1', [id])).version, 1);

      const contacten = await sg.execute('mutation($a: ID!, $c: [ContactpersoonKoppelingInput!]!) { setAanbiederContactpersonen(aanbiederId: $a, contactpersonen: $c) { id } }', {
        a: aanbiederA, c: times(MAX_ITEMS.contactpersonen + 1, () => ({ contactpersoonId: randomUUID(), soort: 'INTERN' })),
      }, regioA);
      assert.deepEqual([codeOf(contacten), fieldsOf(contacten)], ['BAD_USER_INPUT', ['contactpersonen']]);

      const website = await sg.execute('mutation($input: CreateAanbiederInput!) { createAanbieder(input: $input) { id } }', {
        input: { organisatieId: orgA, naam: 'Lange site', website: `https://example.org/${'x'.repeat(2_000)}` },
      }, regioA);
      assert.deepEqual([codeOf(website), fieldsOf(website)], ['BAD_USER_INPUT', ['website']]);
    });
  });

  describe('strings PostgreSQL cannot store are refused before any SQL', () => {
    it('a NUL in a nested mutation input: BAD_USER_INPUT naming the field, nothing saved', async () => {
      const before = await instrumentCount();
      const result = await sg.execute(CREATE, { input: evaInput({ links: [{ label: 'Site\u0000', url: 'https://example.org' }] }) }, regioA);
      assert.deepEqual([codeOf(result), fieldsOf(result)], ['BAD_USER_INPUT', ['input.links[0].label']]);
      assert.equal(await instrumentCount(), before);
    });

    it('a lone surrogate in a mutation input: BAD_USER_INPUT', async () => {
      const result = await sg.execute(CREATE, { input: evaInput({ naam: 'Training \ud800' }) }, regioA);
      assert.deepEqual([codeOf(result), fieldsOf(result)], ['BAD_USER_INPUT', ['input.naam']]);
      const pair = await sg.execute(CREATE, { input: evaInput({ naam: 'Training 😀' }) }, regioA);
      assert.equal(pair.errors, undefined, 'a whole emoji (a surrogate pair) is fine');
    });

    it('a NUL in a nested query filter, an entity reference or a cursor: BAD_USER_INPUT, not an internal error', async () => {
      const query = await sg.execute('query($f: MijnInstrumentenFilter) { mijnInstrumenten(filter: $f) { totalCount } }', { f: { tekst: 'a\u0000b' } }, regioA);
      assert.deepEqual([codeOf(query), fieldsOf(query)], ['BAD_USER_INPUT', ['filter.tekst']]);
      const reference = await sg.execute(ENTITIES, { r: [{ __typename: 'Gemeente', code: 'GM\u0000' }] });
      assert.deepEqual([codeOf(reference), fieldsOf(reference)], ['BAD_USER_INPUT', ['representations[0].code']]);
      const cursor = await sg.execute('query($a: String) { mijnInstrumenten(after: $a) { totalCount } }', { a: encodeCursor(['a\u0000', 'b']) }, regioA);
      assert.equal(codeOf(cursor), 'BAD_USER_INPUT');
      const audit = await sg.execute('query($a: String) { auditLog(after: $a) { totalCount } }', { a: encodeCursor(['gisteren', randomUUID()]) }, regioA);
      assert.equal(codeOf(audit), 'BAD_USER_INPUT', JSON.stringify(audit.errors));
    });
  });

  describe('every paginated list enforces the page size', () => {
    for (const [name, query, as] of [
      ['instruments', '{ instruments(first: 101) { totalCount } }', () => undefined],
      ['instrumentSearch', '{ instrumentSearch(gids: EVA, first: 101) { totalCount } }', () => undefined],
      ['mijnInstrumenten', '{ mijnInstrumenten(first: 101) { totalCount } }', () => regioA],
      ['auditLog', '{ auditLog(first: 101) { totalCount } }', () => regioA],
    ] as const) {
      it(`${name}(first: 101) is BAD_USER_INPUT`, async () => {
        const result = await sg.execute(query, {}, as());
        assert.deepEqual([codeOf(result), fieldsOf(result)], ['BAD_USER_INPUT', ['first']]);
      });
    }
  });
});
