import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { startTestPlatform, type TestPlatform } from '../test-support/harness.js';

describe('the gateway serves the catalog over real HTTP', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform({ demoInstruments: 120 });
  });
  afterAll(() => platform.close());

  const codeOf = (result: { errors?: { extensions?: Record<string, any> }[] }) => result.errors?.[0]?.extensions?.code;

  it('answers instruments with nested kenmerken, gebieden and contactpersonen', async () => {
    const result = await platform.gql(`{
      instruments(first: 50) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes {
          id naam gids
          organisatie { naam }
          aanbieder { naam }
          kenmerken { categorie { code soort volgorde } kenmerken { code naam } }
          beschikbareGebieden { landelijk regios { code naam } gemeenten { code naam regio { code } } wijken { naam gemeente { code } } }
          contactpersonen { soort label contactpersoon { naam email } }
        }
      }
    }`);
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    const { nodes, totalCount, pageInfo } = result.data!.instruments;
    assert.equal(nodes.length, 50);
    assert.ok(totalCount > 50 && totalCount <= 120);
    assert.equal(pageInfo.hasNextPage, true);
    const eva = nodes.find((n: any) => n.gids === 'EVA');
    const categories = eva.kenmerken.map((g: any) => g.categorie.code);
    assert.equal(categories[0], 'EVA_TEGEL', 'basiskenmerken come first, in the guide\'s order');
    assert.ok(categories.includes('EVA_KLANTKENMERK'));
    assert.ok(nodes.every((n: any) => n.aanbieder.naam && n.organisatie.naam));
    assert.ok(nodes.some((n: any) => n.contactpersonen.length >= 1));
    assert.ok(nodes.every((n: any) => n.beschikbareGebieden.landelijk || n.beschikbareGebieden.regios.length + n.beschikbareGebieden.gemeenten.length + n.beschikbareGebieden.wijken.length > 0));
    const naams = nodes.map((n: any) => n.naam);
    assert.deepEqual(naams, [...naams].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('shows interne contactpersonen only to people who are signed in, the externe to everyone', async () => {
    const query = `{ instruments(first: 100) { nodes { id contactpersonen { soort contactpersoon { naam } } aanbieder { contactpersonen { soort } } } } }`;
    const anonymous = (await platform.gql(query)).data!.instruments.nodes;
    await platform.createGebruiker({ email: 'klantmanager@example.nl', rol: 'PROFESSIONAL' });
    const professional = (await platform.gql(query, {}, platform.bearer(await platform.login('klantmanager@example.nl')))).data!.instruments.nodes;
    const soorten = (nodes: any[]) => nodes.flatMap((n) => [...n.contactpersonen, ...n.aanbieder.contactpersonen].map((c: any) => c.soort));
    assert.ok(soorten(professional).includes('INTERN') && soorten(professional).includes('EXTERN'), 'the demo data has both');
    assert.deepEqual([...new Set(soorten(anonymous))], ['EXTERN']);
    const externOnly = professional.map((n: any) => ({ ...n, contactpersonen: n.contactpersonen.filter((c: any) => c.soort === 'EXTERN'), aanbieder: { contactpersonen: n.aanbieder.contactpersonen.filter((c: any) => c.soort === 'EXTERN') } }));
    assert.deepEqual(anonymous, externOnly);
  });

  it('pages through every published instrument exactly once', async () => {
    const seen = new Set<string>();
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 20; page++) {
      const result: any = await platform.gql('query($after: String) { instruments(first: 17, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }', { after });
      total = result.data.instruments.totalCount;
      for (const node of result.data.instruments.nodes) {
        assert.ok(!seen.has(node.id), 'no instrument twice');
        seen.add(node.id);
      }
      if (!result.data.instruments.pageInfo.hasNextPage) break;
      after = result.data.instruments.pageInfo.endCursor;
    }
    assert.equal(seen.size, total);
  });

  it('hides instruments that are not published today, in lists and by id', async () => {
    const ds = platform.subgraphs[0]!.dataSource;
    // TypeORM answers an UPDATE ... RETURNING with [rows, affected].
    const updateOne = async (sql: string): Promise<{ id: string }> => (await ds.query(sql))[0][0];
    const hidden = await updateOne(`UPDATE instrument SET publiceren = true, publiceer_tot_en_met = '2020-01-01' WHERE id = (SELECT id FROM instrument ORDER BY id LIMIT 1) RETURNING id`);
    const concept = await updateOne(`UPDATE instrument SET publiceren = false WHERE id = (SELECT id FROM instrument ORDER BY id OFFSET 1 LIMIT 1) RETURNING id`);
    const future = await updateOne(`UPDATE instrument SET publiceren = true, publiceer_vanaf = '2999-01-01', publiceer_tot_en_met = NULL WHERE id = (SELECT id FROM instrument ORDER BY id OFFSET 2 LIMIT 1) RETURNING id`);
    await platform.sync();
    for (const { id } of [hidden, concept, future]) {
      assert.equal(codeOf(await platform.gql('query($id: ID!) { instrument(id: $id) { id } }', { id })), 'NOT_FOUND');
    }
    const all: any = await platform.gql('{ instruments(first: 100) { nodes { id } pageInfo { endCursor } } }');
    const more: any = await platform.gql('query($a: String) { instruments(first: 100, after: $a) { nodes { id } } }', { a: all.data.instruments.pageInfo.endCursor });
    const ids = new Set([...all.data.instruments.nodes, ...more.data.instruments.nodes].map((n: any) => n.id));
    for (const { id } of [hidden, concept, future]) assert.ok(!ids.has(id));
    const visible = await updateOne(`UPDATE instrument SET publiceren = true, publiceer_vanaf = NULL, publiceer_tot_en_met = NULL, totale_kosten = 1250.95, gids = 'EVA' WHERE id = (SELECT id FROM instrument ORDER BY id OFFSET 3 LIMIT 1) RETURNING id`);
    await platform.sync();
    const one: any = await platform.gql('query($id: ID!) { instrument(id: $id) { id totaleKosten } }', { id: visible.id });
    assert.deepEqual(one.data.instrument, { id: visible.id, totaleKosten: '1250.95' });
  });

  it('refuses bad input with a clear code and no stack trace', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['query($id: ID!) { instrument(id: $id) { id } }', { id: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
      ['query($id: ID!) { instrument(id: $id) { id } }', { id: 'niet-een-id' }, 'BAD_USER_INPUT'],
      ['{ instruments(after: "kapot") { totalCount } }', {}, 'BAD_USER_INPUT'],
      ['{ instruments(first: 0) { totalCount } }', {}, 'BAD_USER_INPUT'],
      ['{ instruments(first: 1000) { totalCount } }', {}, 'BAD_USER_INPUT'],
      ['{ gemeenten(regioCode: "AM99") { code } }', {}, 'NOT_FOUND'],
    ];
    for (const [query, variables, expected] of cases) {
      const result = await platform.gql(query, variables);
      assert.equal(codeOf(result), expected, `${query} ${JSON.stringify(variables)} -> ${JSON.stringify(result.errors)}`);
      assert.ok(!JSON.stringify(result).includes('stacktrace'), 'no stack trace leaks');
      assert.ok(!/at .*\.js:\d+/.test(JSON.stringify(result)), 'no stack frames leak');
    }
  });

  it('lists kenmerk categories per guide in order, with basis before praktisch', async () => {
    const result: any = await platform.gql(`{
      eva: kenmerkCategorieen(gids: EVA) { code naam soort volgorde kenmerken { code naam children { code naam parent { code } } } }
      dennis: kenmerkCategorieen(gids: DENNIS) { code soort }
    }`);
    const eva = result.data.eva;
    assert.deepEqual(eva.map((c: any) => c.code), ['EVA_TEGEL', 'EVA_KLANTKENMERK', 'EVA_UITVOERINGSVORM', 'EVA_DOELGROEP', 'EVA_GROEPSVORM']);
    assert.deepEqual(eva.map((c: any) => c.soort), ['BASIS', 'BASIS', 'PRAKTISCH', 'PRAKTISCH', 'PRAKTISCH']);
    const klant = eva[1].kenmerken;
    assert.equal(klant.length, 10);
    const aandachtspunten = klant.find((k: any) => k.naam === 'Aandachtspunten klant');
    assert.deepEqual(aandachtspunten.children.map((c: any) => c.code).sort(), ['KK01', 'KK02', 'KK03']);
    assert.ok(aandachtspunten.children.every((c: any) => c.parent.code === aandachtspunten.code));
    assert.deepEqual(result.data.dennis.map((c: any) => c.code), ['DENNIS_TEGEL', 'DENNIS_DOELGROEP', 'DENNIS_DOELGROEPREGISTER', 'DENNIS_DIENSTVERBAND', 'DENNIS_LEEFTIJDSGROEP']);
  });

  it('lists regio\'s and their gemeenten with CBS codes', async () => {
    const result: any = await platform.gql('{ regios { code naam gemeenten { code } } gemeenten(regioCode: "AM18") { code naam regio { code naam } } }');
    assert.equal(result.data.regios.length, 35);
    assert.equal(result.data.regios.reduce((n: number, r: any) => n + r.gemeenten.length, 0), 342);
    const amsterdam = result.data.gemeenten.find((g: any) => g.code === 'GM0363');
    assert.deepEqual(amsterdam, { code: 'GM0363', naam: 'Amsterdam', regio: { code: 'AM18', naam: 'Groot Amsterdam' } });
  });
});
