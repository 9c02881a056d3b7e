import 'reflect-metadata';
import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { publishEvent } from '../core/events.js';
import { runSubgraph } from '../run-subgraph.js';
import type { CatalogContext } from '../subgraphs/catalog/catalog.context.js';
import { Gids } from '../subgraphs/catalog/catalog.enums.js';
import type { InstrumentFilter } from '../subgraphs/catalog/search/instrument-filter.input.js';
import { BEOORDELING_TOPIC } from '../subgraphs/catalog/search/beoordelingen.js';
import { InstrumentSort } from '../subgraphs/catalog/search/instrument-sort.js';
import { SearchIndexManager } from '../subgraphs/catalog/search/search-index.manager.js';
import type { SearchService } from '../subgraphs/catalog/search/search.service.js';
import { subgraphByName } from '../subgraphs/registry.js';
import { BENCH_REVIEWS, publishBenchBeoordelingen } from './bench-beoordelingen.js';
import { ensureBenchDatabase, startBenchServer } from './bench-database.js';

/**
 * npm run bench:index [-- --database <url> --builds 3 --searches 200]
 * The catalog's search index on an existing (seeded) database, in this process alone, opened the way a
 * separately served catalog opens (runSubgraph: migrations, taxonomy, index, HTTP port): the build time (the
 * first build and `--builds` more, median), resident memory and heap after the first build and after a full
 * GC, and in-process search latencies (index work only: no GraphQL, no page loading), among them sort
 * BEOORDELING over 500,000 generated reviews' aggregates, also right after a new aggregate. Run with --expose-gc.
 */
const { values: args } = parseArgs({
  options: {
    /** A seeded database; default: `instrumentengidsen_bench` (100,000 instruments, seeded once) as the other benches. */
    database: { type: 'string' },
    builds: { type: 'string', default: '3' },
    searches: { type: 'string', default: '200' },
  },
});

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

function memory(label: string): { rss: number; heap: number } {
  const m = process.memoryUsage();
  console.log(`${label}: rss ${mb(m.rss)} MB, heap used ${mb(m.heapUsed)} MB (total ${mb(m.heapTotal)}), external+buffers ${mb(m.external)} MB`);
  return { rss: m.rss, heap: m.heapUsed };
}

const SEARCHES: { name: string; filter: InstrumentFilter; sort?: InstrumentSort }[] = [
  { name: 'empty selection', filter: {} },
  { name: '3 categories + gemeente', filter: { kenmerken: ['EW02', 'EW05', 'KK08', 'UV07'], gemeente: 'GM0363' } },
  { name: 'text "coach" + 2 categories', filter: { kenmerken: ['EW07', 'KK08'], tekst: 'coach' } },
  { name: 'text prefix "sollicit"', filter: { tekst: 'sollicit' } },
  { name: 'text split compound "ervaringsplaats"', filter: { tekst: 'ervaringsplaats' } },
  { name: 'text synonym "werkervaringsplek"', filter: { tekst: 'werkervaringsplek' } },
  { name: 'text typo "solicitatietraining" (+ suggestion)', filter: { tekst: 'solicitatietraining' } },
  { name: 'text nothing found "budgetcoaching ruimtevaart" (+ suggestion)', filter: { tekst: 'budgetcoaching ruimtevaart' } },
  { name: 'empty selection, sort BEOORDELING', filter: {}, sort: InstrumentSort.BEOORDELING },
  { name: 'minSterren 4 + 2 categories, sort BEOORDELING', filter: { kenmerken: ['EW07', 'KK08'], minSterren: 4 }, sort: InstrumentSort.BEOORDELING },
];

/** One search with its facets and minSterren counts, as the search screen asks; returns its total. */
async function searchOnce(search: SearchService, filter: InstrumentFilter, sort: InstrumentSort | null): Promise<number> {
  const outcome = await search.search({ gids: Gids.EVA, filter, first: 20, after: null, sort });
  outcome.facets();
  outcome.sterren();
  // As the search screen asks: the suggestion is worked out only for few results or a typo.
  await outcome.suggestie();
  return outcome.totalCount;
}

function timings(name: string, total: number, times: number[]): string {
  return `${name}: ${total} results, median ${median(times).toFixed(2)} ms, p95 ${quantile(times, 0.95).toFixed(2)} ms`;
}

async function timeBuild(ds: DataSource, url: string): Promise<number> {
  const manager = new SearchIndexManager(ds, url);
  const started = performance.now();
  await manager.start();
  const elapsed = performance.now() - started;
  await manager.stop();
  return elapsed;
}

async function main(databaseUrl: string): Promise<void> {
  if (!gc) console.log('(run with --expose-gc for the after-GC figures)');
  const builds: number[] = [];
  gc?.();
  const base = memory('before open');
  const started = performance.now();
  const running = await runSubgraph(subgraphByName('catalog'), {
    databaseUrl,
    port: 0,
    host: '127.0.0.1',
    seed: false,
    log: (m) => m.startsWith('zoekindex') && console.log(m),
  });
  console.log(`catalog open and serving in ${(performance.now() - started).toFixed(0)} ms`);
  const opened = memory('after first build');
  gc?.();
  const collected = memory('after GC');

  const context = (await running.opened.context()) as CatalogContext;
  const search = context.services.search;
  const latencies: string[] = [];
  for (const { name, filter, sort } of SEARCHES) {
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < Number(args.searches); i++) {
      const t = performance.now();
      total = await searchOnce(search, filter, sort ?? null);
      times.push(performance.now() - t);
    }
    latencies.push(timings(name, total, times));
  }
  // A review write changes one aggregate: the first sorted search after it orders the instruments anew.
  const [{ id }] = await running.dataSource.query('SELECT id::text AS id FROM instrument ORDER BY id LIMIT 1');
  const afterChange: number[] = [];
  let total = 0;
  for (let i = 0; i < 20; i++) {
    await running.dataSource.transaction((em) => publishEvent(em, BEOORDELING_TOPIC, id, { gemiddelde: 1 + (i % 5), aantal: 1 + i }));
    await running.opened.sync();
    const t = performance.now();
    total = await searchOnce(search, {}, InstrumentSort.BEOORDELING);
    afterChange.push(performance.now() - t);
  }
  latencies.push(timings('empty selection, sort BEOORDELING, first after a new aggregate', total, afterChange));
  latencies.forEach((line) => console.log(line));

  for (let i = 0; i < Number(args.builds); i++) {
    gc?.();
    builds.push(await timeBuild(running.dataSource, databaseUrl));
  }
  await running.stop();
  console.log(`builds: ${builds.map((b) => b.toFixed(0)).join(', ')} ms`);
  console.log(
    `bench:index build_ms=${median(builds).toFixed(0)} rss_mb=${mb(opened.rss)} rss_after_gc_mb=${mb(collected.rss)} heap_after_gc_mb=${mb(collected.heap)} rss_before_open_mb=${mb(base.rss)}`,
  );
}

const server = args.database ? null : await startBenchServer();
try {
  const databaseUrl = args.database ?? (await ensureBenchDatabase(server!.url, 'instrumentengidsen_bench', 100_000));
  console.log(`${BENCH_REVIEWS} beoordelingen over ${await publishBenchBeoordelingen(databaseUrl)} instrumenten gepubliceerd`);
  await main(databaseUrl);
} finally {
  await server?.stop();
}
