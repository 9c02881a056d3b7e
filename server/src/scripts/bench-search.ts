import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { amsterdamToday } from '../core/publicatie.js';
import { BENCH_REVIEWS, publishBenchBeoordelingen } from './bench-beoordelingen.js';
import { ensureBenchDatabase, startBenchServer } from './bench-database.js';
import { SEARCH_QUERY } from './bench-load-queries.js';
import { prepareReferenceTable, referenceQueries, runReference, type Counts, type ReferenceQuery, type Selection } from './bench-sql.js';

/**
 * npm run bench:search [-- --instruments 100000 --reseed]
 * Four searches over 100,000 instruments through the gateway (latency one at a time, then throughput with
 * concurrent clients), against the same facet computation as one hand-written SQL statement on PostgreSQL.
 * The fourth sorts by rating: 500,000 generated review scores, published as the reviews subgraph's
 * `beoordeling` aggregates. The platform runs in its own process so the load generator does not share its
 * event loop, without the gateway's response cache (the search is measured, not the cache).
 */
const { values: args } = parseArgs({
  options: {
    instruments: { type: 'string', default: '100000' },
    reseed: { type: 'boolean', default: false },
    requests: { type: 'string', default: '300' },
    seconds: { type: 'string', default: '5' },
    concurrency: { type: 'string', default: '16' },
  },
});

const SEARCHES: { name: string; selection: Selection; sort?: 'BEOORDELING' }[] = [
  { name: 'lege selectie', selection: { gids: 'EVA', kenmerken: [] } },
  { name: '3 categorieën + gemeente', selection: { gids: 'EVA', kenmerken: ['EW02', 'EW05', 'KK08', 'UV07'], gemeente: 'GM0363' } },
  { name: 'tekst + 2 categorieën', selection: { gids: 'EVA', kenmerken: ['EW07', 'KK08'], tekst: 'coach' } },
  { name: 'lege selectie, BEOORDELING', selection: { gids: 'EVA', kenmerken: [] }, sort: 'BEOORDELING' },
];

interface SearchData {
  instrumentSearch: { totalCount: number; nodes: unknown[]; facets: { opties: { kenmerk: { code: string }; count: number }[] }[] };
}

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

async function request(url: string, selection: Selection, sort?: string): Promise<SearchData> {
  const filter = { kenmerken: selection.kenmerken, gemeente: selection.gemeente, tekst: selection.tekst };
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SEARCH_QUERY, variables: { gids: selection.gids, filter, sort } }),
  });
  const body = (await response.json()) as { data?: SearchData; errors?: unknown[] };
  if (!response.ok || body.errors || !body.data) throw new Error(`search failed (HTTP ${response.status}): ${JSON.stringify(body.errors)}`);
  return body.data;
}

/**
 * Failed responses during a measurement: counted rather than thrown, so a concurrent loop does not leave the
 * others running behind a rejected Promise.all, and the failure reports how many went wrong.
 */
class Failures {
  private count = 0;
  private first = '';

  async time(url: string, selection: Selection, sort?: string): Promise<number> {
    const started = performance.now();
    try {
      await request(url, selection, sort);
    } catch (error) {
      if (!this.count++) this.first = error instanceof Error ? error.message : String(error);
    }
    return performance.now() - started;
  }

  assertNone(what: string, requests: number): void {
    if (this.count) throw new Error(`${what}: ${this.count} of ${requests} responses failed, the first: ${this.first}`);
  }
}

async function latency(what: string, url: string, selection: Selection, sort: string | undefined, count: number): Promise<number[]> {
  const failures = new Failures();
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push(await failures.time(url, selection, sort));
  failures.assertNone(what, count);
  return times;
}

async function throughput(what: string, url: string, selection: Selection, sort: string | undefined, seconds: number, concurrency: number): Promise<number> {
  const failures = new Failures();
  const until = performance.now() + seconds * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        await failures.time(url, selection, sort);
        done++;
      }
    }),
  );
  failures.assertNone(what, done);
  return done / seconds;
}

/** The platform's answer and the reference SQL's must be the same numbers, or the comparison means nothing. */
function assertSameCounts(name: string, data: SearchData, reference: Counts): void {
  const search = data.instrumentSearch;
  const problems: string[] = [];
  if (search.totalCount !== reference.total) problems.push(`total ${search.totalCount} vs SQL ${reference.total}`);
  const listed = new Set<string>();
  for (const optie of search.facets.flatMap((f) => f.opties)) {
    listed.add(optie.kenmerk.code);
    const expected = reference.facets.get(optie.kenmerk.code) ?? 0;
    if (optie.count !== expected) problems.push(`${optie.kenmerk.code} ${optie.count} vs SQL ${expected}`);
  }
  for (const [code, n] of reference.facets) if (n > 0 && !listed.has(code)) problems.push(`${code} missing, SQL counts ${n}`);
  if (problems.length) throw new Error(`${name}: platform and SQL disagree: ${problems.slice(0, 10).join(', ')}`);
}

