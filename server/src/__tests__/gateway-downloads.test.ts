import assert from 'node:assert/strict';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { BESTANDEN_DIR } from '../core/bestanden.js';
import { collectDownloadGarbage } from '../subgraphs/catalog/beheer/download-gc.js';
import { startTestPlatform, type TestPlatform } from '../test-support/harness.js';

const CREATE = 'mutation($input: CreateInstrumentInput!) { createInstrument(input: $input) { id version } }';
const ADD = 'mutation($id: ID!, $v: Int!, $input: DownloadInput!) { addDownload(id: $id, version: $v, input: $input) { version downloads { id label url } } }';
const REMOVE = 'mutation($id: ID!, $v: Int!, $downloadId: ID!) { removeDownload(id: $id, version: $v, downloadId: $downloadId) { version downloads { id } } }';

describe('downloads served by the gateway', () => {
  let platform: TestPlatform;
  let regio: Record<string, string>;
  let instrument: { id: string; version: number };
  const catalogDataSource = () => platform.subgraphs.find((s) => s.definition.name === 'catalog')!.dataSource;

  beforeAll(async () => {
    platform = await startTestPlatform({ demoInstruments: 5 });
    const ds = catalogDataSource();
    const [{ id: organisatieId }] = await ds.query('SELECT id FROM organisatie WHERE regio_code IS NOT NULL ORDER BY naam LIMIT 1');
    const [{ id: aanbiederId }] = await ds.query('SELECT id FROM aanbieder WHERE organisatie_id = $1 LIMIT 1', [organisatieId]);
    await platform.createGebruiker({ email: 'regio@test.nl', rol: 'REGIO_BEHEERDER', organisatieIds: [organisatieId] });
    regio = platform.bearer(await platform.login('regio@test.nl'));
    const created = await platform.gql(CREATE, { input: { gids: 'DENNIS', organisatieId, aanbiederId, naam: 'Met bestanden', korteBeschrijving: 'Een instrument met downloads.' } }, regio);
    assert.equal(created.errors, undefined, JSON.stringify(created.errors));
    instrument = created.data!.createInstrument;
  });
  afterAll(() => platform.close());

  async function add(label: string, bestandsnaam: string, inhoud: Buffer) {
    const added = await platform.gql(ADD, { id: instrument.id, v: instrument.version, input: { label, bestandsnaam, inhoud: inhoud.toString('base64') } }, regio);
    assert.equal(added.errors, undefined, JSON.stringify(added.errors));
    instrument.version = added.data!.addDownload.version;
    return added.data!.addDownload.downloads.find((d: { label: string }) => d.label === label) as { id: string; url: string };
  }
  const fetchDownload = (url: string) => fetch(new URL(url, platform.gatewayUrl));

  it('offers documents as attachments and only images inline, cached for an hour', async () => {
    const pdf = await add('Folder', 'folder.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(100, 65)]));
    const png = await add('Plaatje', 'plaatje.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.alloc(100, 1)]));
    const docx = await add('Formulier', 'formulier.docx', Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(100, 2)]));
    for (const [download, disposition] of [[pdf, 'attachment'], [docx, 'attachment'], [png, 'inline']] as const) {
      const response = await fetchDownload(download.url);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-disposition'), disposition, download.url);
      assert.equal(response.headers.get('cache-control'), 'public, max-age=3600');
      await response.arrayBuffer();
    }
  });

  it('removes the file of a removed download (not a referenced one) once garbage collection runs', async () => {
    const kept = await add('Blijft', 'blijft.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('blijft')]));
    const gone = await add('Weg', 'weg.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('weg')]));
    const removed = await platform.gql(REMOVE, { id: instrument.id, v: instrument.version, downloadId: gone.id }, regio);
    assert.equal(removed.errors, undefined, JSON.stringify(removed.errors));
    instrument.version = removed.data!.removeDownload.version;
    assert.equal((await fetchDownload(gone.url)).status, 200, 'still stored until garbage collection runs');

    assert.deepEqual(await collectDownloadGarbage(catalogDataSource(), 60 * 60_000), [], 'within the grace period nothing goes');
    const collected = await collectDownloadGarbage(catalogDataSource(), 0);
    // (Files of other test files' databases in the run's shared folder may go too: this database does not know them.)
    const names = collected.map((f) => path.basename(f));
    assert.ok(names.includes(path.basename(gone.url)), 'the removed download\'s file');
    assert.ok(!names.includes(path.basename(kept.url)), 'not a referenced file');
    assert.equal((await fetchDownload(gone.url)).status, 404);
    assert.equal((await fetchDownload(kept.url)).status, 200);
  });

  it('leaves a folder that belongs to another database alone', async () => {
    await writeFile(path.join(BESTANDEN_DIR, '.owner'), 'elsewhere:5432/other');
    try {
      const orphan = await add('Wees', 'wees.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('wees')]));
      const removed = await platform.gql(REMOVE, { id: instrument.id, v: instrument.version, downloadId: orphan.id }, regio);
      instrument.version = removed.data!.removeDownload.version;
      assert.deepEqual(await collectDownloadGarbage(catalogDataSource(), 0), []);
      assert.equal((await fetchDownload(orphan.url)).status, 200);
    } finally {
      await rm(path.join(BESTANDEN_DIR, '.owner'), { force: true });
    }
  });
});
