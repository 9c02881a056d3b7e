import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from '@jest/globals';
import { buildSchema, type GraphQLEnumType, type GraphQLObjectType } from 'graphql';
import { REPO_ROOT } from '../core/config.js';
import { buildSchemaFiles } from '../schema-files.js';

describe('schema/ is the contract', () => {
  it('matches what the code produces (run `npm run schema` after changing a subgraph)', async () => {
    const files = await buildSchemaFiles();
    assert.ok(files['supergraph.graphql'] && files['catalog.graphql']);
    for (const [name, expected] of Object.entries(files)) {
      const committed = readFileSync(path.join(REPO_ROOT, 'schema', name), 'utf8');
      assert.equal(committed, expected, `schema/${name} is out of date: run \`npm run schema\``);
    }
  });

  it('keeps the names outside clients rely on', async () => {
    const schema = buildSchema((await buildSchemaFiles())['supergraph.graphql']!, { assumeValidSDL: true });
    const fields = (type: string) => Object.keys((schema.getType(type) as GraphQLObjectType).getFields());
    const args = (type: string, field: string) => (schema.getType(type) as GraphQLObjectType).getFields()[field]!.args.map((a) => `${a.name}: ${a.type}`);
    assert.deepEqual((schema.getType('Gids') as GraphQLEnumType).getValues().map((v) => v.name), ['EVA', 'DENNIS']);
    assert.deepEqual((schema.getType('KenmerkSoort') as GraphQLEnumType).getValues().map((v) => v.name), ['BASIS', 'PRAKTISCH']);
    assert.deepEqual(args('Query', 'instrument'), ['id: ID!']);
    assert.deepEqual(args('Query', 'instruments'), ['filter: InstrumentFilter', 'first: Int', 'after: String']);
    assert.deepEqual(args('Query', 'kenmerkCategorieen'), ['gids: Gids']);
    assert.deepEqual(args('Query', 'gemeenten'), ['regioCode: ID']);
    assert.ok(fields('Query').includes('regios'));
    const contract: Record<string, string[]> = {
      Instrument: ['id', 'gids', 'naam', 'organisatie', 'aanbieder', 'kenmerken', 'beschikbareGebieden', 'contactpersonen', 'locaties', 'registratiecodes', 'links', 'downloads', 'videos'],
      KenmerkCategorie: ['code', 'naam', 'gids', 'soort', 'volgorde', 'kenmerken'],
      Kenmerk: ['code', 'naam', 'beschrijving', 'categorie', 'parent', 'children'],
      KenmerkGroep: ['categorie', 'kenmerken'],
      BeschikbareGebieden: ['landelijk', 'regios', 'gemeenten', 'wijken'],
      Regio: ['code', 'naam', 'gemeenten'],
      Gemeente: ['code', 'naam', 'regio'],
      Wijk: ['id', 'naam', 'gemeente'],
      InstrumentConnection: ['totalCount', 'nodes', 'pageInfo'],
      PageInfo: ['hasNextPage', 'endCursor'],
    };
    for (const [type, names] of Object.entries(contract)) {
      for (const name of names) assert.ok(fields(type).includes(name), `${type}.${name} is part of the contract`);
    }
    assert.equal(String((schema.getType('Instrument') as GraphQLObjectType).getFields().kenmerken!.type), '[KenmerkGroep!]!');
  });

  it('keeps the accounts names outside clients rely on', async () => {
    const schema = buildSchema((await buildSchemaFiles())['supergraph.graphql']!, { assumeValidSDL: true });
    const field = (type: string, name: string) => (schema.getType(type) as GraphQLObjectType).getFields()[name];
    const signature = (type: string, name: string) => {
      const f = field(type, name)!;
      return `${name}(${f.args.map((a) => `${a.name}: ${a.type}`).join(', ')}): ${f.type}`;
    };
    assert.equal(signature('Mutation', 'login'), 'login(email: String!, password: String!): Sessie!');
    assert.equal(signature('Mutation', 'logout'), 'logout(): Boolean!');
    assert.equal(signature('Mutation', 'wijzigWachtwoord'), 'wijzigWachtwoord(huidigWachtwoord: String!, nieuwWachtwoord: String!): Boolean!');
    assert.equal(signature('Mutation', 'wijzigProfiel'), 'wijzigProfiel(naam: String!): Gebruiker!');
    assert.equal(signature('Mutation', 'createGebruiker'), 'createGebruiker(input: CreateGebruikerInput!): Gebruiker!');
    assert.equal(signature('Query', 'me'), 'me(): Gebruiker');
    assert.equal(signature('Sessie', 'token'), 'token(): String!');
    assert.equal(signature('Sessie', 'gebruiker'), 'gebruiker(): Gebruiker!');
    for (const name of ['id', 'email', 'naam', 'rol', 'organisaties']) assert.ok(field('Gebruiker', name), `Gebruiker.${name}`);
    assert.deepEqual((schema.getType('Rol') as GraphQLEnumType).getValues().map((v) => v.name), ['LANDELIJK_BEHEERDER', 'REGIO_BEHEERDER', 'PROFESSIONAL']);
  });
});
