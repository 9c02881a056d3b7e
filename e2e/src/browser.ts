import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
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

/** Serves an app's production build (vite preview) with /graphql proxied to the given gateway. */
export async function serveApp(app: 'web' | 'admin', gatewayUrl: string): Promise<{ url: string; close: () => Promise<void> }> {
  process.env.GATEWAY_URL = new URL(gatewayUrl).origin;
  const port = await freePort();
  const server: PreviewServer = await preview({
    configFile: fileURLToPath(new URL(`../../${app}/vite.config.ts`, import.meta.url)),
    preview: { port, strictPort: true },
    logLevel: 'warn',
  });
  return { url: `http://localhost:${port}/`, close: () => server.close() };
}
