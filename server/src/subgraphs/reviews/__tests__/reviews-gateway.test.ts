import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { startTestPlatform, type GraphQLResponse, type TestPlatform } from '../../../test-support/harness.js';

/** Organisaties of the test instruments and beheerders (any uuids: the catalog checks nothing of reviews). */
const EIGEN = '11111111-1111-4111-8111-111111111111';
const ANDER = '22222222-2222-4222-8222-222222222222';
const LANDELIJK_ORG = '33333333-3333-4333-8333-333333333333';

const REVIEW_FIELDS = 'id sterren resultaat uitvoering tekst toelichtingResultaat version verborgen verbergReden auteur { naam } organisatie { id } createdAt updatedAt';
const CREATE = `mutation($instrumentId: ID!, $sterren: Int!, $tekst: String, $resultaat: Int, $toelichtingResultaat: String) {
  createReview(instrumentId: $instrumentId, sterren: $sterren, tekst: $tekst, resultaat: $resultaat, toelichtingResultaat: $toelichtingResultaat) { ${REVIEW_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $sterren: Int) { updateReview(id: $id, version: $version, sterren: $sterren) { ${REVIEW_FIELDS} } }`;
const WITHDRAW = 'mutation($id: ID!) { withdrawReview(id: $id) }';
const HIDE = `mutation($id: ID!, $reden: String!) { hideReview(id: $id, reden: $reden) { ${REVIEW_FIELDS} } }`;
const INSTRUMENT = `query($id: ID!) { instrument(id: $id) { id beoordeling { gemiddelde aantal verdeling { sterren aantal } resultaat uitvoering }
  reviews(first: 50) { totalCount nodes { ${REVIEW_FIELDS} } } } }`;

const codeOf = (r: GraphQLResponse) => r.errors?.[0]?.extensions?.code ?? 'OK';

