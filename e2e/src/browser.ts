import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { freePort } from '../../server/dist/test-support/postgres.js';

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
  const vite = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));
  const child = spawn(process.execPath, [vite, 'preview', '--config', fileURLToPath(new URL(`../../${app}/vite.config.ts`, import.meta.url)), '--port', String(port), '--strictPort', '--logLevel', 'warn'], {
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
