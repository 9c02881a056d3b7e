import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startTestPlatform, type TestPlatform } from '../../server/dist/test-support/harness.js';
import { launchBrowser, serveApp } from './browser.js';

describe('web: the instrument list, in a real browser against the real platform', () => {
  let platform: TestPlatform;
  let web: Awaited<ReturnType<typeof serveApp>>;
  let browser: Browser;
  let page: Page;

  before(async () => {
    platform = await startTestPlatform({ demoInstruments: 60 });
    web = await serveApp('web', platform.gatewayUrl);
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  after(async () => {
    await browser?.close();
    await web?.close();
    await platform?.close();
  });

  it('shows the published instruments, alphabetically, with their aanbieder', async () => {
    const api: any = await platform.gql('{ instruments(first: 20) { totalCount nodes { naam aanbieder { naam } } } }');
    const { totalCount, nodes } = api.data.instruments;
    await page.goto(web.url);
    await page.getByRole('heading', { level: 1, name: 'Instrumenten' }).waitFor();
    await page.getByText(`${totalCount} instrumenten gevonden.`).waitFor();
    const cards = page.getByRole('list', { name: 'Instrumenten' }).getByRole('article');
    assert.equal(await cards.count(), 20);
    assert.deepEqual(await cards.getByRole('heading', { level: 2 }).allTextContents(), nodes.map((n: any) => n.naam));
    assert.ok((await cards.first().textContent())!.includes(`Aanbieder: ${nodes[0].aanbieder.naam}`));
  });

  it('loads the next page on request', async () => {
    await page.getByRole('button', { name: 'Meer instrumenten tonen' }).click();
    const cards = page.getByRole('list', { name: 'Instrumenten' }).getByRole('article');
    await page.waitForFunction(() => document.querySelectorAll('ol[aria-label="Instrumenten"] article').length === 40);
    assert.equal(await cards.count(), 40);
    const names = await cards.getByRole('heading', { level: 2 }).allTextContents();
    assert.equal(new Set(names.map((n, i) => `${i}:${n}`)).size, 40);
  });

  it('says so in Dutch when the API cannot be reached', async () => {
    const offline = await browser.newPage();
    await offline.route('**/graphql', (route) => route.abort());
    await offline.goto(web.url);
    await offline.getByText('De instrumenten konden niet worden geladen.').waitFor();
    await offline.close();
  });
});

describe('admin: the shell page lists organisaties', () => {
  let platform: TestPlatform;
  let admin: Awaited<ReturnType<typeof serveApp>>;
  let browser: Browser;

  before(async () => {
    platform = await startTestPlatform({ demoInstruments: 1 });
    admin = await serveApp('admin', platform.gatewayUrl);
    browser = await launchBrowser();
  });
  after(async () => {
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
