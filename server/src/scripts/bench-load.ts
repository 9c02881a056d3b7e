import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { load, type LoadResult } from './bench-autocannon.js';
import { ensureBenchDatabase, startBenchServer } from './bench-database.js';
import { dashboardBodies, ensureInsightsEvents, landelijkBeheerder, recordEventsBody, removeEventsSince } from './bench-insights.js';
import { busiestOrganisatie, fullSync, SYNC_PAGE_BODY, syncKey } from './bench-sync.js';
import { checkAnswer, PAGE_BODY, POSTGRAPHILE_PAGE_BODY, SEARCH_BODY } from './bench-load-queries.js';
import { startServer, type ServerProcess } from './bench-processes.js';

/**
 * npm run bench [-- --seconds 5 --connections 8 --instruments 3000 --search-instruments 100000 --events 10000000 --only page|insights]
 * Load (autocannon on loopback, every connection from its own address) on the instrument page query and the
 * public search: npm start's shape (gateway and subgraphs in one process) and the production shape (each in
 * its own process), with and without the gateway's response cache, directly against the catalog subgraph, and
 * the same page from PostGraphile 5 on the same database with a read-only role. Then the search over
 * `--search-instruments` instruments (the bench:search database). Prints req/s, median and p95 at steady
 * concurrency, SQL statements per request and CPU per process, and each process's memory. `--only page` measures
 * only the uncached page: directly at the catalog, through a gateway without cache, and from PostGraphile.
 * Last the data dashboard and the integrators (`--only insights` measures only those): events recorded per second
 * through the gateway, the dashboard's questions over a year of `--events` interactions (bench-insights.ts), one
 * beheerder at a time, and the registratiecodes sync with an API key (bench-sync.ts).
 */
const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    connections: { type: 'string', default: '8' },
    instruments: { type: 'string', default: '3000' },
    'search-instruments': { type: 'string', default: '100000' },
    events: { type: 'string', default: '10000000' },
    reseed: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
function whole(name: keyof typeof args, min = 1): number {
  const value = Number(args[name]);
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be a whole number >= ${min}, got '${args[name]}'`);
  return value;
}
const seconds = whole('seconds');
const warmup = whole('warmup', 0);
const connections = whole('connections');
const instruments = whole('instruments');
const searchInstruments = whole('search-instruments', 0);
const events = whole('events', 0);
if (args.only !== undefined && args.only !== 'page' && args.only !== 'insights') throw new Error(`--only: 'page' or 'insights', got '${args.only}'`);
const onlyPage = args.only === 'page';
const onlyInsights = args.only === 'insights';
if (connections > 250) throw new Error('--connections: at most 250 (one loopback address each)');

const here = path.dirname(fileURLToPath(import.meta.url));
/** Separate processes sign caller headers with one shared secret. */
const AUTH_SECRET = randomBytes(32).toString('hex');

interface Row extends LoadResult {
  label: string;
  /** SQL statements per request, per process that sent any. */
  statements: Map<string, number>;
  /** CPU use during the measurement in % of one core, per process. */
  cpu: Map<string, number>;
}
const rows: Row[] = [];
const fmt = (n: number, digits = 1) => n.toFixed(digits);

function printRow(r: Row): void {
  const statements = [...r.statements].filter(([, n]) => n >= 0.05).map(([name, n]) => `${name} ${fmt(n)}`).join(', ') || '0';
  // % of a core over req/s: the CPU milliseconds each request cost that process, comparable across runs whose
  // throughput differs (a busy machine moves req/s far more than it moves the work per request).
  const cpu = [...r.cpu].map(([name, n]) => `${name} ${fmt(n, 0)}% (${fmt((n * 10) / r.rps, 2)} ms/req)`).join(', ');
  console.log(`${r.label.padEnd(52)} ${fmt(r.rps, 0).padStart(6)} ${fmt(r.p50).padStart(8)} ${fmt(r.p95).padStart(8)}   SQL/req: ${statements}; CPU: ${cpu}`);
}

/** Warm-up, then the measured run; statements and CPU per process over the measured run only. */
async function measure(label: string, url: string, requestBody: string, processes: ServerProcess[], options: { connections?: number; headers?: Record<string, string> } = {}): Promise<Row> {
  const settings = { connections, ...options };
  if (warmup) await load(url, requestBody, { seconds: warmup, ...settings });
  const statementsBefore = await Promise.all(processes.map((p) => p.statements()));
  const cpuBefore = processes.map((p) => p.cpuSeconds() ?? NaN);
  const ownBefore = process.cpuUsage();
  const result = await load(url, requestBody, { seconds, ...settings });
  const statementsAfter = await Promise.all(processes.map((p) => p.statements()));
  const row: Row = {
    label,
    ...result,
    statements: new Map(processes.map((p, i) => [p.name, (statementsAfter[i]! - statementsBefore[i]!) / result.requests])),
    cpu: new Map(processes.map((p, i) => [p.name, (((p.cpuSeconds() ?? NaN) - cpuBefore[i]!) / seconds) * 100])),
  };
  const own = process.cpuUsage(ownBefore);
  row.cpu.set('autocannon', ((own.user + own.system) / 1e6 / seconds) * 100);
  rows.push(row);
  printRow(row);
  return row;
}

/** The process that used the most CPU during a measurement: at about 100% (one core) it is what limits throughput. */
function busiest(row: Row): string {
  const [name, cpu] = [...row.cpu].filter(([n]) => n !== 'autocannon').sort((a, b) => b[1] - a[1])[0]!;
  return `${name} (${fmt(cpu, 0)}% of a core)`;
}

/** A login role that may only read the catalog schema, for PostGraphile. Roles are per server, grants per database. */
async function readOnlyUrl(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bench_readonly') THEN CREATE ROLE bench_readonly LOGIN PASSWORD 'bench_readonly'; END IF;
    END $$`);
    await client.query('GRANT USAGE ON SCHEMA catalog TO bench_readonly; GRANT SELECT ON ALL TABLES IN SCHEMA catalog TO bench_readonly');
  } finally {
    await client.end();
  }
  const url = new URL(databaseUrl);
  url.username = 'bench_readonly';
  url.password = 'bench_readonly';
  return url.toString();
}

