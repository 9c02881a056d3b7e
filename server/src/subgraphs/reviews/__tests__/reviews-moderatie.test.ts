import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { startTestPlatform, type GraphQLResponse, type TestPlatform } from '../../../test-support/harness.js';

const EIGEN = '11111111-1111-4111-8111-111111111111';
const ANDER = '22222222-2222-4222-8222-222222222222';

const LIST = `query($verborgen: Boolean, $first: Int, $after: String) {
  beheerReviews(verborgen: $verborgen, first: $first, after: $after) {
    totalCount nodes { id sterren tekst verborgen verbergReden auteur { naam } instrument { id } } pageInfo { hasNextPage endCursor } } }`;

const codeOf = (r: GraphQLResponse) => r.errors?.[0]?.extensions?.code ?? 'OK';

describe('beheerReviews: the moderators list through the gateway', () => {
  let platform: TestPlatform;
  const as: Record<string, Record<string, string>> = {};
  const instruments: Record<string, string> = {};

  async function instrument(naam: string, organisatieId: string): Promise<string> {
    const catalog = platform.subgraphs.find((s) => s.definition.name === 'catalog')!.dataSource;
    await catalog.query(`INSERT INTO organisatie (id, naam) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [organisatieId, `Org ${organisatieId.slice(0, 4)}`]);
    const [aanbieder] = await catalog.query(`INSERT INTO aanbieder (naam, organisatie_id) VALUES ('Aanbieder', $1) RETURNING id`, [organisatieId]);
    const [row] = await catalog.query(
      `INSERT INTO instrument (gids, naam, organisatie_id, aanbieder_id, publiceren, samenvatting) VALUES ('DENNIS', $1, $2, $3, true, 'Test') RETURNING id`,
      [naam, organisatieId, aanbieder.id],
    );
    await platform.sync();
    return row.id;
  }

  const review = async (who: string, instrumentId: string, tekst: string): Promise<string> => {
    const created = await platform.gql('mutation($i: ID!, $t: String) { createReview(instrumentId: $i, sterren: 4, tekst: $t) { id } }', { i: instrumentId, t: tekst }, as[who]);
    assert.equal(codeOf(created), 'OK', JSON.stringify(created.errors));
    return created.data!.createReview.id;
  };

  beforeAll(async () => {
    platform = await startTestPlatform();
    const users = {
      professional: { rol: 'PROFESSIONAL', organisatieIds: [] },
      tweede: { rol: 'PROFESSIONAL', organisatieIds: [] },
      beheerderEigen: { rol: 'REGIO_BEHEERDER', organisatieIds: [EIGEN] },
      landelijk: { rol: 'LANDELIJK_BEHEERDER', organisatieIds: [] },
    } as const;
    for (const [name, user] of Object.entries(users)) {
      const email = `${name.toLowerCase()}@test.nl`;
      await platform.createGebruiker({ email, naam: `Naam ${name}`, rol: user.rol, organisatieIds: [...user.organisatieIds] });
      as[name] = platform.bearer(await platform.login(email));
    }
    as.anonymous = {};
    instruments.eigen = await instrument('eigen', EIGEN);
    instruments.ander = await instrument('ander', ANDER);
  });
  afterAll(() => platform?.close());

  it('a regiobeheerder sees the reviews of his organisaties, hidden ones with their reason; the landelijk beheerder all; others are refused', async () => {
    const eerste = await review('professional', instruments.eigen!, 'eerste');
    const tweede = await review('tweede', instruments.eigen!, 'tweede');
    const elders = await review('professional', instruments.ander!, 'elders');
    const hidden = await platform.gql('mutation($id: ID!) { hideReview(id: $id, reden: "Noemt een klant") { id } }', { id: eerste }, as.beheerderEigen);
    assert.equal(codeOf(hidden), 'OK', JSON.stringify(hidden.errors));

    const regio = await platform.gql(LIST, {}, as.beheerderEigen);
    assert.equal(codeOf(regio), 'OK', JSON.stringify(regio.errors));
    // Newest first, the hidden one included with its reason; the other organisatie's review is not there.
    assert.deepEqual(regio.data!.beheerReviews.nodes.map((n: { id: string }) => n.id), [tweede, eerste]);
    assert.equal(regio.data!.beheerReviews.totalCount, 2);
    assert.deepEqual(regio.data!.beheerReviews.nodes[1], {
      id: eerste, sterren: 4, tekst: 'eerste', verborgen: true, verbergReden: 'Noemt een klant', auteur: { naam: 'Naam professional' }, instrument: { id: instruments.eigen },
    });

    const verborgen = await platform.gql(LIST, { verborgen: true }, as.beheerderEigen);
    assert.deepEqual(verborgen.data!.beheerReviews.nodes.map((n: { id: string }) => n.id), [eerste]);
    const zichtbaar = await platform.gql(LIST, { verborgen: false }, as.beheerderEigen);
    assert.deepEqual(zichtbaar.data!.beheerReviews.nodes.map((n: { id: string }) => n.id), [tweede]);

    const landelijk = await platform.gql(LIST, {}, as.landelijk);
    assert.deepEqual(new Set(landelijk.data!.beheerReviews.nodes.map((n: { id: string }) => n.id)), new Set([eerste, tweede, elders]));

    assert.equal(codeOf(await platform.gql(LIST, {}, as.professional)), 'FORBIDDEN');
    assert.equal(codeOf(await platform.gql(LIST, {}, as.anonymous)), 'UNAUTHENTICATED');
  });

  it('pages with a cursor, newest first, without repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: GraphQLResponse = await platform.gql(LIST, { first: 1, after }, as.landelijk);
      assert.equal(codeOf(page), 'OK', JSON.stringify(page.errors));
      seen.push(...page.data!.beheerReviews.nodes.map((n: { id: string }) => n.id));
      if (!page.data!.beheerReviews.pageInfo.hasNextPage) break;
      after = page.data!.beheerReviews.pageInfo.endCursor;
    }
    const all = await platform.gql(LIST, { first: 100 }, as.landelijk);
    assert.deepEqual(seen, all.data!.beheerReviews.nodes.map((n: { id: string }) => n.id));
    assert.equal(seen.length, 3);
    assert.equal(codeOf(await platform.gql(LIST, { after: 'bad' }, as.landelijk)), 'BAD_USER_INPUT');
  });
});
