import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { startTestPlatform, TEST_PASSWORD, type TestPlatform } from '@instrumentengidsen/server/test-support/harness.js';
import { seriousViolations } from './accessibility.js';
import { launchBrowser, serveApp } from './browser.js';
import { createDennisInstrument, createFullInstrument, FULL } from './full-instrument.js';
import { CONTACTEN, createInstrumentWithContacten } from './review-instrument.js';
import { saveScreenshot } from './screenshots.js';
import { countText, startWebApp, type WebApp } from './web-app.js';

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

  let app: WebApp | undefined;

  beforeAll(async () => {
    app = await startWebApp(120);
    ({ platform, web, browser, page } = app);
  });
  afterAll(() => app?.close());

  it('opens Eva with step 1 and step 2 filters in the guide\'s order, each option with the count the API gives', async () => {
    const expected = await api('EVA');
    await page.goto(web.url + 'eva/zoeken');
    await page.getByText(countText(expected.totalCount)).waitFor();
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    assert.deepEqual(headings.slice(0, 2), ['Stap 1: basiskenmerken', 'Stap 2: praktische kenmerken']);
    const legends = await page.locator('legend').allTextContents();
    // The kenmerk categories, then the other choices of step 2 (zoeken.test.ts).
    assert.deepEqual(legends, [...expected.facets.map((f: any) => f.categorie.naam), 'Totale kosten', 'Totale duur', 'Intensiteit', 'Aanbieder', 'Beoordeling']);
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

  it('limits the costs with a choice, keeps an old link\'s amount, and sorts newest first', async () => {
    const cheap = await api('EVA', { maxKosten: '500' });
    const kosten = page.getByRole('group', { name: 'Totale kosten' });
    await kosten.getByLabel(/^Tot en met € 500 \(/).check();
    await page.getByText(countText(cheap.totalCount)).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('maxKosten'), '500');
    // A link from before the choices, with any amount, still searches with it and shows it as chosen.
    const odd = await api('EVA', { maxKosten: '499.95' });
    await page.goto(web.url + 'eva/zoeken?maxKosten=499,95');
    await page.getByText(countText(odd.totalCount)).waitFor();
    assert.equal(await kosten.getByLabel('Tot en met € 499,95').isChecked(), true);
    await kosten.getByLabel('Geen voorkeur').check();
    await page.getByText(countText((await api('EVA')).totalCount)).waitFor();
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
    assert.equal(new URL(page.url()).pathname, '/dennis/zoeken');
    assert.ok(expected.totalCount > 20);
    await page.getByRole('button', { name: 'Meer instrumenten tonen' }).click();
    await page.waitForFunction(() => document.querySelectorAll('ol[aria-label="Instrumenten"] article').length > 20);
    assert.equal(await cards().count(), Math.min(40, expected.totalCount));
  });

  it('opens an instrument with its aanbieder and contactpersonen, and back to the search', async () => {
    const found: any = await platform.gql(`{ instrumentSearch(gids: EVA, first: 1) { nodes { id naam aanbieder { naam } contactpersonen { contactpersoon { naam } } } } }`);
    const expected = found.data.instrumentSearch.nodes[0];
    await page.goto(web.url + 'eva/zoeken');
    await page.getByRole('link', { name: expected.naam }).first().click();
    await page.getByRole('heading', { level: 1, name: expected.naam }).waitFor();
    assert.equal(new URL(page.url()).pathname, `/eva/instrument/${expected.id}`);
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
    await page.goto(`${web.url}dennis/instrument/${row.id}`);
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
    await page.goto(`${web.url}dennis/instrument/${instrument.id}`);
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
    await page.getByText('Gemiddeld 4,5 van 5 sterren (2 beoordelingen)').waitFor();
    await page.getByText('Door Reviewer 0 op', { exact: false }).waitFor();
    await page.getByText('Werkte goed', { exact: false }).waitFor();
    assert.equal(await page.getByRole('region', { name: 'Beoordelingen', exact: true }).locator('b, script').count(), 0);
    assert.equal(await page.evaluate(() => (window as any).__hacked), undefined);
    assert.deepEqual(await seriousViolations(page), []);
    // The only rated instrument comes first when the search sorts by beoordeling.
    await page.goto(web.url + 'dennis/zoeken');
    await cards().first().waitFor();
    await page.getByLabel('Sorteer op').selectOption({ label: 'Best beoordeeld' });
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === 'BEOORDELING');
    await cards().first().getByRole('link', { name: instrument.naam }).waitFor();
  });

  it('says so when an instrument does not exist', async () => {
    await page.goto(`${web.url}eva/instrument/00000000-0000-4000-8000-000000000000`);
    await page.getByText('Dit instrument bestaat niet (meer).').waitFor();
  });

  it('shows the chosen filters above the results, each removable, and names the page after the guide', async () => {
    const namen: any = await platform.gql(`{ kenmerkCategorieen(gids: EVA) { kenmerken { code naam children { code naam } } } }`);
    const naam = (code: string) =>
      namen.data.kenmerkCategorieen.flatMap((c: any) => c.kenmerken.flatMap((k: any) => [k, ...k.children])).find((k: any) => k.code === code).naam;
    await page.goto(web.url + 'eva/zoeken?k=EW02&k=KK08');
    const chips = page.getByRole('group', { name: 'Gekozen filters' });
    await chips.getByRole('button', { name: `Filter ${naam('KK08')} weghalen` }).waitFor();
    assert.equal(await page.title(), 'Zoeken in Eva – Instrumentengids');
    await chips.getByRole('button', { name: `Filter ${naam('EW02')} weghalen` }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.getAll('k').join() === 'KK08');
    await page.getByText(countText((await api('EVA', { kenmerken: ['KK08'] })).totalCount)).waitFor();
    assert.equal(await page.getByRole('checkbox', { name: new RegExp(`^${naam('EW02')} \\(`) }).isChecked(), false);
  });

  it('shows the werklandschap: tiles in their places, each opening its explanation and searching with it', async () => {
    const taxonomie: any = await platform.gql(`{ kenmerkCategorieen(gids: EVA) { soort kenmerken { code naam ondertitel toolsEnAandachtspunten positie { x y } } } }`);
    const tegels = taxonomie.data.kenmerkCategorieen.find((c: any) => c.soort === 'BASIS').kenmerken;
    await page.goto(web.url + 'eva/werklandschap');
    const landschap = page.locator('ul.werklandschap > li');
    await landschap.first().waitFor();
    assert.equal(await landschap.count(), tegels.length);
    // Each tile stands at its place in the landscape: of two tiles in one row, the one with the higher x is to the right.
    const [links, rechts] = [...tegels].filter((t: any) => t.positie.y === tegels[0].positie.y).sort((a: any, b: any) => a.positie.x - b.positie.x);
    const box = async (t: any) => (await page.getByRole('button', { name: new RegExp(`^${t.naam}`) }).boundingBox())!;
    assert.ok((await box(rechts)).x > (await box(links)).x);
    const tegel = tegels.find((t: any) => t.code === 'EW02');
    await page.getByRole('button', { name: new RegExp(`^${tegel.naam}`) }).click();
    const uitleg = page.getByRole('region', { name: tegel.naam });
    await uitleg.getByText(tegel.toolsEnAandachtspunten.split('\n')[0].replace(/^- /, ''), { exact: false }).first().waitFor();
    await saveScreenshot(page, 'werklandschap');
    await uitleg.getByRole('link', { name: `Zoek instrumenten bij ${tegel.naam}` }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.getAll('k').join() === 'EW02');
    await page.getByText(countText((await api('EVA', { kenmerken: ['EW02'] })).totalCount)).waitFor();
    assert.equal(await page.getByRole('checkbox', { name: new RegExp(`^${tegel.naam} \\(`) }).isChecked(), true);
  });

  it('records each search for the dashboard, without a cookie, the search text or anything else about the person', async () => {
    const insights = platform.subgraphs.find((s) => s.definition.name === 'insights')!.dataSource;
    // Only this tab's rows: the previous test's page may still send its own batch of the same search.
    const rowsOf = (tabId: string) =>
      insights.query(`SELECT gids, resultaten, tekst_gebruikt, tab FROM interactie WHERE soort = 'ZOEKEN' AND kenmerken = ARRAY['EW02', 'KK08'] AND tab = $1`, [tabId]);
    const tabId = () => (sent.length ? (JSON.parse(sent[0]!.body).variables.events[0].tab as string) : '');
    const sent: { cookie?: string; body: string }[] = [];
    const tab = await browser.newPage();
    await tab.context().addCookies([{ name: 'sessie', value: 'iemands-sessie', url: web.url }]);
    tab.on('request', async (request) => {
      if (request.url().endsWith('/graphql') && request.postData()?.includes('RecordEvents')) sent.push({ cookie: (await request.allHeaders()).cookie, body: request.postData()! });
    });
    await tab.goto(web.url + 'eva/zoeken?k=EW02&k=KK08&tekst=' + encodeURIComponent('jan jansen'));
    await tab.getByText(/instrumenten gevonden/).waitFor();
    // A batch leaves a few seconds later (or when the tab is hidden), without holding up the page.
    for (let i = 0; i < 50 && (!tabId() || (await rowsOf(tabId())).length === 0); i++) await new Promise((resolve) => setTimeout(resolve, 200));
    await tab.close();
    const rows = await rowsOf(tabId());
    assert.equal(rows.length, 1);
    const [row] = rows;
    assert.equal(row.gids, 'EVA');
    assert.equal(row.tekst_gebruikt, true);
    assert.match(row.tab, /^[0-9a-f-]{36}$/);
    assert.ok(sent.length >= 1 && sent.every((request) => request.cookie === undefined && !request.body.includes('jansen')), JSON.stringify(sent));
  });

  it('says so in Dutch when the API cannot be reached', async () => {
    const offline = await browser.newPage();
    await offline.route('**/graphql', (route) => route.abort());
    await offline.goto(web.url + 'eva/zoeken');
    await offline.getByText('De instrumenten konden niet worden geladen.').waitFor();
    await offline.close();
  });
});

