import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { startTestPlatform, type TestPlatform } from '@instrumentengidsen/server/test-support/harness.js';
import { launchBrowser, serveApp } from './browser.js';

describe('admin: the shell page lists organisaties', () => {
  let platform: TestPlatform;
  let admin: Awaited<ReturnType<typeof serveApp>>;
  let browser: Browser;

  beforeAll(async () => {
    platform = await startTestPlatform({ demoInstruments: 1 });
    admin = await serveApp('admin', platform.gatewayUrl);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await admin?.close();
    await platform?.close();
  });

  it('shows every organisatie from the API', async () => {
    const api: any = await platform.gql('{ organisaties { naam } }');
    const page = await browser.newPage();
    await page.goto(admin.url);
    const list = page.getByRole('list', { name: 'Organisaties' });
    await list.waitFor();
    assert.deepEqual(await list.getByRole('listitem').allTextContents(), api.data.organisaties.map((o: any) => o.naam));
    assert.equal(api.data.organisaties.length, 36);
  });
});
