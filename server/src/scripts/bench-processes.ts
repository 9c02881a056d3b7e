import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Killed when the benchmark exits without stopping them (a signal, an uncaught error): one listener for all. */
const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

/** A server the load benchmark started: its URL, its stdout so far, and what /proc and its IPC channel tell. */
export interface ServerProcess {
  name: string;
  url: string;
  output(): string;
  /** SQL statements this process sent since it started (every pg client in it). */
  statements(): Promise<number>;
  /** Resident memory in MB (Linux), or null. */
  rssMb(): number | null;
  /** CPU time used so far in seconds (Linux), or null. */
  cpuSeconds(): number | null;
  stop(): Promise<void>;
}

/** Environment for a child: the bench's own, with `undefined` removing a variable (DATABASE_URL turns the cache on). */
function childEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    // A handful of load generator addresses send thousands of requests a minute: the per-address limit for
    // anonymous callers (600/min) would measure the 429 path, not the platform. It is not what is measured here.
    RATE_LIMIT_ANONYMOUS: process.env.RATE_LIMIT_ANONYMOUS ?? '100000000',
  };
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/**
 * Starts bench-serve.js in its own process (BENCH_SERVE=mode) and waits for the line that names its URL:
 * `READY <url>`, `Subgraph <name> at <url>` or `Gateway at <url>`.
 */
export async function startServer(name: string, mode: string, env: Record<string, string | undefined>, options: { args?: string[]; nodeArgs?: string[] } = {}): Promise<ServerProcess> {
  const entry = path.join(here, 'bench-serve.js');
  const child = spawn(process.execPath, ['--enable-source-maps', ...(options.nodeArgs ?? []), entry, ...(options.args ?? [])], {
    env: childEnv({ ...env, BENCH_SERVE: mode }),
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /(?:READY|Gateway at) (\S+)/.exec(output) ?? (mode === 'subgraph' ? /Subgraph \S+ at (\S+)/.exec(output) : null);
      if (ready) resolve(ready[1]!);
    });
    child.on('exit', (code) => reject(new Error(`${name} exited (${code}) before it served: ${output}`)));
  });
  return {
    name,
    url,
    output: () => output,
    statements: () => askStatements(child),
    rssMb: () => procStatus(child.pid, 'VmRSS'),
    cpuSeconds: () => cpuSeconds(child.pid),
    stop: () => stopChild(child),
  };
}

function askStatements(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no statement count from the server')), 5000);
    const onMessage = (message: unknown) => {
      const count = (message as { statements?: number } | null)?.statements;
      if (typeof count !== 'number') return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(count);
    };
    child.on('message', onMessage);
    child.send('statements');
  });
}

function procStatus(pid: number | undefined, field: string): number | null {
  try {
    const kb = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}

/** utime + stime from /proc/<pid>/stat (fields 14 and 15, in clock ticks of 1/100 s on Linux). */
function cpuSeconds(pid: number | undefined): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
