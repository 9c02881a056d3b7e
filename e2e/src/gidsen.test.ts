import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import type { TestPlatform } from '@instrumentengidsen/server/test-support/harness.js';
import type { serveApp } from './browser.js';
import { saveScreenshot } from './screenshots.js';
import { countText, startWebApp, type WebApp } from './web-app.js';

describe('web: Eva and Dennis, each with its own path, theme, landing and regio pages', () => {
  let platform: TestPlatform;
  let web: Awaited<ReturnType<typeof serveApp>>;
  let browser: Browser;
  let page: Page;

  const regioCount = async (gids: string, regio: string) =>
    ((await platform.gql(`query($gids: Gids!, $regio: ID) { instrumentSearch(gids: $gids, filter: { regio: $regio }) { totalCount } }`, { gids, regio })) as any).data.instrumentSearch.totalCount as number;

  let app: WebApp | undefined;

  beforeAll(async () => {
    app = await startWebApp(120);
    ({ platform, web, browser, page } = app);
  });
  afterAll(() => app?.close());

  it('lets you choose a guide on /', async () => {
    await page.goto(web.url);
    assert.equal(await page.title(), 'Kies een gids – Instrumentengids');
    await page.getByRole('link', { name: 'Dennis: de werkgevers instrumentengids' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dennis, de werkgevers instrumentengids' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/dennis');
  });

  it('goes from the landing through a regio page to the search scoped to a gemeente, with the counts of the API', async () => {
    const regios: any = await platform.gql('{ regios { code naam } }');
    assert.equal(regios.data.regios.length, 35);
    await page.goto(web.url + 'dennis');
    const list = page.getByRole('list', { name: "Arbeidsmarktregio's" });
    await list.getByRole('link').first().waitFor();
    // Grouped by provincie: every regio once.
    assert.deepEqual((await list.getByRole('link').allTextContents()).sort(), regios.data.regios.map((r: any) => r.naam).sort());
    assert.equal(await page.title(), 'Dennis, de werkgevers instrumentengids');
    // The header names the guide and the theme gives it the guide's colour.
    await page.getByRole('banner').getByText('Dennis', { exact: true }).waitFor();
    assert.equal(await page.locator('[data-gids]').first().getAttribute('data-gids'), 'dennis');

    const expected = await regioCount('DENNIS', 'AM18');
    await list.getByRole('link', { name: 'Groot Amsterdam' }).click();
    await page.getByRole('heading', { level: 1, name: 'Arbeidsmarktregio Groot Amsterdam' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/dennis/regio/AM18');
    assert.equal(await page.title(), 'Groot Amsterdam – Dennis');
    await page.getByText(`${expected.toLocaleString('nl-NL')} instrumenten in Dennis voor deze regio`).waitFor();
    assert.ok(expected > 0 && expected < (await regioCount('DENNIS', null as unknown as string)), 'the regio narrows the national offer');
    // The three counts of the regio, as the API gives them, adding up to the regio search.
    const aantallen: any = await platform.gql(`{ regios { code instrumentAantallen(gids: DENNIS) { landelijk regionaal lokaal totaal } } }`);
    const am18 = aantallen.data.regios.find((r: any) => r.code === 'AM18').instrumentAantallen;
    assert.equal(am18.totaal, expected);
    const soorten = page.getByRole('list', { name: 'Instrumenten in Groot Amsterdam' }).getByRole('listitem');
    assert.deepEqual(
      (await soorten.allInnerTexts()).map((text) => text.split('\n')[0]!.trim()),
      [`${am18.landelijk.toLocaleString('nl-NL')} landelijke`, `${am18.regionaal.toLocaleString('nl-NL')} regionale`, `${am18.lokaal.toLocaleString('nl-NL')} lokale`],
    );
    // The organisaties of this regio maintain its offer, not those of another regio.
    const organisaties = page.getByRole('list', { name: 'Organisaties in de regio' });
    await organisaties.getByText('Werkbedrijf Groot Amsterdam').waitFor();
    assert.equal(await organisaties.getByText('Werkbedrijf Twente').count(), 0);
    const gemeenten: any = await platform.gql(`{ gemeenten(regioCode: "AM18") { naam } }`);
    assert.deepEqual(await page.getByRole('list', { name: 'Gemeenten' }).getByRole('link').allTextContents(), gemeenten.data.gemeenten.map((g: any) => g.naam));

    const amsterdam = ((await platform.gql(`{ instrumentSearch(gids: DENNIS, filter: { gemeente: "GM0363" }) { totalCount } }`)) as any).data.instrumentSearch.totalCount;
    await page.getByRole('list', { name: 'Gemeenten' }).getByRole('link', { name: 'Amsterdam', exact: true }).click();
    await page.getByText(countText(amsterdam)).waitFor();
    const url = new URL(page.url());
    assert.equal(url.pathname, '/dennis/zoeken');
    assert.equal(url.searchParams.get('gemeente'), 'GM0363');
    assert.equal(await page.getByLabel('Gemeente', { exact: true }).inputValue(), 'GM0363');
  });

  it('searches within the regio from the regio page', async () => {
    await page.goto(web.url + 'eva/regio/AM18');
    await page.getByRole('searchbox', { name: 'Zoek in Groot Amsterdam' }).fill('coach');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    const expected: any = await platform.gql(`{ instrumentSearch(gids: EVA, filter: { regio: "AM18", tekst: "coach" }) { totalCount } }`);
    await page.getByText(countText(expected.data.instrumentSearch.totalCount)).waitFor();
    assert.equal(new URL(page.url()).search, '?tekst=coach&regio=AM18');
  });

  it('says so when a regio does not exist', async () => {
    await page.goto(web.url + 'eva/regio/AM99');
    await page.getByRole('heading', { level: 1, name: 'Regio niet gevonden' }).waitFor();
  });

  it('sends an old /instrument/:id link to the instrument in its own guide', async () => {
    const found: any = await platform.gql(`{ instrumentSearch(gids: DENNIS, first: 1) { nodes { id naam } } }`);
    const instrument = found.data.instrumentSearch.nodes[0];
    await page.goto(`${web.url}instrument/${instrument.id}`);
    await page.getByRole('heading', { level: 1, name: instrument.naam }).waitFor();
    assert.equal(new URL(page.url()).pathname, `/dennis/instrument/${instrument.id}`);
    // The wrong guide in the path moves too.
    await page.goto(`${web.url}eva/instrument/${instrument.id}`);
    await page.waitForURL((url) => url.pathname === `/dennis/instrument/${instrument.id}`);
    await page.getByRole('link', { name: 'Terug naar zoeken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Instrumenten zoeken in Dennis' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/dennis/zoeken');
  });

  it('switches guides by path, keeping the words and dropping the other guide\'s filters', async () => {
    await page.goto(web.url + 'eva/zoeken?k=EW02&tekst=werk');
    await page.getByText(/instrumenten gevonden/).waitFor();
    await page.getByRole('button', { name: /^Dennis/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Instrumenten zoeken in Dennis' }).waitFor();
    const url = new URL(page.url());
    assert.equal(url.pathname, '/dennis/zoeken');
    assert.equal(url.search, '?tekst=werk');
  });

  it('fits a phone: the search, the landing and the regio page without horizontal scrolling', async () => {
    const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
    try {
      for (const path of ['eva/zoeken', 'dennis', 'eva/regio/AM18']) {
        await phone.goto(web.url + path);
        await phone.getByRole('heading', { level: 1 }).waitFor();
        await phone.locator('main a, main input').first().waitFor();
        await phone.waitForLoadState('networkidle');
        assert.equal(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, `${path} scrolls sideways on a phone`);
        if (path === 'dennis') await saveScreenshot(phone, 'landing-dennis-phone');
      }
      await phone.goto(web.url + 'eva/zoeken');
      await phone.getByText(/instrumenten gevonden/).waitFor();
      await saveScreenshot(phone, 'search-phone');
    } finally {
      await phone.close();
    }
  });
});
