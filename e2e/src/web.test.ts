import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { startTestPlatform, type TestPlatform } from '@instrumentengidsen/server/test-support/harness.js';
import { seriousViolations } from './accessibility.js';
import { launchBrowser, serveApp } from './browser.js';

describe('web: methodical search in a real browser against the real platform', () => {
  let platform: TestPlatform;
  let web: Awaited<ReturnType<typeof serveApp>>;
  let browser: Browser;
  let page: Page;

  const SEARCH = `query($gids: Gids!, $filter: InstrumentFilter) {
    instrumentSearch(gids: $gids, filter: $filter, first: 20) {
      totalCount nodes { naam aanbieder { naam } }
      facets { categorie { naam soort } opties { kenmerk { code naam } count available } }
    }
  }`;
  const api = async (gids: string, filter: Record<string, unknown> = {}) => ((await platform.gql(SEARCH, { gids, filter })) as any).data.instrumentSearch;
  const cards = () => page.getByRole('list', { name: 'Instrumenten' }).getByRole('article');
  const countText = (n: number) => `${n.toLocaleString('nl-NL')} instrumenten gevonden.`;

  beforeAll(async () => {
    platform = await startTestPlatform({ demoInstruments: 120 });
    web = await serveApp('web', platform.gatewayUrl);
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await platform?.close();
  });

  it('opens Eva with step 1 and step 2 filters in the guide\'s order, each option with the count the API gives', async () => {
    const expected = await api('EVA');
    await page.goto(web.url);
    await page.getByText(countText(expected.totalCount)).waitFor();
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    assert.deepEqual(headings.slice(0, 2), ['Stap 1: basiskenmerken', 'Stap 2: praktische kenmerken']);
    const legends = await page.locator('legend').allTextContents();
    assert.deepEqual(legends, expected.facets.map((f: any) => f.categorie.naam));
    for (const optie of expected.facets[0].opties) {
      await page.getByLabel(`${optie.kenmerk.naam} (${optie.count})`, { exact: true }).waitFor();
    }
    assert.deepEqual(await cards().getByRole('heading', { level: 3 }).allTextContents(), expected.nodes.map((n: any) => n.naam));
  });

  it('narrows to what the API says when a tegel is ticked, and keeps the choice in the URL', async () => {
    const tegel = (await api('EVA')).facets[0].opties.find((o: any) => o.count > 0);
    const expected = await api('EVA', { kenmerken: [tegel.kenmerk.code] });
    await page.getByLabel(new RegExp(`^${tegel.kenmerk.naam} \\(`)).check();
    await page.getByText(countText(expected.totalCount)).waitFor();
    assert.ok(new URL(page.url()).searchParams.getAll('k').includes(tegel.kenmerk.code));
    assert.deepEqual(await cards().getByRole('heading', { level: 3 }).allTextContents(), expected.nodes.map((n: any) => n.naam));
    // An option that would leave nothing can be seen but not chosen.
    const empty = expected.facets.flatMap((f: any) => f.opties).find((o: any) => !o.available);
    assert.ok(empty, 'the demo data leaves at least one option without results');
    assert.equal(await page.getByLabel(`${empty.kenmerk.naam} (0)`, { exact: true }).isDisabled(), true);
    await page.getByRole('button', { name: 'Wis alle filters' }).click();
    await page.getByText(countText((await api('EVA')).totalCount)).waitFor();
  });

  it('searches by text after a pause in typing', async () => {
    const expected = await api('EVA', { tekst: 'coach' });
    assert.ok(expected.totalCount > 0);
    await page.getByLabel('Zoek op woorden').fill('coach');
    await page.getByText(countText(expected.totalCount)).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('tekst'), 'coach');
    await page.getByLabel('Zoek op woorden').fill('');
  });

  it('narrows to a regio and then a gemeente as the API does', async () => {
    const regio = await api('EVA', { regio: 'AM18' });
    const gemeente = await api('EVA', { gemeente: 'GM0363' });
    await page.getByLabel('Arbeidsmarktregio').selectOption({ label: 'Groot Amsterdam' });
    await page.getByText(countText(regio.totalCount)).waitFor();
    await page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Amsterdam' });
    await page.getByText(countText(gemeente.totalCount)).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('gemeente'), 'GM0363');
    await page.getByLabel('Arbeidsmarktregio').selectOption({ label: 'Heel Nederland' });
    await page.getByText(countText((await api('EVA')).totalCount)).waitFor();
  });

  it('limits the costs, refuses a wrong amount in plain Dutch, and sorts newest first', async () => {
    const cheap = await api('EVA', { maxKosten: '500' });
    await page.getByLabel('Maximale kosten (euro)').fill('500');
    await page.getByText(countText(cheap.totalCount)).waitFor();
    await page.getByLabel('Maximale kosten (euro)').fill('veel');
    await page.getByText('Vul een bedrag in, bijvoorbeeld 500 of 499,95.').waitFor();
    await page.getByText(countText((await api('EVA')).totalCount)).waitFor();
    await page.getByLabel('Maximale kosten (euro)').fill('');
    const newest: any = await platform.gql(`{ instrumentSearch(gids: EVA, first: 20, sort: NIEUWSTE) { nodes { naam } } }`);
    await page.getByLabel('Sorteer op').selectOption({ label: 'Nieuwste eerst' });
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === 'NIEUWSTE');
    await page.waitForFunction(
      (first) => document.querySelector('ol[aria-label="Instrumenten"] article h3')?.textContent === first,
      newest.data.instrumentSearch.nodes[0].naam,
    );
    assert.deepEqual(await cards().getByRole('heading', { level: 3 }).allTextContents(), newest.data.instrumentSearch.nodes.map((n: any) => n.naam));
    await page.getByLabel('Sorteer op').selectOption({ label: 'Naam (A–Z)' });
  });

  it('switches to Dennis and loads the next page on request', async () => {
    const expected = await api('DENNIS');
    await page.getByRole('button', { name: /^Dennis/ }).click();
    await page.getByText(countText(expected.totalCount)).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('gids'), 'dennis');
    assert.ok(expected.totalCount > 20);
    await page.getByRole('button', { name: 'Meer instrumenten tonen' }).click();
    await page.waitForFunction(() => document.querySelectorAll('ol[aria-label="Instrumenten"] article').length > 20);
    assert.equal(await cards().count(), Math.min(40, expected.totalCount));
  });

  it('opens an instrument with its aanbieder and contactpersonen, and back to the search', async () => {
    const found: any = await platform.gql(`{ instrumentSearch(gids: EVA, first: 1) { nodes { id naam aanbieder { naam } contactpersonen { contactpersoon { naam } } } } }`);
    const expected = found.data.instrumentSearch.nodes[0];
    await page.goto(web.url + '?gids=eva');
    await page.getByRole('link', { name: expected.naam }).first().click();
    await page.getByRole('heading', { level: 1, name: expected.naam }).waitFor();
    assert.equal(new URL(page.url()).pathname, `/instrument/${expected.id}`);
    await page.getByText(expected.aanbieder.naam, { exact: true }).waitFor();
    for (const { contactpersoon } of expected.contactpersonen) await page.getByText(contactpersoon.naam, { exact: false }).first().waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await page.getByRole('link', { name: 'Terug naar zoeken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Instrumenten zoeken in Eva' }).waitFor();
  });

  it('shows opgemaakte tekst without scripts or javascript: links', async () => {
    const ds = platform.subgraphs[0]!.dataSource;
    const [[row]] = await ds.query(
      `UPDATE instrument SET beschrijving = '<p>Hallo <strong>werkgever</strong><script>window.__hacked = 1</script><img src=x onerror="window.__hacked = 2"><a href="javascript:window.__hacked = 3">klik</a></p>', publiceren = true, publiceer_vanaf = NULL, publiceer_tot_en_met = NULL
        WHERE id = (SELECT id FROM instrument WHERE gids = 'DENNIS' ORDER BY id LIMIT 1) RETURNING id`,
    );
    await platform.sync();
    await page.goto(`${web.url}instrument/${row.id}`);
    await page.getByText('Hallo').waitFor();
    assert.equal(await page.locator('strong', { hasText: 'werkgever' }).count(), 1);
    const link = page.getByText('klik');
    assert.equal(await link.getAttribute('href'), null);
    await link.click();
    assert.equal(await page.evaluate(() => (window as any).__hacked), undefined);
    assert.equal(await page.locator('.utrecht-rich-text script, .utrecht-rich-text img').count(), 0);
  });

  it('shows the beoordeling and the reviews, markup as plain text', async () => {
    const found: any = await platform.gql(`{ instrumentSearch(gids: DENNIS, first: 1, sort: NAAM) { nodes { id naam } } }`);
    const instrument = found.data.instrumentSearch.nodes[0];
    await page.goto(`${web.url}instrument/${instrument.id}`);
    await page.getByRole('heading', { level: 2, name: 'Beoordelingen' }).waitFor();
    await page.getByText('Nog geen beoordelingen.').waitFor();
    const scores = [4, 5];
    for (const [i, sterren] of scores.entries()) {
      const email = `reviewer${i}@test.nl`;
      await platform.createGebruiker({ email, naam: `Reviewer ${i}`, rol: 'PROFESSIONAL' });
      const written: any = await platform.gql(
        `mutation($id: ID!, $sterren: Int!, $tekst: String) { createReview(instrumentId: $id, sterren: $sterren, tekst: $tekst) { id } }`,
        { id: instrument.id, sterren, tekst: i === 0 ? 'Werkte <b>goed</b> <script>window.__hacked = 1</script>' : null },
        platform.bearer(await platform.login(email)),
      );
      assert.equal(written.errors, undefined);
    }
    await platform.sync();
    await page.reload();
    await page.getByText('Gemiddeld 4,5 van 5 sterren (2 beoordelingen).').waitFor();
    await page.getByText('4 van 5 sterren, door Reviewer 0', { exact: false }).waitFor();
    await page.getByText('Werkte goed', { exact: false }).waitFor();
    assert.equal(await page.locator('section[aria-labelledby="beoordelingen"] b, section[aria-labelledby="beoordelingen"] script').count(), 0);
    assert.equal(await page.evaluate(() => (window as any).__hacked), undefined);
    assert.deepEqual(await seriousViolations(page), []);
    // The only rated instrument comes first when the search sorts by beoordeling.
    await page.goto(web.url + '?gids=dennis');
    await cards().first().waitFor();
    await page.getByLabel('Sorteer op').selectOption({ label: 'Best beoordeeld' });
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === 'BEOORDELING');
    await cards().first().getByRole('link', { name: instrument.naam }).waitFor();
  });

  it('says so when an instrument does not exist', async () => {
    await page.goto(`${web.url}instrument/00000000-0000-4000-8000-000000000000`);
    await page.getByText('Dit instrument bestaat niet (meer).').waitFor();
  });

  it('has no serious or critical accessibility violations (axe-core, WCAG 2.1 AA)', async () => {
    await page.goto(web.url + '?gids=eva&k=EW02');
    await page.getByRole('list', { name: 'Instrumenten' }).getByRole('article').first().waitFor();
    assert.deepEqual(await seriousViolations(page), []);
  });

  it('records each search for the dashboard, without a cookie, the search text or anything else about the person', async () => {
    const insights = platform.subgraphs.find((s) => s.definition.name === 'insights')!.dataSource;
    const count = async () => Number((await insights.query(`SELECT count(*) FROM interactie WHERE soort = 'ZOEKEN' AND kenmerken = ARRAY['EW02', 'KK08']`))[0].count);
    const before = await count();
    const sent: { cookie?: string; body: string }[] = [];
    const tab = await browser.newPage();
    await tab.context().addCookies([{ name: 'sessie', value: 'iemands-sessie', url: web.url }]);
    tab.on('request', async (request) => {
      if (request.url().endsWith('/graphql') && request.postData()?.includes('RecordEvents')) sent.push({ cookie: (await request.allHeaders()).cookie, body: request.postData()! });
    });
    await tab.goto(web.url + '?gids=eva&k=EW02&k=KK08&tekst=' + encodeURIComponent('jan jansen'));
    await tab.getByText(/instrumenten gevonden/).waitFor();
    // A batch leaves a few seconds later (or when the tab is hidden), without holding up the page.
    for (let i = 0; i < 50 && (await count()) === before; i++) await new Promise((resolve) => setTimeout(resolve, 200));
    await tab.close();
    const [row] = await insights.query(`SELECT gids, resultaten, tekst_gebruikt, tab FROM interactie WHERE soort = 'ZOEKEN' AND kenmerken = ARRAY['EW02', 'KK08'] ORDER BY id DESC LIMIT 1`);
    assert.equal(await count(), before + 1);
    assert.equal(row.gids, 'EVA');
    assert.equal(row.tekst_gebruikt, true);
    assert.match(row.tab, /^[0-9a-f-]{36}$/);
    assert.ok(sent.length >= 1 && sent.every((request) => request.cookie === undefined && !request.body.includes('jansen')), JSON.stringify(sent));
  });

  it('says so in Dutch when the API cannot be reached', async () => {
    const offline = await browser.newPage();
    await offline.route('**/graphql', (route) => route.abort());
    await offline.goto(web.url);
    await offline.getByText('De instrumenten konden niet worden geladen.').waitFor();
    await offline.close();
  });
});
