import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { Caller } from '../core/caller.js';
import { createSubgraphDataSource } from '../core/data-source.js';
import { subgraphByName } from '../subgraphs/registry.js';
import { ExportService } from '../subgraphs/catalog/uitwisseling/export.service.js';
import { ImportService } from '../subgraphs/catalog/uitwisseling/import.service.js';
import type { InstrumentenBestand } from '../subgraphs/catalog/uitwisseling/instrumentenformat.js';
import { ExportFormaat } from '../subgraphs/catalog/uitwisseling/uitwisseling.types.js';
import { ensureBenchDatabase, startBenchServer } from './bench-database.js';

/**
 * npm run bench:uitwisseling [-- --instruments 10000 --import 1000]
 * Export and import of the instrumentenformat in this process, on their services (no GraphQL, no HTTP): the
 * export of every instrument as JSON and as CSV (time, size), then an import of the first `--import` of them
 * into a new organisatie (a dry run, the real run, and the same file again). The imported instruments and the
 * organisatie are removed afterwards, so the bench database keeps its count.
 */
const { values: args } = parseArgs({
  options: {
    instruments: { type: 'string', default: '10000' },
    import: { type: 'string', default: '1000' },
  },
});

const mb = (text: string) => (Buffer.byteLength(text) / 1024 / 1024).toFixed(1);
const seconds = (started: number) => ((performance.now() - started) / 1000).toFixed(2);

async function timed<T>(label: string, work: () => Promise<T>, describe: (result: T) => string): Promise<T> {
  const started = performance.now();
  const result = await work();
  console.log(`${label}: ${seconds(started)} s, ${describe(result)}`);
  return result;
}

async function main(url: string): Promise<void> {
  const ds = createSubgraphDataSource({ ...subgraphByName('catalog'), url });
  await ds.initialize();
  const landelijk: Caller = { id: randomUUID(), rol: 'LANDELIJK_BEHEERDER', organisatieIds: [] };
  const exporter = new ExportService(ds);
  const importer = new ImportService(ds);
  const [{ id: organisatieId }] = await ds.query("INSERT INTO organisatie (naam, regio_code) VALUES ($1, 'AM18') RETURNING id", [`Bench import ${new Date().toISOString()}`]);
  try {
    const json = await timed('export JSON, alle instrumenten', () => exporter.file(landelijk, {}, ExportFormaat.JSON), (text) => `${mb(text)} MB, ${JSON.parse(text).instrumenten.length} instrumenten`);
    await timed('export CSV, alle instrumenten', () => exporter.file(landelijk, {}, ExportFormaat.CSV), (text) => `${mb(text)} MB`);
    await timed('export JSON in pagina\'s van 1.000 (zoals de download van de gateway)', async () => {
      let bytes = 0;
      for (let after: string | null = null, first = true; first || after; first = false) {
        const page = await exporter.page(landelijk, {}, ExportFormaat.JSON, after, 1000);
        bytes += page.regels.reduce((n, regel) => n + Buffer.byteLength(regel), 0);
        after = page.volgende;
      }
      return bytes;
    }, (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`);
    const file: InstrumentenBestand = JSON.parse(json);
    const bestand = JSON.stringify({ ...file, instrumenten: file.instrumenten.slice(0, Number(args.import)) });
    const totals = (r: { aangemaakt: number; gewijzigd: number; ongewijzigd: number; geweigerd: number }) =>
      `aanmaken ${r.aangemaakt}, wijzigen ${r.gewijzigd}, ongewijzigd ${r.ongewijzigd}, geweigerd ${r.geweigerd} (${mb(bestand)} MB bestand)`;
    await timed(`import ${args.import}, proef (dryRun)`, () => importer.import(landelijk, bestand, organisatieId, true), totals);
    await timed(`import ${args.import}, echt`, () => importer.import(landelijk, bestand, organisatieId, false), totals);
    await timed(`import ${args.import}, hetzelfde bestand nog eens`, () => importer.import(landelijk, bestand, organisatieId, false), totals);
  } finally {
    for (const table of ['instrument', 'aanbieder', 'contactpersoon', 'adres', 'wijk']) await ds.query(`DELETE FROM ${table} WHERE organisatie_id = $1`, [organisatieId]);
    await ds.query('DELETE FROM audit_record WHERE organisatie_id = $1', [organisatieId]);
    await ds.query('DELETE FROM organisatie WHERE id = $1', [organisatieId]);
    await ds.destroy();
  }
}

const server = await startBenchServer();
try {
  await main(await ensureBenchDatabase(server.url, 'instrumentengidsen_bench_uitwisseling', Number(args.instruments)));
} finally {
  await server.stop();
}
