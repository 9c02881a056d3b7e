import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startThrowawayPostgres } from './postgres.js';

/**
 * One throwaway PostgreSQL for the whole run (unless TEST_DATABASE_URL points at one), then node's test
 * runner over every compiled *.test.js in the given directories (default: the server's dist).
 * Each test file makes its own database on that server.
 */
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let stop = async () => undefined as void;
let url = process.env.TEST_DATABASE_URL;
if (!url) {
  const pg = await startThrowawayPostgres();
  url = pg.url;
  stop = pg.stop;
}
const targets = process.argv.slice(2).map((target) => path.resolve(target));
const args = ['--enable-source-maps', '--import', 'reflect-metadata', '--test', '--test-concurrency=1', ...(targets.length ? targets : [dist])];
const child = spawn(process.execPath, args, { cwd: dist, stdio: 'inherit', env: { ...process.env, TEST_DATABASE_URL: url, BESTANDEN_DIR: await mkdtemp(path.join(tmpdir(), 'bestanden-')),
  // The browser tests run vite in the test process, and vite sets NODE_ENV=production there; a secret of the
  // run's own keeps the platform from refusing to start without one.
  AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString('hex'),
} });
const code: number = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
await stop();
process.exit(code);
