import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { seriousViolations } from './accessibility.js';
import { saveScreenshot } from './screenshots.js';
import { DEMO, loginAdmin, startAdminApp, type AdminApp } from './web-app.js';

type Rij = string[];

/** The interaction queries' filter arguments, for apiFor. */
const PERIODE = 'van: $van, tot: $tot, gids: $gids, regio: $regio';

/** A table's body as text, cell by cell. */
const rowsOf = (table: Locator): Promise<Rij[]> =>
  table.evaluate((t) => Array.from(t.querySelectorAll('tbody tr'), (tr) => Array.from(tr.children, (c) => (c.textContent ?? '').trim())));

/** "1.234" as the table shows a count. */
const nl = (n: number) => n.toLocaleString('nl-NL');

/** Retries until the check passes: the screen fetches after the URL changed. */
async function eventually(check: () => Promise<void>, attempts = 100): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      return await check();
    } catch (error) {
      if (i >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** The dashboard's choices as the URL holds them. */
function keuzesOf(page: Page) {
  const params = new URL(page.url()).searchParams;
  return { van: params.get('van')!, tot: params.get('tot')!, gids: params.get('gids')!, regio: params.get('regio'), per: params.get('per')! };
}

/** The CSV file behind a download link, fetched in the page (with its session cookie), as rows of cells. */
async function csvOf(page: Page, link: Locator): Promise<{ type: string; rows: Rij[] }> {
  const href = (await link.getAttribute('href'))!;
  const { type, text } = await page.evaluate(async (url) => {
    const response = await fetch(url);
    return { type: response.headers.get('content-type') ?? '', text: await response.text() };
  }, href);
  const lines = text.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
  return { type, rows: lines.map((line) => line.split(';')) };
}

describe('admin: the data dashboard', () => {
  let app: AdminApp;
  let tokens: { regio: Record<string, string>; landelijk: Record<string, string> };
  let eigenRegios: string[];
  /** A kenmerk combination nobody else searches for, recorded today with zero results. */
  let zonderResultaat: { kenmerken: string[]; regio: string };

  const api = async (query: string, variables: Record<string, unknown>, token: Record<string, string>) => {
    const result: any = await app.platform.gql(query, variables, token);
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return result.data;
  };

  beforeAll(async () => {
    // The test platform writes a year of demo interactions (insights/seed) for the demo instruments.
    app = await startAdminApp(60);
    tokens = {
      regio: app.platform.bearer(await app.platform.login(DEMO.regio, DEMO.wachtwoord)),
      landelijk: app.platform.bearer(await app.platform.login(DEMO.landelijk, DEMO.wachtwoord)),
    };
    const me = await api('{ me { organisaties { regioCode } } }', {}, tokens.regio);
    eigenRegios = [...new Set<string>(me.me.organisaties.map((o: { regioCode: string }) => o.regioCode))].sort();
    assert.ok(eigenRegios.length >= 2, 'the demo regiobeheerder has two regio\'s');
    const { kenmerkCategorieen } = await api('{ kenmerkCategorieen(gids: EVA) { code kenmerken { code } } }', {}, tokens.landelijk);
    const codes: string[] = kenmerkCategorieen.flatMap((c: { kenmerken: { code: string }[] }) => c.kenmerken.map((k) => k.code));
    zonderResultaat = { kenmerken: [codes[0]!, codes[codes.length - 1]!].sort(), regio: eigenRegios[0]! };
    const events = Array.from({ length: 3 }, () => ({ soort: 'ZOEKEN', gids: 'EVA', kenmerken: zonderResultaat.kenmerken, regio: zonderResultaat.regio, resultaten: 0, tab: 'admin-data-test' }));
    const recorded = await api('mutation($events: [InteractieInput!]!) { recordEvents(events: $events) }', { events }, {});
    assert.equal(recorded.recordEvents, 3);
  });
  afterAll(() => app?.close());

  /** The API's answer for the choices in the page's URL; `selection` uses PERIODE for the filter arguments. */
  async function apiFor(page: Page, token: Record<string, string>, selection: string) {
    const { van, tot, gids, regio } = keuzesOf(page);
    return api(`query($van: LocalDate!, $tot: LocalDate!, $gids: Gids, $regio: String) { ${selection} }`, { van, tot, gids, regio }, token);
  }

  async function newPage() {
    const context = await app.browser.newContext();
    return context.newPage();
  }

  /** The "Meest gebruikte kenmerken" table equals the API's answer for the choices in the URL. */
  async function kenmerkenMatchApi(page: Page, token: Record<string, string>): Promise<Rij[]> {
    const table = page.getByRole('table', { name: 'Meest gebruikte kenmerken' });
    let rows: Rij[] = [];
    await eventually(async () => {
      const data = await apiFor(page, token, `meestGebruikteKenmerken(${PERIODE}, first: 20) { code aantal }`);
      rows = await rowsOf(table);
      assert.ok(data.meestGebruikteKenmerken.length > 0, 'the demo year has searches in the period');
      assert.deepEqual(
        rows.map((r) => [r[1], r[2]]),
        data.meestGebruikteKenmerken.map((k: { code: string; aantal: number }) => [k.code, nl(k.aantal)]),
      );
    });
    return rows;
  }

  it('shows the regiobeheerder the numbers of their own regio, and new numbers for another regio and period', async () => {
    const page = await newPage();
    await loginAdmin(page, app.admin.url, DEMO.regio, 'data');
    await page.getByRole('heading', { level: 1, name: 'Data dashboard' }).waitFor();
    assert.equal(await page.title(), 'Data dashboard – Beheeromgeving');

    // Default: the last 30 days in Eva, the first of the beheerder's own regio's (no "alle regio's" for them).
    const regioKeuze = page.getByLabel('Regio', { exact: true });
    await regioKeuze.waitFor();
    await eventually(async () => assert.equal(keuzesOf(page).regio, eigenRegios[0]));
    const opties = await regioKeuze.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    assert.deepEqual(opties.sort(), eigenRegios);
    await page.getByRole('link', { name: 'Laatste 30 dagen' }).click();
    await eventually(async () => assert.equal(keuzesOf(page).regio, eigenRegios[0]));
    const eerst = await kenmerkenMatchApi(page, tokens.regio);

    // The overview's doorklikratio equals the API's.
    await eventually(async () => {
      const { doorklikratio } = await apiFor(page, tokens.regio, `doorklikratio(${PERIODE}) { bekeken contact }`);
      const rows = await rowsOf(page.getByRole('table', { name: 'Doorklikratio' }));
      assert.deepEqual(rows[0]!.slice(0, 2), [nl(doorklikratio.bekeken), nl(doorklikratio.contact)]);
    });

    // Today's recorded searches without a result are in the zero-result table, as the API counts them.
    await eventually(async () => {
      const { zoekopdrachtenZonderResultaat } = await apiFor(page, tokens.regio, `zoekopdrachtenZonderResultaat(${PERIODE}, first: 20) { kenmerken aantal }`);
      const ons = zoekopdrachtenZonderResultaat.find((z: { kenmerken: string[] }) => z.kenmerken.join() === zonderResultaat.kenmerken.join());
      assert.ok(ons && ons.aantal >= 3, 'the recorded searches count');
      const rows = await rowsOf(page.getByRole('table', { name: 'Zoekopdrachten zonder resultaat' }));
      assert.deepEqual(rows.map((r) => r[3]), zoekopdrachtenZonderResultaat.map((z: { aantal: number }) => nl(z.aantal)));
    });

    assert.deepEqual(await seriousViolations(page), []);
    await saveScreenshot(page, 'data-regio', 'admin');

    // Another regio: the URL and the numbers change.
    await regioKeuze.selectOption(eigenRegios[1]!);
    await eventually(async () => assert.equal(keuzesOf(page).regio, eigenRegios[1]));
    const ander = await kenmerkenMatchApi(page, tokens.regio);
    assert.notDeepEqual(ander, eerst);

    // Another period: "dit jaar" sets van to 1 January and counts per month.
    await page.getByRole('link', { name: 'Dit jaar' }).click();
    await eventually(async () => assert.match(keuzesOf(page).van, /^\d{4}-01-01$/));
    const jaar = await kenmerkenMatchApi(page, tokens.regio);
    assert.notDeepEqual(jaar, ander);

    // Vanaf / tot en met typed in: the URL holds them.
    await page.getByLabel('Vanaf').fill(`${keuzesOf(page).van.slice(0, 4)}-02-01`);
    await page.getByLabel('Tot en met').fill(`${keuzesOf(page).van.slice(0, 4)}-02-28`); // 28 days, also in a leap year
    await page.getByRole('button', { name: 'Toon deze periode' }).click();
    await eventually(async () => assert.deepEqual([keuzesOf(page).van.slice(5), keuzesOf(page).tot.slice(5), keuzesOf(page).per], ['02-01', '02-28', 'DAG']));
    await kenmerkenMatchApi(page, tokens.regio);
    // Interacties per dag: every day of February a row (quiet days 0), each number the API's.
    await eventually(async () => {
      const { van, tot } = keuzesOf(page);
      const { interactiesPerPeriode } = await apiFor(page, tokens.regio, `interactiesPerPeriode(${PERIODE}, per: DAG) { periode soort aantal }`);
      const table = page.getByRole('table', { name: 'Interacties per dag' });
      const headers = await table.locator('thead th').allTextContents();
      const rows = await rowsOf(table);
      const dagen = Number(tot.slice(8));
      assert.equal(rows.length, dagen);
      const zoeken = headers.indexOf('Zoekopdrachten');
      assert.ok(zoeken > 0);
      const perDag = new Map<string, number>(interactiesPerPeriode.filter((r: any) => r.soort === 'ZOEKEN').map((r: any) => [r.periode, r.aantal]));
      assert.deepEqual(
        rows.map((r) => r[zoeken]),
        Array.from({ length: dagen }, (_, i) => nl(perDag.get(`${van.slice(0, 8)}${String(i + 1).padStart(2, '0')}`) ?? 0)),
      );
    });

    // The CSV download of the table has the table's rows.
    const table = await kenmerkenMatchApi(page, tokens.regio);
    const csv = await csvOf(page, page.getByRole('link', { name: 'Download ‘Meest gebruikte kenmerken’ als CSV (Excel)' }));
    assert.match(csv.type, /^text\/csv/);
    assert.deepEqual(csv.rows[0], ['Kenmerk', 'Aantal']);
    assert.deepEqual(csv.rows.slice(1), table.map((r) => [r[1], r[2]!.replaceAll('.', '')]));

    // A period without any interaction says so plainly.
    await page.goto(`${app.admin.url}data?van=2000-01-01&tot=2000-01-31&gids=EVA&regio=${eigenRegios[0]}`);
    await page.getByRole('heading', { level: 2, name: 'Gebruik' }).waitFor();
    await eventually(async () => assert.ok((await page.getByText('Geen gegevens in deze periode.').count()) >= 3));
    await page.context().close();
  });

  it('shows the landelijk beheerder every regio, and marks a tegel × regio without instruments in the coverage grid', async () => {
    const page = await newPage();
    await loginAdmin(page, app.admin.url, DEMO.landelijk, 'data?gids=EVA');
    await page.getByRole('heading', { level: 1, name: 'Data dashboard' }).waitFor();
    await page.getByLabel('Regio', { exact: true }).waitFor();
    assert.equal(await page.getByLabel('Regio', { exact: true }).inputValue(), '');
    await eventually(async () => assert.equal(keuzesOf(page).gids, 'EVA'));
    assert.equal(keuzesOf(page).regio, null);
    await kenmerkenMatchApi(page, tokens.landelijk);

    const { dekkingsgaten, instrumentAantallen, kenmerkCategorieen } = await api(
      `{ dekkingsgaten(gids: EVA) { regio { code naam } kenmerk { code naam categorie { code } } }
         instrumentAantallen(gids: EVA, per: [TEGEL, REGIO]) { sleutels aantal }
         kenmerkCategorieen(gids: EVA) { code kenmerken { code naam } } }`,
      {},
      tokens.landelijk,
    );
    const tegels: { code: string; naam: string }[] = kenmerkCategorieen.find((c: { code: string }) => c.code === 'EVA_TEGEL').kenmerken;
    const tegelGaten = dekkingsgaten.filter((g: any) => g.kenmerk.categorie.code === 'EVA_TEGEL');
    assert.ok(tegelGaten.length > 0, 'with 60 demo instruments some regio lacks a tegel');

    const grid = page.getByRole('table', { name: 'Dekking: tegels per regio' });
    await grid.waitFor();
    const headers = await grid.locator('thead th').allTextContents();
    assert.deepEqual(headers, ['Regio', ...tegels.map((t) => t.naam)]);
    const rows = await rowsOf(grid);
    const cell = (regioNaam: string, tegelCode: string) => rows.find((r) => r[0] === regioNaam)![1 + tegels.findIndex((t) => t.code === tegelCode)]!;
    const gat = tegelGaten[0];
    assert.match(cell(gat.regio.naam, gat.kenmerk.code), /✕ gat$/);
    assert.equal(await grid.locator('td[data-gat]').count(), tegelGaten.length);
    // A covered cell: its count, and no mark.
    const gedekt = instrumentAantallen.find((a: any) => tegels.some((t) => t.code === a.sleutels[0]) && !tegelGaten.some((g: any) => g.kenmerk.code === a.sleutels[0] && g.regio.code === a.sleutels[1]));
    const regioNaam = (await api('{ regios { code naam } }', {}, tokens.landelijk)).regios.find((r: any) => r.code === gedekt.sleutels[1]).naam;
    assert.equal(cell(regioNaam, gedekt.sleutels[0]), nl(gedekt.aantal));

    // The grid's gaps as CSV: every gap of the API, tegels and klantkenmerken.
    const csv = await csvOf(page, page.getByRole('link', { name: 'Download ‘Dekkingsgaten’ als CSV (Excel)' }));
    assert.equal(csv.rows.length - 1, dekkingsgaten.length);

    assert.deepEqual(await seriousViolations(page), []);
    await saveScreenshot(page, 'data-landelijk', 'admin');
    await page.setViewportSize({ width: 360, height: 800 });
    await page.getByRole('heading', { level: 1, name: 'Data dashboard' }).waitFor();
    const breed = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
    assert.equal(breed, false, 'no sideways scrolling at 360 px');
    assert.deepEqual(await seriousViolations(page), []);
    await saveScreenshot(page, 'data-landelijk-telefoon', 'admin');
    await page.context().close();
  });
});
