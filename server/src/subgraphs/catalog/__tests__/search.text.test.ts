import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { createSubgraphDataSource } from '../../../core/data-source.js';
import { startSubgraphUnderTest, type SubgraphUnderTest } from '../../../test-support/subgraph.js';
import { catalogDefinition } from '../definition.js';
import { openCatalog } from '../catalog.context.js';

const SEARCH = `query($gids: Gids!, $filter: InstrumentFilter, $first: Int, $after: String, $sort: InstrumentSort) {
  instrumentSearch(gids: $gids, filter: $filter, first: $first, after: $after, sort: $sort) {
    totalCount nodes { id naam samenvattingKort } pageInfo { hasNextPage endCursor }
  }
}`;

describe('text search, sorting and keeping the index current', () => {
  let sg: SubgraphUnderTest;
  let aanbiederId: string;
  let organisatieId: string;

  const add = async (naam: string, samenvatting: string, extra: Record<string, string> = {}) => {
    const [row] = await sg.dataSource.query(
      `INSERT INTO instrument (gids, naam, samenvatting, doel, organisatie_id, aanbieder_id, publiceren, landelijk, created_at)
       VALUES ('EVA', $1, $2, $3, $4, $5, true, true, $6) RETURNING id`,
      [naam, samenvatting, extra.doel ?? null, organisatieId, aanbiederId, extra.created ?? '2025-01-01T00:00:00Z'],
    );
    return row.id as string;
  };
  const search = async (variables: Record<string, unknown>) => {
    const result = await sg.execute<any>(SEARCH, { gids: 'EVA', first: 20, ...variables });
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return result.data!.instrumentSearch;
  };
  const names = async (tekst: string) => (await search({ filter: { tekst } })).nodes.map((n: any) => n.naam);

  beforeAll(async () => {
    sg = await startSubgraphUnderTest(catalogDefinition, 0);
    const [org] = await sg.dataSource.query(`INSERT INTO organisatie (naam) VALUES ('Werkbedrijf Test') RETURNING id`);
    organisatieId = org.id;
    const [aanbieder] = await sg.dataSource.query(`INSERT INTO aanbieder (naam, organisatie_id) VALUES ('Stichting Springplank', $1) RETURNING id`, [organisatieId]);
    aanbiederId = aanbieder.id;
    await add('Training sollicitatievaardigheden', 'Je oefent een gesprek. Je maakt bijv. een cv. Daarna solliciteer je o.a. bij een werkgever. Tot slot evalueer je.', { created: '2025-03-01T00:00:00Z' });
    await add('Oriëntatie op werk', 'Je ontdekt welk werk bij je past.', { created: '2025-02-01T00:00:00Z' });
    await add('Taalcoach aan huis', 'Een coach helpt je met de Nederlandse taal.', { created: '2025-04-01T00:00:00Z' });
    await add('Werkfit', 'Je werkt aan je conditie.', { doel: 'Na afloop kun je sollicitatiebrieven schrijven.' });
    await add('Digitale vaardigheden', 'Je leert werken met de computer.');
    for (let n = 1; n <= 16; n++) await add(`Jobcoaching ${n}`, `Een jobcoach begeleidt je op de werkplek. Traject ${n}.`, { created: `2024-0${(n % 9) + 1}-01T00:00:00Z` });
    await sg.sync();
  });
  afterAll(() => sg.close());

  it('matches the beginning of a word, as in a search box', async () => {
    assert.deepEqual(await names('sollicit'), ['Training sollicitatievaardigheden', 'Werkfit']);
  });

  it('uses Dutch word forms: "sollicitaties" finds "sollicitatievaardigheden"', async () => {
    assert.ok((await names('sollicitaties')).includes('Training sollicitatievaardigheden'));
  });

  it('ignores accents both ways', async () => {
    assert.deepEqual(await names('orientatie'), ['Oriëntatie op werk']);
    assert.deepEqual(await names('ORIËNTATIE'), ['Oriëntatie op werk']);
  });

  it('tolerates a typo', async () => {
    assert.ok((await names('sollicitatei')).includes('Training sollicitatievaardigheden'));
    assert.ok((await names('taalcaoch')).includes('Taalcoach aan huis'));
  });

  it('needs every word, and ignores stop words', async () => {
    assert.deepEqual(await names('coach taal'), ['Taalcoach aan huis']);
    assert.deepEqual(await names('de taal'), ['Taalcoach aan huis']);
    // Long stop words too: "naar" and "voor" are not in any instrument's index.
    assert.deepEqual(await names('taal voor huis'), ['Taalcoach aan huis']);
    assert.deepEqual(await names('oriëntatie naar werk'), ['Oriëntatie op werk']);
    assert.deepEqual(await names('taal computer'), []);
  });

  it('ranks a match in the naam above one in the doel', async () => {
    assert.deepEqual(await names('sollicitatie'), ['Training sollicitatievaardigheden', 'Werkfit']);
  });

  it('finds instruments by their aanbieder, also after the aanbieder is renamed', async () => {
    assert.equal((await search({ filter: { tekst: 'springplank' } })).totalCount, 21);
    await sg.dataSource.query(`UPDATE aanbieder SET naam = 'Stichting Opstap' WHERE id = $1`, [aanbiederId]);
    await sg.sync();
    assert.equal((await search({ filter: { tekst: 'springplank' } })).totalCount, 0);
    assert.equal((await search({ filter: { tekst: 'opstap' } })).totalCount, 21);
  });

  it('pages through every sort without gaps or repeats', async () => {
    for (const [sort, tekst] of [['NAAM', null], ['NIEUWSTE', null], ['RELEVANTIE', 'werk']] as const) {
      const full = await search({ first: 100, sort, filter: tekst ? { tekst } : null });
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: any = await search({ first: 4, after: cursor, sort, filter: tekst ? { tekst } : null });
        seen.push(...page.nodes.map((n: any) => n.id));
        cursor = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (cursor);
      assert.deepEqual(seen, full.nodes.map((n: any) => n.id), `sort ${sort}`);
      assert.equal(seen.length, full.totalCount);
    }
    const newest = await search({ first: 3, sort: 'NIEUWSTE' });
    assert.deepEqual(newest.nodes.map((n: any) => n.naam), ['Taalcoach aan huis', 'Training sollicitatievaardigheden', 'Oriëntatie op werk']);
    const byName = await search({ first: 3, sort: 'NAAM' });
    assert.deepEqual(byName.nodes.map((n: any) => n.naam), ['Digitale vaardigheden', 'Jobcoaching 1', 'Jobcoaching 2']);
  });

  it('refuses a cursor of another sort', async () => {
    const page = await search({ first: 2, sort: 'NAAM' });
    const result = await sg.execute<any>(SEARCH, { gids: 'EVA', first: 2, sort: 'NIEUWSTE', after: page.pageInfo.endCursor });
    assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });

  it('shows the first three sentences, not split at "bijv." or "o.a."', async () => {
    const [node] = (await search({ filter: { tekst: 'training' } })).nodes;
    assert.equal(node.samenvattingKort, 'Je oefent een gesprek. Je maakt bijv. een cv. Daarna solliciteer je o.a. bij een werkgever.');
  });

  it('keeps a second catalog replica current through change notifications', async () => {
    const ds = createSubgraphDataSource({ ...catalogDefinition, url: (sg.dataSource.options as { url: string }).url });
    await ds.initialize();
    const replica = await openCatalog(ds);
    try {
      const id = await add('Fietsles voor nieuwkomers', 'Je leert veilig fietsen.');
      await replica.sync();
      const context = await replica.context();
      const found = await context.services.search.search({ gids: null, filter: { tekst: 'fietsles' }, first: 5, after: null, sort: null });
      assert.deepEqual(found.ids, [id]);
      await sg.dataSource.query('DELETE FROM instrument WHERE id = $1', [id]);
      await Promise.all([replica.sync(), sg.sync()]);
      assert.equal((await context.services.search.search({ gids: null, filter: { tekst: 'fietsles' }, first: 5, after: null, sort: null })).totalCount, 0);
      assert.equal((await search({ filter: { tekst: 'fietsles' } })).totalCount, 0);
    } finally {
      await replica.close();
      await ds.destroy();
    }
  });
});
