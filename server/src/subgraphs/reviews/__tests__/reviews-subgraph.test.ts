import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { MAX_REPRESENTATIONS } from '../../../core/entity-limit.js';
import { publishEvent } from '../../../core/events.js';
import { migrationContract } from '../../../test-support/migration-contract.js';
import { startSubgraphUnderTest, type SubgraphUnderTest } from '../../../test-support/subgraph.js';
import { reviewsDefinition as reviews } from '../definition.js';
import { plainText } from '../review-text.js';

describe('reviews migrations', () => {
  migrationContract(reviews);
});

describe('reviews: _entities for a page of instruments is batched', () => {
  let sg: SubgraphUnderTest;
  let ids: string[];

  beforeAll(async () => {
    sg = await startSubgraphUnderTest(reviews, 0);
    // 100 published instruments on the catalog's topic, each with three reviews by three authors.
    const rows: { id: string }[] = await sg.dataSource.query('SELECT gen_random_uuid()::text AS id FROM generate_series(1, 100) ORDER BY 1');
    ids = rows.map((r) => r.id);
    await sg.dataSource.transaction(async (em) => {
      for (const id of ids) {
        await publishEvent(em, 'instrument', id, { organisatieId: id, gids: 'EVA', publiceren: true, publiceerVanaf: null, publiceerTotEnMet: null });
      }
    });
    await sg.sync();
    await sg.dataSource.query(`
      INSERT INTO review (instrument_id, auteur_id, organisatie_id, sterren, resultaat)
      SELECT i.id, gen_random_uuid(), gen_random_uuid(), a, 6 - a FROM instrument i, generate_series(1, 3) a`);
  });
  afterAll(() => sg?.close());

  it('refuses more than MAX_REPRESENTATIONS references, as every subgraph does (core/entity-limit.ts)', async () => {
    const r = Array.from({ length: MAX_REPRESENTATIONS + 1 }, () => ({ __typename: 'Instrument', id: ids[0] }));
    const result = await sg.execute('query($r: [_Any!]!) { _entities(representations: $r) { ... on Instrument { id } } }', { r });
    assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });

  it('5 and 100 instruments need the same number of statements', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Instrument { id
      beoordeling { gemiddelde aantal verdeling { sterren aantal } resultaat uitvoering }
      reviews(first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { id sterren tekst auteur { id } organisatie { id } createdAt } } } } }`;
    const count = async (n: number) => {
      sg.counter.reset();
      const result = await sg.execute(query, { r: ids.slice(0, n).map((id) => ({ __typename: 'Instrument', id })) });
      assert.equal(result.errors, undefined, JSON.stringify(result.errors));
      const entities = result.data!._entities;
      assert.equal(entities.length, n);
      assert.ok(entities.every((e: any) => e.beoordeling.aantal === 3 && e.beoordeling.gemiddelde === 2 && e.reviews.totalCount === 3 && e.reviews.nodes.length === 2 && e.reviews.pageInfo.hasNextPage));
      // The event follower polls on the same pool; count only the statements of the request itself.
      return sg.counter.statements.filter((sql) => /\breview\b/.test(sql)).length;
    };
    const small = await count(5);
    const large = await count(100);
    assert.equal(large, small);
    assert.ok(small <= 2, `expected one statement per loader, got ${small}`);
  });

  it('pages an instrument\'s reviews with the cursor, newest first, without gaps', async () => {
    const page = async (after: string | null) =>
      (await sg.execute(`query($r: [_Any!]!, $after: String) { _entities(representations: $r) { ... on Instrument { reviews(first: 2, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } } } }`,
        { r: [{ __typename: 'Instrument', id: ids[0] }], after })).data!._entities[0].reviews;
    const first = await page(null);
    const second = await page(first.pageInfo.endCursor);
    assert.equal(second.nodes.length, 1);
    assert.equal(second.pageInfo.hasNextPage, false);
    assert.equal(new Set([...first.nodes, ...second.nodes].map((n: { id: string }) => n.id)).size, 3);
    const bad = await sg.execute(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Instrument { reviews(after: "bm9wZQ") { totalCount } } } }`,
      { r: [{ __typename: 'Instrument', id: ids[0] }] });
    assert.equal(bad.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });
});

describe('plainText', () => {
  it('strips markup, also markup hidden behind entities, and keeps the characters', () => {
    assert.equal(plainText('<b>Goed</b> &amp; snel'), 'Goed & snel');
    assert.equal(plainText('&lt;script&gt;alert(1)&lt;/script&gt;Tekst'), 'Tekst');
    assert.equal(plainText('1 < 2 > 0'), '1 < 2 > 0');
    assert.equal(plainText('  <p> </p> '), null);
  });
});
