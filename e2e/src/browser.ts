import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { freePort } from '@instrumentengidsen/server/test-support/postgres.js';
import { chromium, type Browser } from 'playwright-core';

const require = createRequire(import.meta.url);
/** Found as packages (this one's dependencies), not by paths into the repository's other folders. */
const VITE = path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
const appConfig = (app: 'web' | 'admin') => require.resolve(`@instrumentengidsen/${app}/vite.config.ts`);

/** Debian's chromium (installed by .ci/run); Playwright's own browser download cannot work here. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Serves an app's production build (vite preview, in its own process) with /graphql proxied to the given
 * gateway. Its own process because vite's bundler checks its plugin objects by realm, and jest runs tests in
 * a realm of their own; it also keeps vite's NODE_ENV=production out of the test process.
 */
export async function serveApp(app: 'web' | 'admin', gatewayUrl: string): Promise<{ url: string; close: () => Promise<void> }> {
  const port = await freePort();
  const child = spawn(process.execPath, [VITE, 'preview', '--config', appConfig(app), '--port', String(port), '--strictPort', '--logLevel', 'warn'], {
    env: { ...process.env, GATEWAY_URL: new URL(gatewayUrl).origin, NODE_OPTIONS: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://localhost:${port}/`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`vite preview for ${app} stopped (exit ${child.exitCode})`);
    if (await fetch(url).then((r) => r.ok, () => false)) break;
    if (attempt > 300) throw new Error(`vite preview for ${app} did not answer at ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    close: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
