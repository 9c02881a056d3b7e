import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { startTestPlatform, type GraphQLResponse, type TestPlatform } from '../../../test-support/harness.js';

const EXPORT = 'query($organisatieId: ID, $formaat: ExportFormaat) { exportInstrumenten(organisatieId: $organisatieId, formaat: $formaat) }';
const IMPORT = `mutation($bestand: String!, $organisatieId: ID!, $dryRun: Boolean!) {
  importInstrumenten(bestand: $bestand, organisatieId: $organisatieId, dryRun: $dryRun) {
    dryRun aangemaakt gewijzigd ongewijzigd geweigerd instrumenten { index naam instrumentId actie problemen { veld melding } }
  }
}`;

type Rapport = { dryRun: boolean; aangemaakt: number; gewijzigd: number; ongewijzigd: number; geweigerd: number; instrumenten: { index: number; naam: string | null; instrumentId: string | null; actie: string; problemen: { veld: string | null; melding: string }[] }[] };
type Bestand = { formaat: string; instrumenten: Record<string, any>[] };

const codeOf = (r: GraphQLResponse) => r.errors?.[0]?.extensions?.code;

/** A record without what only says where it came from: what must be equal after an import elsewhere. */
const normalised = (bestand: Bestand) => bestand.instrumenten.map(({ id: _id, organisatie: _organisatie, ...rest }) => JSON.stringify(rest)).sort();

