import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { startSubgraphUnderTest, type SubgraphUnderTest } from '../../../test-support/subgraph.js';
import { catalogDefinition } from '../definition.js';

const NESTED = `
  id naam gids totaleKosten
  organisatie { id naam }
  aanbieder { id naam organisatie { naam } contactpersonen { soort contactpersoon { naam } } }
  kenmerken { categorie { code naam soort } kenmerken { code naam parent { code } children { code } } }
  beschikbareGebieden { landelijk regios { code gemeenten { code } } gemeenten { code regio { code } } wijken { naam gemeente { naam } } }
  contactpersonen { soort label contactpersoon { naam email telefoon } }
  locaties { naam type inGebruik adres { straat plaats } }
  registratiecodes { code label }
  links { label url }
  downloads { label bestandsnaam }
  videos { youtubeId }
`;

describe('nested fields are batched: the SQL count does not grow with the page size', () => {
  let sg: SubgraphUnderTest;

  beforeAll(async () => {
    sg = await startSubgraphUnderTest(catalogDefinition, 150);
    // Give every instrument one of each nested record, so a small page exercises the same loaders as a large one.
    await sg.dataSource.query(`
      UPDATE instrument SET publiceren = true, publiceer_vanaf = NULL, publiceer_tot_en_met = NULL;
      INSERT INTO instrument_regio SELECT id, 'AM18' FROM instrument ON CONFLICT DO NOTHING;
      INSERT INTO instrument_gemeente SELECT id, 'GM0363' FROM instrument ON CONFLICT DO NOTHING;
      INSERT INTO instrument_wijk SELECT i.id, (SELECT id FROM wijk ORDER BY id LIMIT 1) FROM instrument i ON CONFLICT DO NOTHING;
      INSERT INTO locatie (instrument_id, naam, type, adres_id) SELECT i.id, 'Kantoor', 'ADRES', (SELECT id FROM adres ORDER BY id LIMIT 1) FROM instrument i;
      INSERT INTO registratiecode (instrument_id, code, label) SELECT id, 'T-' || id, 'Test' FROM instrument;
      INSERT INTO link (instrument_id, label, url) SELECT id, 'Site', 'https://example.org' FROM instrument;
      INSERT INTO download (instrument_id, label, bestandsnaam, mime_type, grootte, content_hash) SELECT id, 'Folder', 'folder.pdf', 'application/pdf', 1000, 'abc' FROM instrument;
      INSERT INTO video (instrument_id, youtube_id) SELECT id, 'rVsqEJhVLFM' FROM instrument;
    `);
    await sg.sync();
  });
  afterAll(() => sg.close());

  async function statementsFor(query: string, variables: Record<string, unknown>) {
    sg.counter.reset();
    const result = await sg.execute(query, variables);
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return { count: sg.counter.count, data: result.data! };
  }

  it('instruments(first: 5) and instruments(first: 100) send the same number of statements', async () => {
    const query = `query($first: Int) { instruments(first: $first) { totalCount nodes { ${NESTED} } } }`;
    const small = await statementsFor(query, { first: 5 });
    const large = await statementsFor(query, { first: 100 });
    assert.equal(small.data.instruments.nodes.length, 5);
    assert.equal(large.data.instruments.nodes.length, 100);
    assert.ok(large.data.instruments.nodes.every((n: any) => n.locaties.length >= 1 && n.beschikbareGebieden.wijken.length >= 1));
    assert.equal(large.count, small.count, `page of 5: ${small.count} statements, page of 100: ${large.count}`);
    assert.ok(small.count < 30, `expected a small constant, got ${small.count}`);
  });

  it('the gateway\'s _entities query for 5 or 100 instruments sends the same number of statements', async () => {
    const ids: { id: string }[] = await sg.dataSource.query('SELECT id FROM instrument ORDER BY id LIMIT 100');
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Instrument { ${NESTED} } } }`;
    const reps = (n: number) => ids.slice(0, n).map(({ id }) => ({ __typename: 'Instrument', id }));
    const small = await statementsFor(query, { representations: reps(5) });
    const large = await statementsFor(query, { representations: reps(100) });
    assert.deepEqual(large.data._entities.map((e: any) => e.id), ids.map((i) => i.id));
    assert.equal(large.count, small.count);
  });
});
