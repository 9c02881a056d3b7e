import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { startSubgraphUnderTest, type SubgraphUnderTest } from '../../../test-support/subgraph.js';
import { catalogDefinition } from '../definition.js';

const SEARCH = `query($gids: Gids!, $filter: InstrumentFilter) {
  instrumentSearch(gids: $gids, filter: $filter, first: 20) { totalCount suggestie nodes { naam } }
}`;

describe('Dutch in the text search: compound words, word forms, suggestions and an explainable ranking', () => {
  let sg: SubgraphUnderTest;
  let organisatieId: string;
  let aanbiederId: string;

  const add = async (naam: string, samenvatting: string, doel: string | null = null) => {
    await sg.dataSource.query(
      `INSERT INTO instrument (gids, naam, samenvatting, doel, organisatie_id, aanbieder_id, publiceren, landelijk)
       VALUES ('EVA', $1, $2, $3, $4, $5, true, true)`,
      [naam, samenvatting, doel, organisatieId, aanbiederId],
    );
  };
  const search = async (tekst: string) => {
    const result = await sg.execute<any>(SEARCH, { gids: 'EVA', filter: { tekst } });
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return result.data!.instrumentSearch as { totalCount: number; suggestie: string | null; nodes: { naam: string }[] };
  };
  const names = async (tekst: string) => (await search(tekst)).nodes.map((n) => n.naam);

  beforeAll(async () => {
    sg = await startSubgraphUnderTest(catalogDefinition, 0);
    const [org] = await sg.dataSource.query(`INSERT INTO organisatie (naam) VALUES ('Werkbedrijf Test') RETURNING id`);
    organisatieId = org.id;
    const [aanbieder] = await sg.dataSource.query(`INSERT INTO aanbieder (naam, organisatie_id) VALUES ('Stichting Opstap', $1) RETURNING id`, [organisatieId]);
    aanbiederId = aanbieder.id;
    await add('Werkervaringsplaats in de zorg', 'Je doet een half jaar mee in een verpleeghuis.');
    await add('Computercursus', 'Je leert werken met een computer.');
    await add('Cursus Nederlandse taal', 'In de klas leer je lezen en schrijven.');
    await add('Sollicitatietraining', 'Je oefent gesprekken met werkgevers.');
    await add('Budgetcoaching', 'Een vrijwilliger helpt je met je geldzaken.');
    await add('Jobcoaching', 'Een coach begeleidt je op de werkplek.');
    await add('Re-integratie na ziekte', 'Stap voor stap terug naar je eigen werk.');
    await add('Loonkostensubsidie', 'De werkgever krijgt een deel van je loon vergoed.');
    await add('Oriëntatie', 'Je ontdekt welk werk bij je past.', 'Je kent je training en ervaring.');
    await sg.sync();
  });
  afterAll(() => sg.close());

  it('finds a compound in the texts by its parts: "ervaring", "plaats" and "werkervaring" find the werkervaringsplaats', async () => {
    assert.ok((await names('ervaring')).includes('Werkervaringsplaats in de zorg'));
    assert.ok((await names('werkervaring')).includes('Werkervaringsplaats in de zorg'));
    assert.ok((await names('coach')).includes('Budgetcoaching'));
    assert.ok((await names('cursus')).includes('Computercursus'));
    assert.ok((await names('subsidie')).includes('Loonkostensubsidie'));
    assert.ok((await names('loonkosten')).includes('Loonkostensubsidie'));
  });

  it('splits a compound in the query that the texts write apart: "taalcursus" finds "Cursus Nederlandse taal"', async () => {
    assert.deepEqual(await names('taalcursus'), ['Cursus Nederlandse taal']);
    assert.deepEqual(await names('ervaringsplaats'), ['Werkervaringsplaats in de zorg']);
  });

  it('finds the plural of a compound, which the Dutch stemmer stems differently', async () => {
    assert.deepEqual(await names('werkervaringsplaatsen'), ['Werkervaringsplaats in de zorg']);
  });

  it('reads a hyphen both ways: "re-integratie" and "reintegratie"', async () => {
    assert.deepEqual(await names('re-integratie'), ['Re-integratie na ziekte']);
    assert.deepEqual(await names('reintegratie'), ['Re-integratie na ziekte']);
  });

  it('ranks the word itself above a part of a compound, and the naam above the other texts', async () => {
    // "training" is a word of Oriëntatie's doel, and a part of Sollicitatietraining's naam: the naam wins.
    assert.deepEqual(await names('training'), ['Sollicitatietraining', 'Oriëntatie']);
    // A part of the naam (0.5) above the word itself in the samenvatting (0.4): Jobcoaching has both, Budgetcoaching
    // the first; equal, so the shorter name comes first.
    assert.deepEqual((await names('coach')).slice(0, 2), ['Jobcoaching', 'Budgetcoaching']);
  });

  it('suggests the spelling of a word it found only as a typo, and nothing when the text was right', async () => {
    const typo = await search('solicitatietraining');
    assert.deepEqual(typo.nodes.map((n) => n.naam), ['Sollicitatietraining']);
    assert.equal(typo.suggestie, 'sollicitatietraining');
    assert.equal((await search('sollicitatietraining')).suggestie, null);
  });

  it('suggests a text that finds something when nothing was found', async () => {
    const none = await search('budgetcoaching ruimtevaart');
    assert.equal(none.totalCount, 0);
    assert.equal(none.suggestie, 'budgetcoaching', 'without the word that finds nothing');
    assert.equal((await search('budgetcoaching')).totalCount, 1);
    const nothing = await search('ruimtevaart');
    assert.equal(nothing.totalCount, 0);
    assert.equal(nothing.suggestie, null, 'no known word is close to it');
  });
});