describe('reviews through the gateway', () => {
  let platform: TestPlatform;
  const as: Record<string, Record<string, string>> = {};
  const ids: Record<string, string> = {};
  const instruments: Record<string, string> = {};

  /** A published instrument of `organisatieId`, written as the catalog's beheer would (the trigger publishes it). */
  async function instrument(naam: string, organisatieId: string, publiceren = true): Promise<string> {
    const catalog = platform.subgraphs.find((s) => s.definition.name === 'catalog')!.dataSource;
    await catalog.query(`INSERT INTO organisatie (id, naam) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [organisatieId, `Org ${organisatieId.slice(0, 4)}`]);
    const [aanbieder] = await catalog.query(`INSERT INTO aanbieder (naam, organisatie_id) VALUES ('Aanbieder', $1) RETURNING id`, [organisatieId]);
    const [row] = await catalog.query(
      `INSERT INTO instrument (gids, naam, organisatie_id, aanbieder_id, publiceren, samenvatting) VALUES ('DENNIS', $1, $2, $3, $4, 'Test') RETURNING id`,
      [naam, organisatieId, aanbieder.id, publiceren],
    );
    await platform.sync();
    return row.id;
  }

  beforeAll(async () => {
    platform = await startTestPlatform();
    const users = {
      professional: { rol: 'PROFESSIONAL', organisatieIds: [] },
      author: { rol: 'PROFESSIONAL', organisatieIds: [ANDER] },
      beheerderEigen: { rol: 'REGIO_BEHEERDER', organisatieIds: [EIGEN] },
      beheerderAnder: { rol: 'REGIO_BEHEERDER', organisatieIds: [ANDER] },
      landelijk: { rol: 'LANDELIJK_BEHEERDER', organisatieIds: [LANDELIJK_ORG] },
    } as const;
    for (const [name, user] of Object.entries(users)) {
      const email = `${name.toLowerCase()}@test.nl`;
      ids[name] = await platform.createGebruiker({ email, naam: `Naam ${name}`, rol: user.rol, organisatieIds: [...user.organisatieIds] });
      as[name] = platform.bearer(await platform.login(email));
    }
    as.anonymous = {};
    for (const naam of ['matrix', 'aggregate', 'markup', 'race', 'concept', 'deleted']) instruments[naam] = await instrument(naam, EIGEN, naam !== 'concept');
  });
  afterAll(() => platform?.close());

  const create = (who: string, instrumentId: string, sterren: number, extra: Record<string, unknown> = {}) =>
    platform.gql(CREATE, { instrumentId, sterren, ...extra }, as[who]);

  it('authorization matrix: every mutation x anonymous / professional / author / beheerder own org / other org / landelijk', async () => {
    const id = instruments.matrix!;
    // createReview: everyone logged in, except a beheerder of the instrument's own organisatie; the author only once.
    const created = await create('author', id, 4);
    assert.equal(codeOf(created), 'OK', JSON.stringify(created.errors));
    const review = created.data!.createReview;
    const createCodes = {
      anonymous: codeOf(await create('anonymous', id, 4)),
      author: codeOf(await create('author', id, 4)),
      beheerderEigen: codeOf(await create('beheerderEigen', id, 4)),
    };
    assert.deepEqual(createCodes, { anonymous: 'UNAUTHENTICATED', author: 'CONFLICT', beheerderEigen: 'FORBIDDEN' });
    for (const who of ['professional', 'beheerderAnder', 'landelijk']) assert.equal(codeOf(await create(who, id, 3)), 'OK', who);

    // updateReview and withdrawReview: only the author.
    for (const mutation of [UPDATE, WITHDRAW]) {
      const codes = Object.fromEntries(
        await Promise.all(['anonymous', 'professional', 'beheerderEigen', 'beheerderAnder', 'landelijk'].map(async (who) =>
          [who, codeOf(await platform.gql(mutation, { id: review.id, version: 1, sterren: 1 }, as[who]))])),
      );
      assert.deepEqual(codes, { anonymous: 'UNAUTHENTICATED', professional: 'FORBIDDEN', beheerderEigen: 'FORBIDDEN', beheerderAnder: 'FORBIDDEN', landelijk: 'FORBIDDEN' });
    }
    const updated = await platform.gql(UPDATE, { id: review.id, version: 1, sterren: 5 }, as.author);
    assert.equal(updated.data?.updateReview.sterren, 5);
    assert.equal(codeOf(await platform.gql(UPDATE, { id: review.id, version: 1, sterren: 2 }, as.author)), 'CONFLICT', 'a stale version');

    // hideReview: beheerder of the instrument's organisatie and landelijk; not other orgs, professionals or the author.
    const hideCodes = Object.fromEntries(
      await Promise.all(['anonymous', 'professional', 'author', 'beheerderAnder'].map(async (who) =>
        [who, codeOf(await platform.gql(HIDE, { id: review.id, reden: 'Beledigend' }, as[who]))])),
    );
    assert.deepEqual(hideCodes, { anonymous: 'UNAUTHENTICATED', professional: 'FORBIDDEN', author: 'FORBIDDEN', beheerderAnder: 'FORBIDDEN' });
    const hidden = await platform.gql(HIDE, { id: review.id, reden: 'Noemt een klant bij naam' }, as.beheerderEigen);
    assert.equal(hidden.data?.hideReview.verborgen, true);
    assert.equal(codeOf(await platform.gql(HIDE, { id: review.id, reden: 'Nog eens' }, as.landelijk)), 'OK');

    // The author cannot undo a hide by editing or withdrawing, but still sees the review with its reason.
    assert.equal(codeOf(await platform.gql(UPDATE, { id: review.id, version: 4, sterren: 5 }, as.author)), 'FORBIDDEN');
    assert.equal(codeOf(await platform.gql(WITHDRAW, { id: review.id }, as.author)), 'FORBIDDEN');
    const mine = await platform.gql(`query($id: ID!) { mijnReview(instrumentId: $id) { verborgen verbergReden } }`, { id }, as.author);
    assert.deepEqual(mine.data?.mijnReview, { verborgen: true, verbergReden: 'Nog eens' });
    const seen = async (who: string) => (await platform.gql(INSTRUMENT, { id }, as[who])).data!.instrument.reviews.nodes.some((n: { id: string }) => n.id === review.id);
    assert.deepEqual(
      { anonymous: await seen('anonymous'), professional: await seen('professional'), author: await seen('author'), beheerderEigen: await seen('beheerderEigen'), beheerderAnder: await seen('beheerderAnder'), landelijk: await seen('landelijk') },
      { anonymous: false, professional: false, author: true, beheerderEigen: true, beheerderAnder: false, landelijk: true },
    );

    // The professional withdraws their own: gone from the list, and may write again.
    const own = (await platform.gql(`query($id: ID!) { mijnReview(instrumentId: $id) { id } }`, { id }, as.professional)).data!.mijnReview;
    assert.equal(codeOf(await platform.gql(WITHDRAW, { id: own.id }, as.professional)), 'OK');
    assert.equal((await platform.gql(`query($id: ID!) { mijnReview(instrumentId: $id) { id } }`, { id }, as.professional)).data!.mijnReview, null);
    assert.equal(codeOf(await create('professional', id, 2)), 'OK');

    // The audit trail has every write, in the reviews schema.
    const reviews = platform.subgraphs.find((s) => s.definition.name === 'reviews')!.dataSource;
    const acties: { actie: string }[] = await reviews.query('SELECT actie FROM audit_record WHERE review_id = $1 ORDER BY tijdstip', [review.id]);
    assert.deepEqual(acties.map((a) => a.actie), ['AANGEMAAKT', 'GEWIJZIGD', 'VERBORGEN', 'VERBORGEN']);
  });

  it('refuses stars outside 1..5 with BAD_USER_INPUT naming the field', async () => {
    for (const sterren of [0, 6]) {
      const response = await create('professional', instruments.aggregate!, sterren);
      assert.equal(codeOf(response), 'BAD_USER_INPUT');
      assert.deepEqual(response.errors![0]!.extensions!.fields.map((f: { field: string }) => f.field), ['sterren']);
    }
  });

  it('the aggregate follows create, update, withdraw and hide, and is published for the catalog', async () => {
    const id = instruments.aggregate!;
    const beoordeling = async () => (await platform.gql(INSTRUMENT, { id })).data!.instrument.beoordeling;
    const published = async () => {
      const reviews = platform.subgraphs.find((s) => s.definition.name === 'reviews')!.dataSource;
      const [row] = await reviews.query(`SELECT payload FROM events.latest WHERE topic = 'beoordeling' AND key = $1`, [id]);
      return row?.payload;
    };
    const a = (await create('professional', id, 5, { resultaat: 4 })).data!.createReview;
    const b = (await create('author', id, 2, { resultaat: 3 })).data!.createReview;
    const c = (await create('landelijk', id, 4)).data!.createReview;
    assert.deepEqual(await beoordeling(), {
      gemiddelde: 3.7, aantal: 3, resultaat: 3.5, uitvoering: null,
      verdeling: [{ sterren: 1, aantal: 0 }, { sterren: 2, aantal: 1 }, { sterren: 3, aantal: 0 }, { sterren: 4, aantal: 1 }, { sterren: 5, aantal: 1 }],
    });
    assert.deepEqual(await published(), { gemiddelde: 11 / 3, aantal: 3 }, 'the exact average, not rounded');
    await platform.gql(UPDATE, { id: b.id, version: b.version, sterren: 3 }, as.author);
    assert.deepEqual([(await beoordeling()).gemiddelde, (await published()).gemiddelde], [4, 4]);
    await platform.gql(WITHDRAW, { id: c.id }, as.landelijk);
    assert.deepEqual(await published(), { gemiddelde: 4, aantal: 2 });
    await platform.gql(HIDE, { id: a.id, reden: 'Reclame' }, as.beheerderEigen);
    assert.deepEqual(await published(), { gemiddelde: 3, aantal: 1 });
    assert.equal((await beoordeling()).aantal, 1);
    await platform.gql(WITHDRAW, { id: b.id }, as.author);
    assert.equal(await published(), null, 'the tombstone when no review counts');
    assert.deepEqual(await beoordeling(), { gemiddelde: null, aantal: 0, resultaat: null, uitvoering: null, verdeling: [1, 2, 3, 4, 5].map((sterren) => ({ sterren, aantal: 0 })) });
  });

  it('stores explanations with markup as plain text', async () => {
    const response = await create('professional', instruments.markup!, 4, {
      tekst: '<p>Goed <b>traject</b></p><script>alert(1)</script> &amp; 3 < 4',
      toelichtingResultaat: '&lt;img src=x onerror=alert(1)&gt;Werk gevonden',
    });
    assert.equal(codeOf(response), 'OK', JSON.stringify(response.errors));
    assert.equal(response.data!.createReview.tekst, 'Goed traject & 3 < 4');
    assert.equal(response.data!.createReview.toelichtingResultaat, 'Werk gevonden');
    const long = await create('author', instruments.markup!, 4, { tekst: 'x'.repeat(2001) });
    assert.equal(codeOf(long), 'BAD_USER_INPUT');
  });

  it('of two simultaneous creates for the same instrument exactly one wins', async () => {
    const results = await Promise.all([create('author', instruments.race!, 4), create('author', instruments.race!, 2)]);
    assert.deepEqual(results.map(codeOf).sort(), ['CONFLICT', 'OK']);
    const [{ count }] = await platform.subgraphs.find((s) => s.definition.name === 'reviews')!.dataSource.query(
      'SELECT count(*)::int AS count FROM review WHERE instrument_id = $1', [instruments.race]);
    assert.equal(count, 1);
  });

  it('refuses a review of a concept, and the reviews of a deleted instrument disappear from every answer', async () => {
    assert.equal(codeOf(await create('professional', instruments.concept!, 4)), 'NOT_FOUND');
    const id = instruments.deleted!;
    const review = (await create('professional', id, 5)).data!.createReview;
    const catalog = platform.subgraphs.find((s) => s.definition.name === 'catalog')!.dataSource;
    await catalog.query('DELETE FROM instrument WHERE id = $1', [id]);
    await platform.sync();
    assert.equal((await platform.gql(`query($id: ID!) { mijnReview(instrumentId: $id) { id } }`, { id }, as.professional)).data!.mijnReview, null);
    const reviews = platform.subgraphs.find((s) => s.definition.name === 'reviews')!;
    const [{ payload }] = await reviews.dataSource.query(`SELECT payload FROM events.latest WHERE topic = 'beoordeling' AND key = $1`, [id]);
    assert.equal(payload, null, 'its aggregate is withdrawn for the catalog');
    assert.equal(codeOf(await platform.gql(UPDATE, { id: review.id, version: 1, sterren: 1 }, as.professional)), 'NOT_FOUND');
    assert.equal(codeOf(await create('author', id, 3)), 'NOT_FOUND');
  });

  it('anonymous callers see the aggregate and visible reviews with author naam, never an e-mail', async () => {
    const response = await platform.gql(INSTRUMENT, { id: instruments.matrix });
    const body = JSON.stringify(response);
    assert.ok(response.data!.instrument.reviews.totalCount >= 2);
    assert.ok(response.data!.instrument.reviews.nodes.every((n: { auteur: { naam: string } }) => n.auteur.naam.startsWith('Naam ')));
    assert.doesNotMatch(body, /@test\.nl/);
    const probe = await platform.gql(`query($id: ID!) { instrument(id: $id) { reviews { nodes { auteur { email } } } } }`, { id: instruments.matrix });
    assert.equal(codeOf(probe), 'GRAPHQL_VALIDATION_FAILED');
  });

  it('the catalog sorts by what reviewers wrote: written, withdrawn and hidden reviews move instruments in instrumentSearch', async () => {
    const [laag, hoog, gelijk] = [await instrument('Sort laag', EIGEN), await instrument('Sort hoog', EIGEN), await instrument('Sort gelijk', EIGEN)];
    const order = async () => {
      await platform.sync();
      const found: any = await platform.gql(
        `{ instrumentSearch(gids: DENNIS, first: 100, sort: BEOORDELING, filter: { tekst: "Sort" }) { nodes { id } } }`,
        {},
        as.professional,
      );
      return found.data.instrumentSearch.nodes.map((n: { id: string }) => n.id);
    };
    const laagReview = (await create('professional', laag, 2)).data!.createReview;
    await create('professional', hoog, 5);
    await create('author', hoog, 4);
    // Highest average first, an instrument without reviews last.
    assert.deepEqual(await order(), [hoog, laag, gelijk]);
    await create('professional', gelijk, 5);
    await create('author', gelijk, 4);
    await create('landelijk', gelijk, 5);
    assert.deepEqual(await order(), [gelijk, hoog, laag]);
    // Withdrawn and hidden reviews leave the aggregate the catalog sorts on.
    assert.equal(codeOf(await platform.gql(WITHDRAW, { id: laagReview.id }, as.professional)), 'OK');
    const gelijkReviews: any = await platform.gql(INSTRUMENT, { id: gelijk }, as.landelijk);
    for (const review of gelijkReviews.data.instrument.reviews.nodes.filter((r: { sterren: number }) => r.sterren === 5)) {
      assert.equal(codeOf(await platform.gql(HIDE, { id: review.id, reden: 'Test' }, as.landelijk)), 'OK');
    }
    assert.deepEqual(await order(), [hoog, gelijk, laag]);
  });

  it('beoordelingenPerOrganisatie: the dashboard average per organisatie, visible reviews only, a regiobeheerder their own', async () => {
    const [ORG_A, ORG_B] = ['44444444-4444-4444-8444-444444444444', '55555555-5555-4555-8555-555555555555'];
    const [a1, a2, b1] = [await instrument('Dash a1', ORG_A), await instrument('Dash a2', ORG_A), await instrument('Dash b1', ORG_B)];
    await create('professional', a1, 5);
    await create('author', a1, 4);
    await create('professional', a2, 2);
    const hidden = (await create('professional', b1, 1)).data!.createReview;
    await create('author', b1, 4);
    const QUERY = `{ beoordelingenPerOrganisatie(gids: DENNIS) { organisatie { id naam } gemiddelde aantal instrumenten } }`;
    const rows = async (who: string) => ((await platform.gql(QUERY, {}, as[who])).data as any).beoordelingenPerOrganisatie as any[];
    const of = (list: any[], id: string) => list.find((row) => row.organisatie.id === id);
    let all = await rows('landelijk');
    assert.deepEqual(of(all, ORG_A), { organisatie: { id: ORG_A, naam: `Org ${ORG_A.slice(0, 4)}` }, gemiddelde: 3.7, aantal: 3, instrumenten: 2 });
    assert.deepEqual(of(all, ORG_B), { organisatie: { id: ORG_B, naam: `Org ${ORG_B.slice(0, 4)}` }, gemiddelde: 2.5, aantal: 2, instrumenten: 1 });
    assert.ok(all.every((row, i) => i === 0 || all[i - 1].gemiddelde >= row.gemiddelde), 'best rated first');
    // A hidden review leaves the average, as it leaves the instrument's.
    assert.equal(codeOf(await platform.gql(HIDE, { id: hidden.id, reden: 'Test' }, as.landelijk)), 'OK');
    all = await rows('landelijk');
    assert.deepEqual({ ...of(all, ORG_B), organisatie: undefined }, { organisatie: undefined, gemiddelde: 4, aantal: 1, instrumenten: 1 });
    // A regiobeheerder sees only the organisaties they belong to.
    const eigen = await rows('beheerderEigen');
    assert.ok(eigen.length > 0 && eigen.every((row) => row.organisatie.id === EIGEN), JSON.stringify(eigen));
    assert.equal(codeOf(await platform.gql(QUERY, {}, as.professional)), 'FORBIDDEN');
    assert.equal(codeOf(await platform.gql(QUERY, {}, as.anonymous)), 'UNAUTHENTICATED');
  });
});