describe('catalog: export and import of instruments (instrumentenformat/1)', () => {
  let platform: TestPlatform;
  let ds: DataSource;
  let bron: string, doel: string, ander: string;
  let beheerder: Record<string, string>, anderBeheerder: Record<string, string>, professional: Record<string, string>;

  const exportJson = async (organisatieId: string, as = beheerder): Promise<Bestand> => {
    const result = await platform.gql(EXPORT, { organisatieId }, as);
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return JSON.parse(result.data!.exportInstrumenten);
  };
  const importeer = async (bestand: unknown, organisatieId: string, dryRun: boolean, as = beheerder): Promise<GraphQLResponse<{ importInstrumenten: Rapport }>> =>
    platform.gql(IMPORT, { bestand: typeof bestand === 'string' ? bestand : JSON.stringify(bestand), organisatieId, dryRun }, as);
  const rapport = async (bestand: unknown, organisatieId: string, dryRun: boolean): Promise<Rapport> => {
    const result = await importeer(bestand, organisatieId, dryRun);
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return result.data!.importInstrumenten;
  };
  /** Every row that an import could touch, and every instrument's version. */
  const state = async () => {
    const counts = await ds.query(`SELECT (SELECT count(*) FROM instrument) AS instrumenten, (SELECT count(*) FROM aanbieder) AS aanbieders,
      (SELECT count(*) FROM contactpersoon) AS contactpersonen, (SELECT count(*) FROM adres) AS adressen, (SELECT count(*) FROM wijk) AS wijken,
      (SELECT count(*) FROM audit_record) AS audit, (SELECT count(*) FROM instrument_kenmerk) AS kenmerken, (SELECT count(*) FROM locatie) AS locaties`);
    const versions = await ds.query('SELECT id, version FROM instrument ORDER BY id');
    return { counts, versions };
  };

  beforeAll(async () => {
    platform = await startTestPlatform({ demoInstruments: 50 });
    ds = platform.subgraphs.find((s) => s.definition.name === 'catalog')!.dataSource;
    [{ id: bron }] = await ds.query(`SELECT o.id FROM organisatie o JOIN instrument i ON i.organisatie_id = o.id
      WHERE o.regio_code IS NOT NULL AND NOT i.landelijk GROUP BY o.id ORDER BY count(*) DESC, o.id LIMIT 1`);
    [{ id: ander }] = await ds.query('SELECT id FROM organisatie WHERE regio_code IS NOT NULL AND id <> $1 ORDER BY naam LIMIT 1', [bron]);
    [{ id: doel }] = await ds.query("INSERT INTO organisatie (naam, regio_code) VALUES ('Werkbedrijf Proefimport', 'AM18') RETURNING id");
    await platform.createGebruiker({ email: 'beheerder@test.nl', rol: 'REGIO_BEHEERDER', organisatieIds: [bron, doel] });
    await platform.createGebruiker({ email: 'ander@test.nl', rol: 'REGIO_BEHEERDER', organisatieIds: [ander] });
    await platform.createGebruiker({ email: 'prof@test.nl', rol: 'PROFESSIONAL', organisatieIds: [bron] });
    beheerder = platform.bearer(await platform.login('beheerder@test.nl'));
    anderBeheerder = platform.bearer(await platform.login('ander@test.nl'));
    professional = platform.bearer(await platform.login('prof@test.nl'));
  });
  afterAll(() => platform.close());

  it('exports every instrument of the organisatie with its koppelingen by natural key', async () => {
    const bestand = await exportJson(bron);
    const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM instrument WHERE organisatie_id = $1', [bron]);
    assert.equal(bestand.formaat, 'instrumentenformat/1');
    assert.equal(bestand.instrumenten.length, n);
    assert.ok(n >= 2, 'the source organisatie has instruments');
    const [sample] = await ds.query(`SELECT i.id, i.naam, a.naam AS aanbieder, array(SELECT kenmerk_code FROM instrument_kenmerk WHERE instrument_id = i.id ORDER BY 1) AS kenmerken
      FROM instrument i JOIN aanbieder a ON a.id = i.aanbieder_id WHERE i.organisatie_id = $1 ORDER BY i.id LIMIT 1`, [bron]);
    const record = bestand.instrumenten.find((r) => r.id === sample.id)!;
    assert.deepEqual([record.naam, record.aanbieder.naam, record.kenmerken], [sample.naam, sample.aanbieder, sample.kenmerken]);
    assert.ok(bestand.instrumenten.some((r) => r.contactpersonen.length && r.contactpersonen[0].naam), 'contactpersonen by naam');
    assert.ok(bestand.instrumenten.every((r) => r.beschikbareGebieden.gemeenten.every((g: string) => /^GM\d{4}$/.test(g))), 'gemeenten by CBS code');
  });

  it('imports into an empty organisatie: a dry run changes nothing, the real run gives the same instruments, audited', async () => {
    const bestand = await exportJson(bron);
    const before = await state();
    const proef = await rapport(bestand, doel, true);
    assert.equal(proef.dryRun, true);
    assert.equal(proef.aangemaakt, bestand.instrumenten.length, JSON.stringify(proef.instrumenten.filter((r) => r.actie !== 'AANMAKEN')));
    assert.deepEqual(await state(), before, 'a dry run changes nothing');

    const echt = await rapport(bestand, doel, false);
    assert.deepEqual([echt.aangemaakt, echt.gewijzigd, echt.ongewijzigd, echt.geweigerd], [bestand.instrumenten.length, 0, 0, 0]);
    assert.deepEqual(normalised(await exportJson(doel)), normalised(bestand), 'every field and koppeling arrived');
    const [{ n }] = await ds.query("SELECT count(*)::int AS n FROM audit_record WHERE organisatie_id = $1 AND entiteit = 'Instrument' AND actie = 'aangemaakt'", [doel]);
    assert.equal(n, bestand.instrumenten.length);
  });

  it('is idempotent: the same file again, or the target\'s own export, changes nothing', async () => {
    const before = await state();
    const again = await rapport(await exportJson(bron), doel, false);
    assert.deepEqual([again.aangemaakt, again.gewijzigd, again.geweigerd], [0, 0, 0], JSON.stringify(again.instrumenten.filter((r) => r.actie !== 'ONGEWIJZIGD')));
    const eigenBestand = await exportJson(doel);
    const eigen = await rapport(eigenBestand, doel, false);
    assert.equal(eigen.ongewijzigd, eigen.instrumenten.length);
    // Differs from what is stored only by what sanitizing removes: the update runs and changes nothing.
    const opgemaakt = eigenBestand.instrumenten.find((r) => r.doel ?? r.beschrijving)!;
    const veld = opgemaakt.doel ? 'doel' : 'beschrijving';
    const gesaneerd = await rapport({ ...eigenBestand, instrumenten: [{ ...opgemaakt, [veld]: opgemaakt[veld] + '<script>alert(1)</script>' }] }, doel, false);
    assert.equal(gesaneerd.instrumenten[0]!.actie, 'ONGEWIJZIGD');
    assert.deepEqual(await state(), before, 'no versions, rows or audit records changed');
  });

  it('reports per instrument what a dry run would do, with the mutations\' own Dutch messages', async () => {
    const bestand = await exportJson(doel);
    const [gewijzigd, nieuw, zonderNaam, onbekendKenmerk] = [0, 1, 0, 1].map((i) => ({ ...bestand.instrumenten[i]! }));
    gewijzigd!.toelichtingKosten = 'Nieuw: inclusief reiskosten.';
    nieuw!.id = '00000000-0000-4000-8000-000000000001';
    nieuw!.naam = 'Geheel nieuw instrument';
    delete zonderNaam!.naam;
    onbekendKenmerk!.kenmerken = [...onbekendKenmerk!.kenmerken, 'XX99'];
    const before = await state();
    const proef = await rapport({ ...bestand, instrumenten: [gewijzigd, nieuw, zonderNaam, onbekendKenmerk] }, doel, true);
    assert.deepEqual(proef.instrumenten.map((r) => r.actie), ['WIJZIGEN', 'AANMAKEN', 'GEWEIGERD', 'GEWEIGERD']);
    assert.deepEqual([proef.aangemaakt, proef.gewijzigd, proef.ongewijzigd, proef.geweigerd], [1, 1, 0, 2]);
    assert.deepEqual(await state(), before, 'a dry run changes nothing');

    // The same mistakes through the mutations themselves: the import must say the same.
    const [aanbieder] = await ds.query('SELECT id FROM aanbieder WHERE organisatie_id = $1 LIMIT 1', [doel]);
    const create = (input: Record<string, unknown>) => platform.gql('mutation($input: CreateInstrumentInput!) { createInstrument(input: $input) { id } }',
      { input: { gids: 'DENNIS', organisatieId: doel, aanbiederId: aanbieder.id, naam: 'X', korteBeschrijving: 'Kort.', ...input } }, beheerder);
    const leeg = (await create({ naam: '' })).errors![0]!.extensions!.fields;
    const kenmerk = (await create({ kenmerken: ['XX99'] })).errors![0]!.extensions!.fields;
    assert.ok(proef.instrumenten[2]!.problemen.some((p) => p.veld === 'naam' && p.melding === leeg[0].message), JSON.stringify(proef.instrumenten[2]));
    const index = onbekendKenmerk!.kenmerken.length - 1;
    assert.deepEqual(proef.instrumenten[3]!.problemen, [{ veld: `kenmerken[${index}]`, melding: kenmerk[0].message }]);
    assert.equal(kenmerk[0].message, "Het kenmerk 'XX99' bestaat niet.");

    const echt = await rapport({ ...bestand, instrumenten: [gewijzigd] }, doel, false);
    assert.equal(echt.instrumenten[0]!.actie, 'WIJZIGEN');
    const [row] = await ds.query('SELECT toelichting_kosten, version FROM instrument WHERE id = $1', [gewijzigd!.id]);
    assert.equal(row.toelichting_kosten, 'Nieuw: inclusief reiskosten.');
    assert.equal(row.version, before.versions.find((v: { id: string }) => v.id === gewijzigd!.id).version + 1);
  });

  it('lets only beheerders of the organisatie export and import', async () => {
    const bestand = await exportJson(bron);
    assert.equal(codeOf(await platform.gql(EXPORT, { organisatieId: bron })), 'UNAUTHENTICATED');
    assert.equal(codeOf(await platform.gql(EXPORT, { organisatieId: bron }, professional)), 'FORBIDDEN');
    assert.equal(codeOf(await platform.gql(EXPORT, { organisatieId: bron }, anderBeheerder)), 'FORBIDDEN');
    const before = await state();
    assert.equal(codeOf(await importeer(bestand, bron, false, {})), 'UNAUTHENTICATED');
    assert.equal(codeOf(await importeer(bestand, bron, false, professional)), 'FORBIDDEN');
    assert.equal(codeOf(await importeer(bestand, bron, false, anderBeheerder)), 'FORBIDDEN');
    assert.equal(codeOf(await importeer(bestand, bron, true, anderBeheerder)), 'FORBIDDEN');
    assert.deepEqual(await state(), before);
    const eigen = await platform.gql(EXPORT, {}, anderBeheerder);
    const ids = JSON.parse(eigen.data!.exportInstrumenten).instrumenten.map((r: { organisatie: { id: string } }) => r.organisatie.id);
    assert.ok(ids.every((id: string) => id === ander), 'without organisatie: only the own organisaties');
  });

  it('refuses a file that is not instrumentenformat/1 JSON with BAD_USER_INPUT', async () => {
    for (const bestand of ['{ niet json', JSON.stringify({ formaat: 'iets anders', instrumenten: [] }), JSON.stringify([1, 2]), JSON.stringify({ formaat: 'instrumentenformat/1' })]) {
      const result = await importeer(bestand, doel, true);
      assert.equal(codeOf(result), 'BAD_USER_INPUT', bestand);
      assert.equal(result.errors![0]!.extensions!.fields[0].field, 'bestand');
    }
    const teVeel = await importeer({ formaat: 'instrumentenformat/1', instrumenten: Array.from({ length: 5001 }, () => ({})) }, doel, true);
    assert.equal(codeOf(teVeel), 'BAD_USER_INPUT');
    assert.match(teVeel.errors![0]!.message, /hoogstens 5000/);
  });

  it('exports CSV for Excel: BOM, ; between fields, one row per instrument', async () => {
    const result = await platform.gql(EXPORT, { organisatieId: bron, formaat: 'CSV' }, beheerder);
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    const csv: string = result.data!.exportInstrumenten;
    assert.ok(csv.startsWith('\ufeffId;Gids;Type;Naam;Organisatie;Aanbieder;Publiceren;'), csv.slice(0, 80));
    const lines = csv.trimEnd().split('\r\n');
    const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM instrument WHERE organisatie_id = $1', [bron]);
    assert.ok(lines.length >= n + 1);
    const [sample] = await ds.query('SELECT i.id, i.gids, i.type, a.naam AS aanbieder FROM instrument i JOIN aanbieder a ON a.id = i.aanbieder_id WHERE i.organisatie_id = $1 ORDER BY i.id LIMIT 1', [bron]);
    const row = lines.find((line) => line.startsWith(sample.id + ';'))!;
    assert.ok(row.startsWith(`${sample.id};${sample.gids};${sample.type};`), row);
    assert.ok(row.includes(sample.aanbieder), row);
  });

  it('streams the same file over HTTP at /export/instrumenten.json and .csv, with the same access', async () => {
    const download = (pad: string, headers: Record<string, string> = {}) => fetch(new URL(pad, platform.gatewayUrl), { headers });
    const zonderTijd = (text: string) => text.replace(/"geexporteerdOp":"[^"]*"/, '');
    const json = await download(`/export/instrumenten.json?organisatieId=${bron}`, beheerder);
    assert.equal(json.status, 200);
    assert.match(json.headers.get('content-type')!, /^application\/json/);
    const viaGraphql = (await platform.gql(EXPORT, { organisatieId: bron }, beheerder)).data!.exportInstrumenten;
    assert.equal(zonderTijd(await json.text()), zonderTijd(viaGraphql));
    const csv = await download(`/export/instrumenten.csv?organisatieId=${bron}`, beheerder);
    assert.equal(csv.status, 200);
    // Buffer keeps the BOM that Response.text() would drop.
    assert.equal(Buffer.from(await csv.arrayBuffer()).toString('utf8'), (await platform.gql(EXPORT, { organisatieId: bron, formaat: 'CSV' }, beheerder)).data!.exportInstrumenten);
    assert.equal((await download(`/export/instrumenten.json?organisatieId=${bron}`)).status, 401);
    assert.equal((await download(`/export/instrumenten.json?organisatieId=${bron}`, professional)).status, 403);
    assert.equal((await download(`/export/instrumenten.json?organisatieId=${bron}`, anderBeheerder)).status, 403);
    assert.equal((await download('/export/instrumenten.json?status=OUD', beheerder)).status, 400);
  });

  it('pages the file: the pages joined are the whole file', async () => {
    const PAGINA = `query($organisatieId: ID, $after: ID) { exportInstrumentenPagina(organisatieId: $organisatieId, first: 2, after: $after) { begin regels scheiding einde volgende } }`;
    const regels: string[] = [];
    let after: string | null = null;
    let pagina: Record<string, any>;
    do {
      const result: GraphQLResponse = await platform.gql(PAGINA, { organisatieId: doel, after }, beheerder);
      assert.equal(result.errors, undefined, JSON.stringify(result.errors));
      pagina = result.data!.exportInstrumentenPagina;
      regels.push(...pagina.regels);
      after = pagina.volgende;
    } while (after);
    const joined = JSON.parse(pagina.begin + regels.join(pagina.scheiding) + pagina.einde) as Bestand;
    assert.deepEqual(joined.instrumenten, (await exportJson(doel)).instrumenten);
    assert.ok(joined.instrumenten.length > 2, 'more than one page');
  });
});