describe('web: the instrument page with every block of the instrumentenformat', () => {
  let platform: TestPlatform;
  let web: Awaited<ReturnType<typeof serveApp>>;
  let browser: Browser;
  let page: Page;
  let url: string;
  const youtubeRequests: string[] = [];

  beforeAll(async () => {
    platform = await startTestPlatform({ demoInstruments: 1 });
    web = await serveApp('web', platform.gatewayUrl);
    browser = await launchBrowser();
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    page = await context.newPage();
    page.on('request', (request) => {
      if (/youtube/.test(new URL(request.url()).hostname)) youtubeRequests.push(request.url());
    });
    const id = await createFullInstrument(platform);
    url = `${web.url}eva/instrument/${id}`;
    await page.goto(url);
    await page.getByRole('heading', { level: 1, name: FULL.naam }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await platform?.close();
  });

  const block = (title: string) => page.getByRole('region', { name: title, exact: true });

  it('shows every block in the order of the instrumentenformat, with its own title', async () => {
    assert.equal(await page.title(), `${FULL.naam} – Eva`);
    assert.deepEqual(await page.locator('main h2').allTextContents(), [
      'Doel', 'Werkwijze', 'Onderscheidende aanpak', 'Voorwaarden voor deelname', 'Werkafspraken', 'Samenwerkingspartners',
      'Toelichting doelgroep', 'Aanvullende informatie', 'Aanmelden', 'Duur, intensiteit en kosten', 'Kenmerken',
      'Contactpersonen', 'Locaties', 'Registratiecodes', 'Meer informatie', 'Beschikbare gebieden', 'Beoordelingen',
    ]);
    const duur = block('Duur, intensiteit en kosten');
    for (const text of ['12 weken', 'Soms wat langer.', '8 uur per week', 'Twee ochtenden per week.', '€ 1.250,00', 'Exclusief btw.']) {
      await duur.getByText(text, { exact: true }).waitFor();
    }
    await block('Contactpersonen').getByText(FULL.contactpersoon, { exact: false }).waitFor();
    await block('Locaties').getByText(`(Bij de aanbieder), ${FULL.adres}, 1012 AB Amsterdam`, { exact: false }).waitFor();
    await block('Registratiecodes').getByText('WF-2026', { exact: true }).waitFor();
    await block('Beschikbare gebieden').getByText('Groot Amsterdam', { exact: true }).waitFor();
    await block('Beschikbare gebieden').getByText('Amsterdam', { exact: true }).waitFor();
    const meer = block('Meer informatie');
    await meer.getByRole('link', { name: 'Website van het traject' }).waitFor();
    const download = meer.getByRole('link', { name: 'Folder' });
    assert.match((await download.getAttribute('href'))!, /^\/bestanden\/[0-9a-f]{64}\.pdf$/);
    await meer.getByText('(PDF, 1,2 MB)', { exact: true }).waitFor();
    const served = await page.request.get(new URL((await download.getAttribute('href'))!, web.url).href);
    assert.equal(served.headers()['content-type'], 'application/pdf', 'the web app serves the download from the gateway');
    await saveScreenshot(page, 'instrument');
  });

  it('renders opgemaakte tekst as HTML, never as markup, and runs nothing stored in it', async () => {
    const doel = block('Doel');
    assert.equal(await doel.locator('p').filter({ hasText: 'Het doel met nadruk.' }).count(), 1);
    assert.equal(await doel.locator('strong', { hasText: 'nadruk' }).count(), 1);
    assert.equal(await block('Voorwaarden voor deelname').getByRole('listitem').count(), 2);
    assert.equal(await page.getByText('<p>', { exact: false }).count(), 0);
    // Text stored past the server's sanitizer (an older import, a hand-edited row) is cleaned by the browser too.
    const ds = platform.subgraphs.find((s) => s.definition.name === 'catalog')!.dataSource;
    await ds.query(
      `UPDATE instrument SET werkwijze = '<p>Stap één</p><script>window.__hacked = 1</script><img src=x onerror="window.__hacked = 2"><p onclick="window.__hacked = 3">Stap twee</p>' WHERE naam = $1`,
      [FULL.naam],
    );
    await platform.sync();
    await page.reload();
    await block('Werkwijze').getByText('Stap twee').waitFor();
    assert.equal(await block('Werkwijze').locator('script, img, [onclick], [onerror]').count(), 0);
    await block('Werkwijze').getByText('Stap twee').click();
    assert.equal(await page.evaluate(() => (window as any).__hacked), undefined);
  });

  it('loads nothing from YouTube until the video is played, then embeds youtube-nocookie', async () => {
    const meer = block('Meer informatie');
    assert.equal(await page.locator('iframe').count(), 0);
    assert.deepEqual(youtubeRequests, []);
    await meer.getByRole('button', { name: 'Video afspelen: Zo werkt het traject' }).click();
    const iframe = meer.locator('iframe[title="Zo werkt het traject"]');
    await iframe.waitFor({ state: 'attached' });
    assert.match((await iframe.getAttribute('src'))!, new RegExp(`^https://www\\.youtube-nocookie\\.com/embed/${FULL.youtubeId}\\b`));
    assert.ok(youtubeRequests.every((r) => new URL(r).hostname === 'www.youtube-nocookie.com'), youtubeRequests.join(', '));
  });

  it('copies the link to share it, and offers it by mail', async () => {
    await page.getByRole('button', { name: 'Deel: kopieer de link' }).click();
    await page.getByRole('status').getByText('De link naar dit instrument is gekopieerd.').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url);
    const mail = await page.getByRole('link', { name: 'Deel per e-mail' }).getAttribute('href');
    assert.ok(mail!.startsWith('mailto:?subject=') && mail!.includes(encodeURIComponent(url)));
  });

  it('prints the instrument without the page header, buttons or search link, and with link addresses', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      assert.equal(await page.getByRole('heading', { level: 1, name: FULL.naam }).isVisible(), true);
      assert.equal(await page.locator('.utrecht-page-header').isVisible(), false);
      assert.equal(await page.getByRole('link', { name: 'Terug naar zoeken' }).isVisible(), false);
      assert.equal(await page.getByRole('button', { name: 'Afdrukken' }).isVisible(), false);
      const after = await page.getByRole('link', { name: 'Website van het traject' }).evaluate((a) => getComputedStyle(a, '::after').content);
      assert.equal(after, '" (https://example.nl/traject)"');
      assert.equal(await page.getByText(`Video: Zo werkt het traject, https://www.youtube.com/watch?v=${FULL.youtubeId}`).isVisible(), true);
      await saveScreenshot(page, 'instrument-print');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('shows a Dennis instrument with the Dennis omschrijvingen and its own title', async () => {
    const naam = 'Proefplaatsing bij de werkgever';
    await page.goto(`${web.url}dennis/instrument/${await createDennisInstrument(platform, naam)}`);
    await page.getByRole('heading', { level: 1, name: naam }).waitFor();
    assert.equal(await page.title(), `${naam} – Dennis`);
    await page.getByText('Een werkgever probeert een kandidaat twee maanden uit.').waitFor();
    assert.deepEqual(await page.locator('main h2').allTextContents(), ['Beschrijving', 'Voorwaarden', 'Aanvragen', 'Beschikbare gebieden', 'Beoordelingen']);
    assert.equal(await block('Beschrijving').locator('em', { hasText: 'beschrijving' }).count(), 1);
    await block('Beschikbare gebieden').getByText('Heel Nederland').waitFor();
  });

  it('has no serious or critical accessibility violations (axe-core, WCAG 2.1 AA)', async () => {
    await page.goto(url);
    await page.getByRole('heading', { level: 1, name: FULL.naam }).waitFor();
    assert.deepEqual(await seriousViolations(page), []);
  });

  it('says in Dutch when an instrument or a page does not exist, with the way back to the search', async () => {
    await page.goto(`${web.url}eva/instrument/00000000-0000-4000-8000-000000000000`);
    await page.getByRole('heading', { level: 1, name: 'Instrument niet gevonden' }).waitFor();
    assert.equal(await page.title(), 'Instrument niet gevonden – Eva');
    await page.getByRole('link', { name: 'Zoek een instrument' }).waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await page.goto(`${web.url}bestaat/niet`);
    await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
    await page.getByRole('link', { name: 'Zoek een instrument' }).click();
    await page.waitForFunction(() => location.pathname === '/');
  });

  it('records the view and the clicks on a download and a video for the dashboard', async () => {
    const insights = platform.subgraphs.find((s) => s.definition.name === 'insights')!.dataSource;
    const id = url.split('/').pop()!;
    const soorten = async () => (await insights.query('SELECT DISTINCT soort FROM interactie WHERE instrument_id = $1 ORDER BY 1', [id])).map((r: { soort: string }) => r.soort);
    await page.goto(url);
    await block('Meer informatie').getByRole('link', { name: 'Folder' }).click();
    await page.getByRole('button', { name: /Video afspelen/ }).first().click();
    for (let i = 0; i < 50 && (await soorten()).length < 3; i++) await new Promise((resolve) => setTimeout(resolve, 200));
    assert.deepEqual(await soorten(), ['BEKEKEN', 'DOWNLOAD', 'VIDEO']);
  });
});

describe('web: a professional logs in and writes, changes and withdraws a review', () => {
  let platform: TestPlatform;
  let web: Awaited<ReturnType<typeof serveApp>>;
  let browser: Browser;
  let page: Page;
  let id: string;
  let url: string;
  const email = 'klantmanager@test.nl';
  const naam = 'Karin Klantmanager';

  beforeAll(async () => {
    platform = await startTestPlatform({ demoInstruments: 1 });
    web = await serveApp('web', platform.gatewayUrl);
    browser = await launchBrowser();
    page = await browser.newPage();
    await platform.createGebruiker({ email, naam, rol: 'PROFESSIONAL' });
    id = await createInstrumentWithContacten(platform);
    url = `${web.url}eva/instrument/${id}`;
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await platform?.close();
  });

  const block = (title: string) => page.getByRole('region', { name: title, exact: true });
  const reviews = () => page.getByRole('list', { name: 'Beoordelingen van professionals' }).getByRole('listitem');
  /** Tab (never the mouse) until the focused element matches; fails after 100 presses. */
  const tabTo = async (matches: (el: Element) => boolean) => {
    for (let i = 0; i < 100; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((source) => new Function('el', `return (${source})(el)`)(document.activeElement), matches.toString())) return;
    }
    assert.fail('not reachable with Tab');
  };

  it('shows anonymous visitors only the externe contactpersonen, and the way to log in to write a review', async () => {
    await page.goto(url);
    await page.getByRole('heading', { level: 1, name: CONTACTEN.naam }).waitFor();
    await block('Contactpersonen').getByText(CONTACTEN.extern).waitFor();
    assert.equal(await block('Contactpersonen').getByText(CONTACTEN.intern).count(), 0);
    await block('Beoordelingen').getByText('Nog geen beoordelingen.').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Beoordeling plaatsen' }).count(), 0);
    const login = page.getByRole('link', { name: 'Log in om een beoordeling te schrijven' });
    assert.equal(await login.getAttribute('href'), `/inloggen?terug=${encodeURIComponent(`/eva/instrument/${id}`)}`);
  });

  it('says in Dutch when the password is wrong, and the login page passes axe-core', async () => {
    await page.getByRole('link', { name: 'Log in om een beoordeling te schrijven' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    assert.equal(await page.title(), 'Inloggen – Instrumentengids');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill('niet-het-goede-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('alert').getByText('Het e-mailadres of het wachtwoord klopt niet.').waitFor();
    assert.equal(new URL(page.url()).pathname, '/inloggen');
    assert.deepEqual(await seriousViolations(page), []);
  });

  it('logs in, goes back to the instrument, and then shows the name and the interne contactpersonen', async () => {
    await page.getByLabel('Wachtwoord').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: CONTACTEN.naam }).waitFor();
    assert.equal(new URL(page.url()).pathname, `/eva/instrument/${id}`);
    await page.locator('.utrecht-page-header').getByText(naam).waitFor();
    await block('Contactpersonen').getByText(CONTACTEN.intern).waitFor();
    await block('Contactpersonen').getByText(CONTACTEN.extern).waitFor();
  });

  it('has a review form without serious accessibility violations', async () => {
    await page.getByRole('heading', { level: 3, name: 'Schrijf een beoordeling' }).waitFor();
    assert.deepEqual(await seriousViolations(page), []);
  });

  it('writes a review with the keyboard only, and shows it with the new average', async () => {
    await page.getByRole('heading', { level: 1, name: CONTACTEN.naam }).focus();
    await tabTo((el) => el instanceof HTMLInputElement && el.name === 'sterren');
    await page.keyboard.press('ArrowDown'); // 5 → 4 sterren; arrows choose in a radio group
    await page.keyboard.press('Tab');
    await page.keyboard.type('Goede begeleiding, <b>duidelijk</b> resultaat.');
    await tabTo((el) => el instanceof HTMLInputElement && el.name === 'resultaat');
    await page.keyboard.press('ArrowUp'); // from "Geen score", checked until now, to 1 ster
    await tabTo((el) => el instanceof HTMLButtonElement && el.type === 'submit');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 3, name: 'Jouw beoordeling' }).waitFor();
    await block('Beoordelingen').getByText('Gemiddeld 4,0 van 5 sterren (1 beoordeling)').waitFor();
    await block('Beoordelingen').getByText('Resultaat: 1,0 van 5.').waitFor();
    assert.equal(await reviews().count(), 1);
    await reviews().getByText(`Door ${naam} op`, { exact: false }).waitFor();
    // Plain text: the server stripped the markup, and nothing shows as an element.
    await reviews().getByText('Goede begeleiding, duidelijk resultaat.').waitFor();
    const verdeling = page.getByRole('table', { name: 'Verdeling van de sterren' });
    assert.equal(await verdeling.getByRole('row', { name: '4 sterren 1' }).count(), 1);
    assert.equal(await verdeling.getByRole('row', { name: '5 sterren 0' }).count(), 1);
  });

  it('changes the review, and says so clearly when it changed elsewhere in between', async () => {
    await page.getByRole('button', { name: 'Beoordeling wijzigen' }).click();
    assert.equal(await page.getByRole('radio', { name: '4 sterren' }).first().isChecked(), true);
    await page.getByRole('group', { name: /Hoeveel sterren/ }).getByRole('radio', { name: '2 sterren' }).check();
    await page.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await block('Beoordelingen').getByText('Gemiddeld 2,0 van 5 sterren (1 beoordeling)').waitFor();

    // The same review changed in another tab: this form's version is stale.
    await page.getByRole('button', { name: 'Beoordeling wijzigen' }).click();
    const auth = platform.bearer(await platform.login(email));
    const mine = ((await platform.gql('query($id: ID!) { mijnReview(instrumentId: $id) { id version } }', { id }, auth)) as any).data.mijnReview;
    const other = await platform.gql('mutation($id: ID!, $v: Int!) { updateReview(id: $id, version: $v, sterren: 3) { version } }', { id: mine.id, v: mine.version }, auth);
    assert.equal(other.errors, undefined);
    await page.getByRole('group', { name: /Hoeveel sterren/ }).getByRole('radio', { name: '1 ster' }).check();
    await page.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await page.getByRole('alert').getByText('Iemand anders heeft dit intussen gewijzigd. Laad opnieuw.').waitFor();
    await page.getByRole('button', { name: 'Laad de nieuwste versie' }).click();
    await page.getByText('Je gaf dit instrument 3 van 5 sterren.', { exact: false }).waitFor();
  });

  it('withdraws the review after confirming, and then offers the form again', async () => {
    await page.getByRole('button', { name: 'Beoordeling intrekken' }).click();
    await page.getByRole('button', { name: 'Nee, niet intrekken' }).click();
    await page.getByRole('button', { name: 'Beoordeling intrekken' }).click();
    await page.getByRole('button', { name: 'Ja, intrekken' }).click();
    await block('Beoordelingen').getByText('Nog geen beoordelingen.').waitFor();
    await page.getByRole('heading', { level: 3, name: 'Schrijf een beoordeling' }).waitFor();
    assert.equal(await reviews().count(), 0);
  });

  it('pages through the reviews with "Meer beoordelingen"', async () => {
    for (let i = 1; i <= 11; i++) {
      const collega = `collega-${i}@test.nl`;
      await platform.createGebruiker({ email: collega, naam: `Collega ${i}`, rol: 'PROFESSIONAL' });
      const written = await platform.gql('mutation($id: ID!) { createReview(instrumentId: $id, sterren: 5) { id } }', { id }, platform.bearer(await platform.login(collega)));
      assert.equal(written.errors, undefined, JSON.stringify(written.errors));
    }
    await page.reload();
    await block('Beoordelingen').getByText('Gemiddeld 5,0 van 5 sterren (11 beoordelingen)').waitFor();
    await page.getByText('10 van 11 beoordelingen getoond.').waitFor();
    await page.getByRole('button', { name: 'Meer beoordelingen' }).click();
    await page.getByText('11 van 11 beoordelingen getoond.').waitFor();
    assert.equal(await reviews().count(), 11);
    assert.equal(await page.getByRole('button', { name: 'Meer beoordelingen' }).count(), 0);
  });

  it('tells the author when a beheerder hid their review, with the reason, and offers no changes', async () => {
    const written = await platform.gql('mutation($id: ID!) { createReview(instrumentId: $id, sterren: 1, tekst: "Mevrouw Jansen vond het niks") { id } }', { id }, platform.bearer(await platform.login(email)));
    await platform.createGebruiker({ email: 'moderator@test.nl', rol: 'LANDELIJK_BEHEERDER' });
    const hidden = await platform.gql('mutation($id: ID!) { hideReview(id: $id, reden: "Noemt een klant bij naam") { verborgen } }', { id: (written as any).data.createReview.id }, platform.bearer(await platform.login('moderator@test.nl')));
    assert.equal(hidden.errors, undefined, JSON.stringify(hidden.errors));
    await page.reload();
    await page.getByText('Een beheerder heeft je beoordeling verborgen. Reden: Noemt een klant bij naam.', { exact: false }).waitFor();
    assert.equal(await page.getByRole('button', { name: /Beoordeling (wijzigen|intrekken)/ }).count(), 0);
    await reviews().getByText('(verborgen door een beheerder)', { exact: false }).waitFor();
    await block('Beoordelingen').getByText('Gemiddeld 5,0 van 5 sterren (11 beoordelingen)').waitFor();
  });

  it('logs out: the name and the interne contactpersonen go, the way to log in comes back', async () => {
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('link', { name: 'Log in om een beoordeling te schrijven' }).waitFor();
    assert.equal(await block('Contactpersonen').getByText(CONTACTEN.intern).count(), 0);
    await block('Contactpersonen').getByText(CONTACTEN.extern).waitFor();
    assert.equal(await page.locator('.utrecht-page-header').getByText(naam).count(), 0);
  });

  it('sends a login back only to a path of this site', async () => {
    await page.goto(`${web.url}inloggen?terug=${encodeURIComponent('//evil.example/')}`);
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForFunction(() => location.pathname === '/');
    assert.equal(new URL(page.url()).host, new URL(web.url).host);
  });
});