/** Checks every formulation against the platform and keeps the fastest (median of 10). */
async function fastest(client: pg.Client, candidates: ReferenceQuery[], check: (counts: Counts) => void): Promise<ReferenceQuery> {
  let best: { candidate: ReferenceQuery; ms: number } | undefined;
  for (const candidate of candidates) {
    check(await runReference(client, candidate));
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      await runReference(client, candidate);
      times.push(performance.now() - t);
    }
    if (!best || median(times) < best.ms) best = { candidate, ms: median(times) };
  }
  return best!.candidate;
}

/** Resident memory of a process in MB (Linux /proc), or null elsewhere. */
function residentMegabytes(pid: number | undefined): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}

async function startPlatformProcess(databaseUrl: string): Promise<{ url: string; child: ChildProcess }> {
  const entry = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../bin/platform.js');
  // The load comes from one address at hundreds of requests a second: the anonymous rate limit is not measured here.
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    RATE_LIMIT_ANONYMOUS: process.env.RATE_LIMIT_ANONYMOUS ?? '100000000',
    // With the cache, every request after the first would be a cache hit: the gateway, not the search, measured.
    RESPONSE_CACHE: process.env.RESPONSE_CACHE ?? 'off',
  };
  const child = spawn(process.execPath, ['--enable-source-maps', entry], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /READY (\S+)/.exec(output);
      if (ready) resolve(ready[1]!);
    });
    child.on('exit', (code) => reject(new Error(`platform exited (${code}): ${output}`)));
  });
  // Also when this process dies without reaching its finally (a signal, process.exit in an exit hook).
  process.once('exit', () => child.kill('SIGKILL'));
  return { url, child };
}

/** Stops the platform gracefully, or kills it when it does not stop within 10 s; fine if it already died. */
async function stopPlatformProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Checked before anything starts, so a typo does not cost a seeding and a platform start. */
function positiveWhole(name: keyof typeof args): number {
  const value = Number(args[name]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number, got '${args[name]}'`);
  return value;
}
const count = positiveWhole('instruments');
const requests = positiveWhole('requests');
const seconds = positiveWhole('seconds');
const concurrency = positiveWhole('concurrency');
const server = await startBenchServer();
let platform: { url: string; child: ChildProcess } | undefined;
let sql: pg.Client | undefined;
try {
  const databaseUrl = await ensureBenchDatabase(server.url, 'instrumentengidsen_bench', count, args.reseed);
  const rated = await publishBenchBeoordelingen(databaseUrl);
  console.log(`${BENCH_REVIEWS} beoordelingen over ${rated} instrumenten gepubliceerd (topic beoordeling)`);
  const started = performance.now();
  platform = await startPlatformProcess(databaseUrl);
  console.log(`platform (zoekindex over ${count} instrumenten) klaar in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const client = new pg.Client({ connectionString: databaseUrl });
  sql = client;
  await client.connect();
  await prepareReferenceTable(client, amsterdamToday());

  const rows: { name: string; median: number; p95: number; rps: number; sqlMedian: number; ratio: number; total: number }[] = [];
  for (const { name, selection, sort } of SEARCHES) {
    const answer = await request(platform.url, selection, sort);
    if (answer.instrumentSearch.totalCount === 0) throw new Error(`${name}: no results, the benchmark would measure nothing`);
    const query = await fastest(client, await referenceQueries(client, selection), (counts) => assertSameCounts(name, answer, counts));
    await latency(`${name} (warm-up)`, platform.url, selection, sort, 50);
    const times = await latency(name, platform.url, selection, sort, requests);
    const rps = await throughput(`${name} (throughput)`, platform.url, selection, sort, seconds, concurrency);
    const sqlTimes: number[] = [];
    for (let i = 0; i < 60; i++) {
      const t = performance.now();
      await runReference(client, query);
      if (i >= 10) sqlTimes.push(performance.now() - t);
    }
    console.log(`${name}: SQL-referentie in de vorm '${query.shape}'`);
    const row = { name, median: median(times), p95: quantile(times, 0.95), rps, sqlMedian: median(sqlTimes), ratio: median(times) / median(sqlTimes), total: answer.instrumentSearch.totalCount };
    rows.push(row);
  }
  console.log('\nzoekopdracht                   resultaten  median ms  p95 ms  req/s   SQL median ms  ratio');
  for (const r of rows) {
    console.log(`${r.name.padEnd(30)} ${String(r.total).padStart(10)} ${r.median.toFixed(2).padStart(10)} ${r.p95.toFixed(2).padStart(7)} ${r.rps.toFixed(0).padStart(6)} ${r.sqlMedian.toFixed(2).padStart(15)} ${r.ratio.toFixed(2).padStart(6)}`);
  }
  const rss = residentMegabytes(platform.child.pid);
  if (rss) console.log(`\ngeheugen platformproces (gateway + catalog met zoekindex): ${rss} MB RSS`);
  const worst = { p95: Math.max(...rows.map((r) => r.p95)), ratio: Math.max(...rows.map((r) => r.ratio)), rps: Math.min(...rows.map((r) => r.rps)) };
  console.log(`bench:search p95_ms=${worst.p95.toFixed(2)} ratio_sql=${worst.ratio.toFixed(2)} rps=${worst.rps.toFixed(1)}`);
} finally {
  await sql?.end().catch(() => undefined);
  if (platform) await stopPlatformProcess(platform.child);
  await server.stop();
}
