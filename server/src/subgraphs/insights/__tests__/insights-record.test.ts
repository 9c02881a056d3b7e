import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { startTestPlatform, type GraphQLResponse, type TestPlatform } from '../../../test-support/harness.js';
import { createInstrument } from './catalog-instrument.js';

const UNKNOWN = '99999999-9999-4999-8999-999999999999';
const RECORD = 'mutation($events: [InteractieInput!]!) { recordEvents(events: $events) }';

const fieldsOf = (r: GraphQLResponse) => (r.errors?.[0]?.extensions?.fields ?? []).map((f: { field: string }) => f.field);
const codeOf = (r: GraphQLResponse) => r.errors?.[0]?.extensions?.code ?? 'OK';

describe('recording interactions through the gateway', () => {
  let platform: TestPlatform;
  let dennis: string;
  let eva: string;

  const subgraph = (name: string) => platform.subgraphs.find((s) => s.definition.name === name)!.dataSource;
  const stored = async (): Promise<number> => (await subgraph('insights').query('SELECT count(*)::int AS n FROM interactie'))[0].n;
  const record = (events: Record<string, unknown>[], headers?: Record<string, string>) => platform.gql(RECORD, { events }, headers);

  const instrument = (gids: 'EVA' | 'DENNIS') => createInstrument(platform, gids);

  beforeAll(async () => {
    platform = await startTestPlatform();
    dennis = await instrument('DENNIS');
    eva = await instrument('EVA');
  });
  afterAll(() => platform?.close());

  const zoeken = { soort: 'ZOEKEN', gids: 'DENNIS', resultaten: 0 };

  it('stores a valid batch from an anonymous caller in one go, without any column that could identify a person', async () => {
    const before = await stored();
    const result = await record([
      { ...zoeken, kenmerken: ['EW02', 'DW02'], regio: 'AM18', gemeente: 'GM0363', resultaten: 12, tekstGebruikt: true, tab: 'k3J9-x_Q' },
      { soort: 'BEKEKEN', gids: 'DENNIS', instrumentId: dennis, tab: 'k3J9-x_Q' },
      { soort: 'CONTACT', gids: 'EVA', instrumentId: eva },
    ]);
    assert.equal(codeOf(result), 'OK', JSON.stringify(result.errors));
    assert.equal(result.data!.recordEvents, 3);
    assert.equal(await stored(), before + 3);
    const rows = await subgraph('insights').query('SELECT * FROM interactie ORDER BY id DESC LIMIT 3');
    const search = rows.find((r: { soort: string }) => r.soort === 'ZOEKEN');
    assert.deepEqual(
      { kenmerken: search.kenmerken, regio: search.regio, gemeente: search.gemeente, resultaten: search.resultaten, tekst: search.tekst_gebruikt, tab: search.tab },
      { kenmerken: ['EW02', 'DW02'], regio: 'AM18', gemeente: 'GM0363', resultaten: 12, tekst: true, tab: 'k3J9-x_Q' },
    );
    assert.ok(rows.every((r: { tijdstip: Date }) => Math.abs(r.tijdstip.getTime() - Date.now()) < 3_600_000), 'the server stamps the time');
    const columns = (await subgraph('insights').query(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'insights' AND table_name = 'interactie' ORDER BY 1`)).map(
      (c: { column_name: string }) => c.column_name,
    );
    assert.deepEqual(columns, ['gemeente', 'gids', 'id', 'instrument_id', 'kenmerken', 'regio', 'resultaten', 'soort', 'tab', 'tekst_gebruikt', 'tijdstip']);
  });

  it('refuses more than 50 events at once and stores none of them', async () => {
    const before = await stored();
    const result = await record(Array.from({ length: 51 }, () => zoeken));
    assert.equal(codeOf(result), 'BAD_USER_INPUT');
    assert.deepEqual(fieldsOf(result), ['events']);
    assert.equal(await stored(), before);
    assert.equal((await record(Array.from({ length: 50 }, () => zoeken))).data?.recordEvents, 50);
  });

  it('names every malformed event by its index at once, and stores nothing of the batch', async () => {
    const before = await stored();
    const result = await record([
      zoeken,
      { soort: 'BEKEKEN', gids: 'DENNIS' },
      { soort: 'ZOEKEN', gids: 'DENNIS' },
      { ...zoeken, resultaten: -1 },
      { ...zoeken, kenmerken: ['EW02', 'klantmanager'] },
      { ...zoeken, regio: 'Amsterdam' },
      { ...zoeken, gemeente: '0363' },
      { soort: 'LINK', gids: 'DENNIS', instrumentId: 'geen-id' },
      { ...zoeken, tab: 'x'.repeat(65) },
      { ...zoeken, tab: 'jan@example.nl' },
      { soort: 'DOWNLOAD', gids: 'DENNIS', instrumentId: eva },
      { soort: 'VIDEO', gids: 'DENNIS', instrumentId: dennis },
    ]);
    assert.equal(codeOf(result), 'BAD_USER_INPUT');
    assert.deepEqual(fieldsOf(result), [
      'events[1].instrumentId',
      'events[2].resultaten',
      'events[3].resultaten',
      'events[4].kenmerken',
      'events[5].regio',
      'events[6].gemeente',
      'events[7].instrumentId',
      'events[8].tab',
      'events[9].tab',
      'events[10].gids',
    ]);
    assert.match(result.errors![0]!.message, /niets opgeslagen/);
    assert.equal(await stored(), before);
  });

  it('refuses an instrument the catalog does not have, or no longer has', async () => {
    const before = await stored();
    const unknown = await record([zoeken, { soort: 'BEKEKEN', gids: 'DENNIS', instrumentId: UNKNOWN }]);
    assert.equal(codeOf(unknown), 'BAD_USER_INPUT');
    assert.deepEqual(fieldsOf(unknown), ['events[1].instrumentId']);

    const deleted = await instrument('DENNIS');
    assert.equal((await record([{ soort: 'BEKEKEN', gids: 'DENNIS', instrumentId: deleted }])).data?.recordEvents, 1);
    await subgraph('catalog').query('DELETE FROM instrument WHERE id = $1', [deleted]);
    await platform.sync();
    const gone = await record([{ soort: 'BEKEKEN', gids: 'DENNIS', instrumentId: deleted }]);
    assert.deepEqual(fieldsOf(gone), ['events[0].instrumentId']);
    assert.equal(await stored(), before + 1);
  });

  it('refuses well-formed codes the catalog does not have, and learns a kenmerk the catalog adds', async () => {
    const before = await stored();
    const unknown = await record([{ ...zoeken, kenmerken: ['EW02', 'ZZ99'] }, { ...zoeken, regio: 'AM99' }, { ...zoeken, gemeente: 'GM9999' }]);
    assert.deepEqual(fieldsOf(unknown), ['events[0].kenmerken', 'events[1].regio', 'events[2].gemeente']);
    assert.match(unknown.errors![0]!.extensions!.fields[0].message, /ZZ99/);

    const [categorie] = await subgraph('catalog').query(`SELECT categorie_code FROM kenmerk WHERE code = 'EW02'`);
    await subgraph('catalog').query(`INSERT INTO kenmerk (code, naam, categorie_code, volgorde) VALUES ('ZZ99', 'Nieuw', $1, 99)`, [categorie.categorie_code]);
    await platform.sync();
    assert.equal((await record([{ ...zoeken, kenmerken: ['EW02', 'ZZ99'] }])).data?.recordEvents, 1);
    await subgraph('catalog').query(`DELETE FROM kenmerk WHERE code = 'ZZ99'`);
    await platform.sync();
    assert.deepEqual(fieldsOf(await record([{ ...zoeken, kenmerken: ['ZZ99'] }])), ['events[0].kenmerken']);
    assert.equal(await stored(), before + 1);
  });

  it('answers 0 for an empty batch', async () => {
    assert.equal((await record([])).data?.recordEvents, 0);
  });
});