/**
 * The production shape: catalog, accounts and a gateway each in its own process (gateway with cache on request),
 * with NODE_ENV=production as the Dockerfile sets it (graphql-js skips its development checks then; PostGraphile
 * gets the same).
 */
async function startSubgraphs(databaseUrl: string, names = ['catalog', 'accounts']): Promise<ServerProcess[]> {
  const env = { DATABASE_URL: databaseUrl, AUTH_SECRET, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production' };
  return Promise.all(names.map((name) => startServer(name, 'subgraph', env, { args: [name] })));
}
function startGatewayProcess(name: string, subgraphs: ServerProcess[], cacheDatabaseUrl: string | undefined, env: Record<string, string> = {}): Promise<ServerProcess> {
  const SUBGRAPHS = subgraphs.map((s) => `${s.name}=${s.url}`).join(',');
  return startServer(name, 'gateway', { SUBGRAPHS, AUTH_SECRET, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: cacheDatabaseUrl, NODE_ENV: 'production', ...env });
}

/**
 * The data dashboard: recordEvents batches through the gateway (its anonymous limit per address raised: eight
 * addresses would otherwise be capped at 8 × 600 requests a minute), then every dashboard question over a year
 * of `events` interactions, one beheerder at a time (a dashboard's real load). Answers events/s and the worst p95.
 */
async function measureInsights(databaseUrl: string): Promise<{ eventsPerSecond: number; worstP95: number }> {
  const total = await ensureInsightsEvents(databaseUrl, events, args.reseed);
  const subgraphs = await startSubgraphs(databaseUrl, ['catalog', 'accounts', 'insights']);
  running.push(...subgraphs);
  const gateway = await startGatewayProcess('gateway', subgraphs, undefined, { RATE_LIMIT_ANONYMOUS: '100000000' });
  running.push(gateway);
  const insights = subgraphs[2]!;
  console.log(`\ndata dashboard: ${total} interacties over een jaar`);
  const beheerder = await landelijkBeheerder(gateway.url);
  let worstP95 = 0;
  for (const [label, body] of Object.entries(dashboardBodies())) {
    await checkAnswer(label, gateway.url, body, () => 1, beheerder);
    const row = await measure(`dashboard: ${label}`, gateway.url, body, [gateway, insights, subgraphs[0]!], { connections: 1, headers: beheerder });
    worstP95 = Math.max(worstP95, row.p95);
  }
  // The integrators' registratiecodes sync, on the same processes.
  const organisatie = await busiestOrganisatie(databaseUrl);
  const key = await syncKey(gateway.url, beheerder, organisatie.id);
  const sync = await fullSync(gateway.url, key);
  console.log(`registratiecodes: volledige sync van ${sync.rows} codes (${organisatie.codes} in de organisatie) in ${sync.pages} pagina's van 100: ${fmt(sync.ms, 0)} ms`);
  await measure('registratiecodes, eerste pagina van 100, met API-sleutel', gateway.url, SYNC_PAGE_BODY, [gateway, subgraphs[0]!, subgraphs[1]!], { headers: key });
  // Last, as it writes: a burst of recordEvents would otherwise be the last hour every question reads raw. Its
  // events are removed afterwards, so the year stays the generated one.
  const recording = new Date();
  const record = await measure('recordEvents, 50 per verzoek, via gateway', gateway.url, await recordEventsBody(databaseUrl), [gateway, insights]);
  await removeEventsSince(databaseUrl, recording);
  console.log(`  geheugen: ${rss([...subgraphs, gateway])}`);
  await stopAll();
  return { eventsPerSecond: record.rps * 50, worstP95 };
}

/** PostGraphile 5 on the bench database, read-only, its own process, no cache; checked to answer the page. */
async function startPostgraphile(databaseUrl: string): Promise<ServerProcess> {
  const postgraphile = await startServer('postgraphile', 'postgraphile', { POSTGRAPHILE_DATABASE_URL: await readOnlyUrl(databaseUrl), GRAPHILE_ENV: 'production', NODE_ENV: 'production' }, {
    nodeArgs: ['--import', path.join(here, 'with-resolvers-shim.js')],
  });
  running.push(postgraphile);
  await checkAnswer('PostGraphile pagina', postgraphile.url, POSTGRAPHILE_PAGE_BODY, pageRows);
  return postgraphile;
}

const pageRows = (data: any) => data.instruments?.nodes?.length ?? data.allInstruments?.nodes?.length;
const searchRows = (data: any) => data.instrumentSearch.totalCount;
const rss = (processes: ServerProcess[]) => processes.map((p) => `${p.name} ${p.rssMb() ?? '?'} MB`).join(', ');

const server = await startBenchServer();
const running: ServerProcess[] = [];
const stopAll = async () => {
  await Promise.all(running.splice(0).map((p) => p.stop()));
};
// `measurements:` lets --only page end early and still stop every process in `finally`.
measurements: try {
  const databaseUrl = await ensureBenchDatabase(server.url, 'instrumentengidsen_load', instruments, args.reseed);
  console.log(`\n${connections} verbindingen (elk een eigen 127.0.0.x), ${seconds} s per meting na ${warmup} s opwarmen; ${instruments} instrumenten`);
  console.log(`${'meting'.padEnd(52)} ${'req/s'.padStart(6)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)}`);
  if (onlyInsights) {
    const insights = await measureInsights(databaseUrl);
    console.log(`bench: insights_events_per_s=${fmt(insights.eventsPerSecond, 0)} dashboard_p95_max_ms=${fmt(insights.worstP95)}`);
    break measurements;
  }

  // npm start's shape: gateway and subgraphs share one process and one event loop.
  const oneProcess: Record<string, Row> = {};
  for (const cache of onlyPage ? [] : [false, true]) {
    const platform = await startServer('platform', 'platform', { DATABASE_URL: databaseUrl, BENCH_CACHE: cache ? '1' : '0', AUTH_SECRET });
    running.push(platform);
    const suffix = cache ? 'met cache' : 'zonder cache';
    await checkAnswer('pagina', platform.url, PAGE_BODY, pageRows);
    await checkAnswer('zoeken', platform.url, SEARCH_BODY, searchRows);
    oneProcess[`page ${cache}`] = await measure(`één proces (npm start), pagina, ${suffix}`, platform.url, PAGE_BODY, [platform]);
    oneProcess[`search ${cache}`] = await measure(`één proces (npm start), zoeken, ${suffix}`, platform.url, SEARCH_BODY, [platform]);
    console.log(`  geheugen: ${rss([platform])}`);
    await stopAll();
  }

  // The production shape: each service its own process.
  const subgraphs = await startSubgraphs(databaseUrl);
  running.push(...subgraphs);
  const gateway = await startGatewayProcess('gateway', subgraphs, undefined);
  const cachedGateway = await startGatewayProcess('gateway+cache', subgraphs, databaseUrl);
  running.push(gateway, cachedGateway);
  const catalog = subgraphs[0]!;
  for (const url of [catalog.url, gateway.url, cachedGateway.url]) await checkAnswer('pagina', url, PAGE_BODY, pageRows);
  const direct = await measure('catalog-subgraph direct, pagina', catalog.url, PAGE_BODY, [catalog]);
  const viaGateway = await measure('eigen processen, pagina via gateway zonder cache', gateway.url, PAGE_BODY, [gateway, catalog]);
  if (onlyPage) {
    await stopAll();
    const postgraphile = await startPostgraphile(databaseUrl);
    const reference = await measure('PostGraphile 5, pagina', postgraphile.url, POSTGRAPHILE_PAGE_BODY, [postgraphile]);
    console.log(`bench: gateway_overhead=${fmt(viaGateway.p50 / direct.p50, 2)} direct_vs_postgraphile=${fmt(direct.p50 / reference.p50, 2)} gateway_vs_postgraphile=${fmt(viaGateway.p50 / reference.p50, 2)}`);
    break measurements;
  }
  const asDeployed = await measure('eigen processen, pagina via gateway met cache', cachedGateway.url, PAGE_BODY, [cachedGateway, catalog]);
  await measure('catalog-subgraph direct, zoeken', catalog.url, SEARCH_BODY, [catalog]);
  const searchViaGateway = await measure('eigen processen, zoeken via gateway zonder cache', gateway.url, SEARCH_BODY, [gateway, catalog]);
  await measure('eigen processen, zoeken via gateway met cache', cachedGateway.url, SEARCH_BODY, [cachedGateway, catalog]);
  console.log(`  geheugen: ${rss([...subgraphs, gateway, cachedGateway])}`);
  await stopAll();

  // PostGraphile 5 on the same database, read-only, its own process, no cache.
  const postgraphile = await startPostgraphile(databaseUrl);
  const reference = await measure('PostGraphile 5, pagina', postgraphile.url, POSTGRAPHILE_PAGE_BODY, [postgraphile]);
  console.log(`  geheugen: ${rss([postgraphile])}`);
  await stopAll();


  // The faceted search over many instruments (the bench:search database), through a gateway without cache.
  let search = searchViaGateway;
  if (searchInstruments > 0) {
    const bigUrl = await ensureBenchDatabase(server.url, 'instrumentengidsen_bench', searchInstruments, args.reseed);
    const started = performance.now();
    const bigSubgraphs = await startSubgraphs(bigUrl);
    running.push(...bigSubgraphs);
    const startSeconds = (performance.now() - started) / 1000;
    const indexLine = /zoekindex: \d+ instrumenten in \d+ ms/.exec(bigSubgraphs[0]!.output())?.[0] ?? 'zoekindex: bouwtijd niet gelogd';
    const bigGateway = await startGatewayProcess('gateway', bigSubgraphs, undefined);
    running.push(bigGateway);
    await checkAnswer('zoeken', bigGateway.url, SEARCH_BODY, searchRows);
    console.log(`catalog over ${searchInstruments} instrumenten klaar in ${fmt(startSeconds)} s (${indexLine})`);
    search = await measure(`zoeken over ${searchInstruments} instrumenten via gateway zonder cache`, bigGateway.url, SEARCH_BODY, [bigGateway, bigSubgraphs[0]!]);
    console.log(`  geheugen: ${rss([...bigSubgraphs, bigGateway])} (catalog met zoekindex)`);
    await stopAll();
  }

  const insights = await measureInsights(databaseUrl);

  const overhead = viaGateway.p50 / direct.p50;
  console.log('\nsamenvatting');
  console.log(`  gateway-overhead (p50 via gateway / direct): ${fmt(overhead, 2)} (doel < 1.10); req/s ${fmt(viaGateway.rps, 0)} vs ${fmt(direct.rps, 0)}`);
  console.log(`  zonder cache vs PostGraphile: p50 ${fmt(viaGateway.p50 / reference.p50, 2)}×, req/s ${fmt(viaGateway.rps / reference.rps, 2)}× (doel: p50 ≤ 1)`);
  console.log(`  zoals uitgerold (met cache) vs PostGraphile: p50 ${fmt(asDeployed.p50 / reference.p50, 2)}×, req/s ${fmt(asDeployed.rps / reference.rps, 2)}× (doel: req/s ≥ 2)`);
  console.log(`  begrenst de doorvoer: één proces: ${busiest(oneProcess['page false']!)}; eigen processen via gateway: ${busiest(viaGateway)}`);
  console.log(`  data dashboard: ${fmt(insights.eventsPerSecond, 0)} interacties/s vastgelegd (doel ≥ 5000); traagste vraag p95 ${fmt(insights.worstP95)} ms (doel < 200)`);
  console.log(
    `bench: gateway_overhead=${fmt(overhead, 2)} vs_postgraphile=${fmt(asDeployed.p50 / reference.p50, 2)} search_p95_ms=${fmt(search.p95)} ` +
      `insights_events_per_s=${fmt(insights.eventsPerSecond, 0)} dashboard_p95_max_ms=${fmt(insights.worstP95)}`,
  );
} finally {
  await stopAll();
  await server.stop();
}
