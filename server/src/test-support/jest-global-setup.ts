import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startThrowawayPostgres } from './postgres.js';

/**
 * Jest's global setup: one throwaway PostgreSQL for the whole run (unless TEST_DATABASE_URL points at one);
 * each test file makes its own database on it. Runs in jest's own process before any test file, so what it
 * puts in process.env reaches every test (the run is in band).
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env.TEST_DATABASE_URL) {
    const pg = await startThrowawayPostgres();
    process.env.TEST_DATABASE_URL = pg.url;
    (globalThis as { __stopTestPostgres?: () => Promise<void> }).__stopTestPostgres = pg.stop;
  }
  process.env.BESTANDEN_DIR = await mkdtemp(path.join(tmpdir(), 'bestanden-'));
  // The browser tests run vite in the test process, and vite sets NODE_ENV=production there; a secret of the
  // run's own keeps the platform from refusing to start without one.
  process.env.AUTH_SECRET ??= randomBytes(32).toString('hex');
  // Every test request comes from 127.0.0.1, so the production limit of anonymous requests per address would
  // throttle the suite itself; the rate limit's own tests configure low limits explicitly.
  process.env.RATE_LIMIT_ANONYMOUS ??= '1000000';
  // Tests write events with a moment in the past and fold them themselves (insights' rollup test); a rollup run on
  // start would move the watermark past those days first.
  process.env.INSIGHTS_ROLLUP_MINUTES ??= '0';
}
