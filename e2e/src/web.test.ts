import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { startTestPlatform, type TestPlatform } from '@instrumentengidsen/server/test-support/harness.js';
import { seriousViolations } from './accessibility.js';
import { launchBrowser, serveApp } from './browser.js';
import { createDennisInstrument, createFullInstrument, FULL } from './full-instrument.js';
import { saveScreenshot } from './screenshots.js';

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
    await page.goto(web.url + 'eva/zoeken');
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
    await page.getByText('Gemiddeld 4,5 van 5 sterren (2 beoordelingen).').waitFor();
    await page.getByText('4 van 5 sterren, door Reviewer 0', { exact: false }).waitFor();
    await page.getByText('Werkte goed', { exact: false }).waitFor();
    assert.equal(await page.locator('section[aria-labelledby="beoordelingen"] b, section[aria-labelledby="beoordelingen"] script').count(), 0);
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

  it('has no serious or critical accessibility violations (axe-core, WCAG 2.1 AA)', async () => {
    await page.goto(web.url + 'eva/zoeken?k=EW02');
    await page.getByRole('list', { name: 'Instrumenten' }).getByRole('article').first().waitFor();
    assert.deepEqual(await seriousViolations(page), []);
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
    // With the text only: the searches of the tests before (same kenmerken, no text) may still be on their way.
    const count = async () => Number((await insights.query(`SELECT count(*) FROM interactie WHERE soort = 'ZOEKEN' AND kenmerken = ARRAY['EW02', 'KK08'] AND tekst_gebruikt`))[0].count);
    const before = await count();
    const sent: { cookie?: string; body: string }[] = [];
    const tab = await browser.newPage();
    await tab.context().addCookies([{ name: 'sessie', value: 'iemands-sessie', url: web.url }]);
    tab.on('request', async (request) => {
      if (request.url().endsWith('/graphql') && request.postData()?.includes('RecordEvents')) sent.push({ cookie: (await request.allHeaders()).cookie, body: request.postData()! });
    });
    await tab.goto(web.url + 'eva/zoeken?k=EW02&k=KK08&tekst=' + encodeURIComponent('jan jansen'));
    await tab.getByText(/instrumenten gevonden/).waitFor();
    // A batch leaves a few seconds later (or when the tab is hidden), without holding up the page.
    for (let i = 0; i < 50 && (await count()) === before; i++) await new Promise((resolve) => setTimeout(resolve, 200));
    await tab.close();
    const [row] = await insights.query(`SELECT gids, resultaten, tekst_gebruikt, tab FROM interactie WHERE soort = 'ZOEKEN' AND kenmerken = ARRAY['EW02', 'KK08'] AND tekst_gebruikt ORDER BY id DESC LIMIT 1`);
    assert.equal(await count(), before + 1);
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
