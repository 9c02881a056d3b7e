import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { startTestPlatform, type TestPlatform } from '@instrumentengidsen/server/test-support/harness.js';
import { launchBrowser, serveApp } from './browser.js';

/** The first page most people see: the search of a guide, without filters. */
export const FIRST_PAGE = 'eva/zoeken';
const BUDGET_KB = 200;

/**
 * How heavy and how fast the first results page is, cold (a new browser context: no cache), on the demo
 * catalogue npm start seeds. The size is asserted (it is the same on every run); the time is printed, never
 * asserted: a busy machine would make such a test flaky.
 */
describe('web: the first results page from a cold load', () => {
  let platform: TestPlatform;
  let web: Awaited<ReturnType<typeof serveApp>>;
  let browser: Browser;

  beforeAll(async () => {
    platform = await startTestPlatform({ demoInstruments: 3000 });
    web = await serveApp('web', platform.gatewayUrl);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await platform?.close();
  });

  it(`needs at most ${BUDGET_KB} kB of JavaScript (gzip) before the first results, and says how long it took`, async () => {
    const timings: number[] = [];
    let scripts: string[] = [];
    for (let run = 0; run < 3; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const loaded: string[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script') loaded.push(response.url());
      });
      await page.goto(web.url + FIRST_PAGE);
      await page.getByRole('list', { name: 'Instrumenten' }).getByRole('article').first().waitFor();
      // Since the navigation started: what a person waits before the first result shows.
      timings.push(await page.evaluate(() => performance.now()));
      scripts = loaded;
      await context.close();
    }
    const sizes = await Promise.all(scripts.map(async (url) => gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).length));
    const kB = sizes.reduce((sum, size) => sum + size, 0) / 1024;
    const median = [...timings].sort((a, b) => a - b)[1]!;
    console.log(
      `web: eerste resultatenpagina koud: mediaan ${median.toFixed(0)} ms (${timings.map((t) => t.toFixed(0)).join(', ')} ms); ` +
        `JavaScript ${kB.toFixed(1)} kB gzip in ${scripts.length} bestand(en)`,
    );
    assert.ok(kB < BUDGET_KB, `${kB.toFixed(1)} kB of JavaScript for the first page`);
  });
});
