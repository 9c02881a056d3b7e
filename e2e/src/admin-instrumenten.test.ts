import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { seriousViolations } from './accessibility.js';
import { saveScreenshot } from './screenshots.js';
import { DEMO, loginAdmin, startAdminApp, type AdminApp } from './web-app.js';

const NAAM = 'Aaa Volledig traject van de regio';
const VREEMD = 'Aaa Instrument van een andere organisatie';
const PER_PAGINA = 20;
const STATUSSEN = [['CONCEPT', 'Concept'], ['GEPLAND', 'Gepland'], ['GEPUBLICEERD', 'Gepubliceerd'], ['VERLOPEN', 'Verlopen']] as const;

/** A LocalDate as the screens write it ("5 december 2026"). */
const datum = (localDate: string) => new Date(`${localDate}T00:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A calendar day `days` from today, as an <input type="date"> and the API write it. */
const dag = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The Instrumenten screens: list with filters and counts, weergeven with every block, publish, delete, history, voorbeeld. */
describe('admin: instrumenten', () => {
  let app: AdminApp;
  let gql: (query: string, variables?: Record<string, unknown>) => Promise<any>;
  let landelijk: (query: string, variables?: Record<string, unknown>) => Promise<any>;
  let instrumentId: string;
  let vreemdId: string;

  beforeAll(async () => {
    app = await startAdminApp(60);
    const as = (token: Record<string, string>) => async (query: string, variables: Record<string, unknown> = {}) => {
      const result: any = await app.platform.gql(query, variables, token);
      assert.equal(result.errors, undefined, JSON.stringify(result.errors));
      return result.data;
    };
    gql = as(app.platform.bearer(await app.platform.login(DEMO.regio, DEMO.wachtwoord)));
    landelijk = as(app.platform.bearer(await app.platform.login(DEMO.landelijk, DEMO.wachtwoord)));

    // The fully filled instrument, made by the regiobeheerder in their own organisatie, with every kind of koppeling.
    const { me } = await gql('{ me { organisaties { id } } }');
    const organisatieId = me.organisaties[0].id;
    const { beheerAanbieders } = await gql('query($o: ID) { beheerAanbieders(organisatieId: $o) { id } }', { o: organisatieId });
    const { createContactpersoon: contact } = await gql('mutation($input: CreateContactpersoonInput!) { createContactpersoon(input: $input) { id } }', {
      input: { organisatieId, naam: 'Fatima de Vries', email: 'fatima@example.nl', telefoon: '020 123 4567' },
    });
    const { createAdres: adres } = await gql('mutation($input: CreateAdresInput!) { createAdres(input: $input) { id } }', {
      input: { organisatieId, straat: 'Stationsplein', huisnummer: '1', postcode: '1012 AB', plaats: 'Amsterdam' },
    });
    const rich = (text: string) => `<p>${text} met <strong>nadruk</strong>.</p>`;
    const { createInstrument } = await gql('mutation($input: CreateInstrumentInput!) { createInstrument(input: $input) { id version } }', {
      input: {
        gids: 'EVA', organisatieId, aanbiederId: beheerAanbieders[0].id, naam: NAAM, publiceren: true,
        samenvatting: 'Een traject naar werk, in kleine groepen en met een vaste coach.',
        doel: rich('Het doel'), werkwijze: `${rich('De werkwijze')}<script>window.__xss = 'script'</script><img src="x" onerror="window.__xss = 'img'">`,
        onderscheidendeAanpak: rich('De aanpak'), voorwaardenDeelname: '<ul><li>Taalniveau B1</li><li>Woont in de regio</li></ul>',
        werkafspraken: rich('De werkafspraken'), samenwerkingspartners: rich('De partners'), toelichtingDoelgroep: rich('De doelgroep'),
        aanvullendeInformatie: rich('Meer informatie'), aanmeldinstructies: rich('Meld aan via het formulier'),
        totaleDuur: 12, duurEenheid: 'WEEK', toelichtingDuur: 'Soms wat langer.', intensiteit: 8, toelichtingIntensiteit: 'Twee ochtenden per week.',
        totaleKosten: '1250.00', toelichtingKosten: 'Exclusief btw.',
        kenmerken: ['EW01', 'KK01', 'UV01'],
        beschikbareGebieden: { landelijk: false, regios: ['AM18'], gemeenten: ['GM0363'] },
        contactpersonen: [{ contactpersoonId: contact.id, soort: 'EXTERN', label: 'Trajectbegeleider' }],
        locaties: [{ naam: 'Hoofdkantoor', type: 'AANBIEDER', adresId: adres.id, beschrijving: 'Tweede verdieping' }],
        registratiecodes: [{ code: 'WF-2026', label: 'Zaaksysteem' }],
        links: [{ label: 'Website van het traject', url: 'https://example.nl/traject' }],
        videos: [{ label: 'Zo werkt het traject', youtube: 'rVsqEJhVLFM' }],
      },
    });
    instrumentId = createInstrument.id;
    // The demo gives the regio only a few instruments: enough Dennis concepts for a second page.
    for (let n = 1; n <= PER_PAGINA + 2; n++) {
      await gql('mutation($input: CreateInstrumentInput!) { createInstrument(input: $input) { id } }', {
        input: { gids: 'DENNIS', organisatieId, aanbiederId: beheerAanbieders[0].id, naam: `Reeks ${String(n).padStart(2, '0')}`, korteBeschrijving: 'Een instrument voor de lijst.' },
      });
    }
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 65)]);
    await gql('mutation($id: ID!, $v: Int!, $input: DownloadInput!) { addDownload(id: $id, version: $v, input: $input) { version } }', {
      id: instrumentId, v: createInstrument.version, input: { label: 'Folder', bestandsnaam: 'folder.pdf', inhoud: pdf.toString('base64') },
    });
    // Stored HTML the server's sanitizer never saw (an old row, a direct write): the screen must sanitize it itself.
    const catalog = app.platform.subgraphs.find((s) => s.definition.name === 'catalog')!.dataSource;
    await catalog.query(`UPDATE instrument SET doel = $2 WHERE id = $1`, [
      instrumentId, `<p>Het doel met <strong>nadruk</strong>.</p><script>window.__xss = 'db-script'</script><img src="x" onerror="window.__xss = 'db-img'"><a href="javascript:window.__xss='link'">klik</a>`,
    ]);

    // An instrument of an organisatie the regiobeheerder does not manage.
    const eigen = new Set(me.organisaties.map((o: { id: string }) => o.id));
    const aanbieders: { id: string; organisatie_id: string }[] = await catalog.query('SELECT id, organisatie_id FROM aanbieder ORDER BY naam');
    const vreemd = aanbieders.find((a) => !eigen.has(a.organisatie_id))!;
    const { createInstrument: ander } = await landelijk('mutation($input: CreateInstrumentInput!) { createInstrument(input: $input) { id } }', {
      input: { gids: 'DENNIS', organisatieId: vreemd.organisatie_id, aanbiederId: vreemd.id, naam: VREEMD, korteBeschrijving: 'Geheim voor de regio.', beschikbareGebieden: { landelijk: true } },
    });
    vreemdId = ander.id;
  });
  afterAll(() => app?.close());

  async function newPage(path = 'instrumenten'): Promise<Page> {
    const page = await (await app.browser.newContext()).newPage();
    await loginAdmin(page, app.admin.url, DEMO.regio, path);
    return page;
  }

  const aantal = async (filter: Record<string, unknown>) => (await gql('query($f: MijnInstrumentenFilter) { mijnInstrumenten(filter: $f, first: 1) { totalCount } }', { f: filter })).mijnInstrumenten.totalCount as number;
  /** The router renders just after the URL changes: wait for the status select to show the URL's status. */
  const statusGekozen = (page: Page, status: string) =>
    page.waitForFunction((s) => (document.getElementById('filter-status') as HTMLSelectElement | null)?.value === s, status);
  const aantalTekst = (n: number) => (n === 1 ? '1 instrument' : `${n.toLocaleString('nl-NL')} instrumenten`);
  const rijen = (page: Page) => page.getByRole('table').first().locator('tbody tr');
  const statusLink = (page: Page, label: string) => page.getByRole('list', { name: 'Aantal per status' }).getByRole('link', { name: new RegExp(`^${label} `) });

  it("lists the counts per status and the total as the API has them, filters and pages through the URL", async () => {
    const page = await newPage();
    await page.getByRole('heading', { level: 1, name: 'Instrumenten' }).waitFor();
    assert.equal(await page.title(), 'Instrumenten – Beheeromgeving');
    await statusLink(page, 'Alle').waitFor();
    const totaal = await aantal({});
    assert.ok(totaal > PER_PAGINA, `expected more than one page of instruments, got ${totaal}`);
    assert.equal(await statusLink(page, 'Alle').textContent(), `Alle ${totaal.toLocaleString('nl-NL')}`);
    for (const [status, label] of STATUSSEN) {
      assert.equal(await statusLink(page, label).textContent(), `${label} ${(await aantal({ status })).toLocaleString('nl-NL')}`);
    }
    assert.equal(await rijen(page).count(), PER_PAGINA);
    assert.deepEqual(await seriousViolations(page), []);
    await saveScreenshot(page, 'instrumenten-lijst', 'admin');

    // Paging: the second page is the API's second page, and the URL holds it.
    const api = (await gql('{ mijnInstrumenten(first: 20) { nodes { naam } pageInfo { endCursor } } }')).mijnInstrumenten;
    const tweede = (await gql('query($a: String) { mijnInstrumenten(first: 20, after: $a) { nodes { naam } } }', { a: api.pageInfo.endCursor })).mijnInstrumenten;
    await page.getByRole('button', { name: 'Volgende pagina' }).click();
    await page.waitForURL(/na=/);
    await page.getByText(`pagina 2 van ${Math.ceil(totaal / PER_PAGINA)}`).waitFor();
    await page.getByRole('link', { name: tweede.nodes[0].naam, exact: true }).waitFor();
    assert.deepEqual(await rijen(page).locator('td:first-child').allTextContents(), tweede.nodes.map((n: { naam: string }) => n.naam));
    await page.reload();
    await page.getByText('pagina 2 van').waitFor();
    await page.getByRole('button', { name: 'Vorige pagina' }).click();
    await page.getByText('pagina 1 van').waitFor();
    await page.getByRole('link', { name: api.nodes[0].naam, exact: true }).waitFor();
    assert.deepEqual(await rijen(page).locator('td:first-child').allTextContents(), api.nodes.map((n: { naam: string }) => n.naam));

    // Filters: gids and status in the URL, the counts per status under the other filters.
    await page.getByLabel('Gids', { exact: true }).selectOption('DENNIS');
    await page.waitForURL(/gids=DENNIS/);
    await statusLink(page, 'Alle').filter({ hasText: `Alle ${(await aantal({ gids: 'DENNIS' })).toLocaleString('nl-NL')}` }).waitFor();
    assert.equal(await statusLink(page, 'Concept').textContent(), `Concept ${(await aantal({ gids: 'DENNIS', status: 'CONCEPT' })).toLocaleString('nl-NL')}`);
    await statusLink(page, 'Gepubliceerd').click();
    await page.waitForURL(/status=GEPUBLICEERD/);
    await statusGekozen(page, 'GEPUBLICEERD');
    const gepubliceerd = await aantal({ gids: 'DENNIS', status: 'GEPUBLICEERD' });
    await page.getByText(aantalTekst(gepubliceerd), { exact: false }).first().waitFor();
    for (const cel of await rijen(page).locator('td:nth-child(2)').allTextContents()) assert.equal(cel, 'Dennis');

    // Search in the naam; nothing found says so.
    await page.goto(app.admin.url + 'instrumenten');
    await page.getByLabel('Zoek op naam').fill('Volledig traject');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForURL(/zoek=Volledig/);
    await page.getByText('1 instrument', { exact: true }).waitFor();
    assert.deepEqual(await rijen(page).locator('td:first-child').allTextContents(), [NAAM]);
    await page.getByLabel('Zoek op naam').fill('bestaat-zeker-niet-xyz');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText('Er zijn geen instrumenten die hierbij passen.', { exact: false }).waitFor();

    // The dashboard's link lands on the filtered list.
    await page.goto(app.admin.url + 'instrumenten?status=CONCEPT');
    await statusGekozen(page, 'CONCEPT');
    await page.getByText(aantalTekst(await aantal({ status: 'CONCEPT' })), { exact: false }).first().waitFor();
    await page.context().close();
  });

  it("offers the regiobeheerder's own organisaties and the landelijk beheerder every organisatie, and filters on one", async () => {
    const regio = await newPage();
    const { me } = await gql('{ me { organisaties { naam } } }');
    const opties = async (page: Page) => page.getByLabel('Organisatie', { exact: true }).locator('option').allTextContents();
    await regio.getByLabel('Organisatie', { exact: true }).locator('option').nth(1).waitFor({ state: 'attached' });
    assert.deepEqual(await opties(regio), ['Al mijn organisaties', ...me.organisaties.map((o: { naam: string }) => o.naam)]);
    await regio.context().close();

    const page = await (await app.browser.newContext()).newPage();
    await loginAdmin(page, app.admin.url, DEMO.landelijk, 'instrumenten');
    const { organisaties } = await landelijk('{ organisaties { id naam } }');
    await page.getByLabel('Organisatie', { exact: true }).locator('option').nth(organisaties.length).waitFor({ state: 'attached' });
    assert.equal((await opties(page)).length, organisaties.length + 1);
    const gekozen = organisaties.find((o: { naam: string }) => o.naam === me.organisaties[0].naam);
    await page.getByLabel('Organisatie', { exact: true }).selectOption(gekozen.id);
    await page.waitForURL(new RegExp(`organisatie=${gekozen.id}`));
    const { mijnInstrumenten } = await landelijk('query($o: ID) { mijnInstrumenten(filter: { organisatieId: $o }, first: 1) { totalCount } }', { o: gekozen.id });
    await statusLink(page, 'Alle').filter({ hasText: `Alle ${mijnInstrumenten.totalCount.toLocaleString('nl-NL')}` }).waitFor();
    for (const cel of await rijen(page).locator('td:nth-child(4)').allTextContents()) assert.equal(cel, gekozen.naam);
    await page.context().close();
  });

  it('shows every block of a fully filled instrument with sanitized rich text, and the voorbeeld in the public order', async () => {
    const page = await newPage('instrumenten');
    await page.getByRole('link', { name: `${NAAM} weergeven` }).click();
    await page.getByRole('heading', { level: 1, name: NAAM }).waitFor();
    assert.equal(await page.title(), `${NAAM} – Beheeromgeving`);
    const koppen = await page.getByRole('heading', { level: 2 }).allTextContents();
    assert.deepEqual(koppen, [
      'Status en publicatie', 'Instrument details', 'Doel', 'Werkwijze', 'Onderscheidende aanpak', 'Voorwaarden voor deelname', 'Werkafspraken',
      'Samenwerkingspartners', 'Toelichting doelgroep', 'Aanvullende informatie', 'Aanmelden', 'Duur, intensiteit en kosten', 'Kenmerken',
      'Contactpersonen', 'Locaties', 'Registratiecodes', 'Meer informatie', 'Beschikbare gebieden', 'Wijzigingen',
    ]);
    const tekst = (await page.locator('article').innerText()).replace(/\u00a0/g, ' ');
    for (const verwacht of [
      'Gepubliceerd', 'Een traject naar werk', 'Taalniveau B1', '12 weken', '8 uur per week', '€ 1.250,00', 'Exclusief btw.', 'Fatima de Vries (extern, Trajectbegeleider)',
      'Hoofdkantoor (Bij de aanbieder), Stationsplein 1, 1012 AB Amsterdam', 'WF-2026 – Zaaksysteem', 'Website van het traject', 'Folder', 'Zo werkt het traject (YouTube)',
      'Amsterdam', 'Tegels werklandschap', 'Klantkenmerken', 'Uitvoeringsvorm',
    ]) assert.ok(tekst.includes(verwacht), `missing "${verwacht}"`);
    assert.equal(await page.getByRole('heading', { name: 'Doel', exact: true }).locator('xpath=..').locator('strong', { hasText: 'nadruk' }).count(), 1);
    // Neither the API's input nor the database's raw HTML ran or left an attribute behind.
    assert.equal(await page.evaluate(() => (window as any).__xss), undefined);
    assert.equal(await page.locator('article script, article img, article [onerror], article a[href^="javascript"]').count(), 0);
    assert.deepEqual(await seriousViolations(page), []);
    await saveScreenshot(page, 'instrument-weergeven', 'admin');

    await page.getByRole('link', { name: 'Voorbeeld' }).click();
    await page.getByText('Voorbeeld: zo ziet het instrument eruit in Eva.').waitFor();
    assert.equal(await page.title(), `Voorbeeld: ${NAAM} – Beheeromgeving`);
    const voorbeeld = page.getByRole('article', { name: `Voorbeeld van ${NAAM}` });
    assert.deepEqual(await voorbeeld.getByRole('heading', { level: 2 }).allTextContents(), [
      'Doel', 'Werkwijze', 'Onderscheidende aanpak', 'Voorwaarden voor deelname', 'Werkafspraken', 'Samenwerkingspartners', 'Toelichting doelgroep',
      'Aanvullende informatie', 'Aanmelden', 'Duur, intensiteit en kosten', 'Kenmerken', 'Contactpersonen', 'Locaties', 'Registratiecodes',
      'Meer informatie', 'Beschikbare gebieden',
    ]);
    assert.equal(await page.evaluate(() => (window as any).__xss), undefined);
    assert.equal(await voorbeeld.locator('script, img, [onerror]').count(), 0);
    assert.deepEqual(await seriousViolations(page), []);
    await saveScreenshot(page, 'instrument-voorbeeld', 'admin');
    await page.context().close();
  });

  it('publishes with a window, shows a conflict with a reload button, depublishes, and lists the changes with before and after', async () => {
    const page = await newPage(`instrumenten/${instrumentId}`);
    await page.getByRole('heading', { level: 1, name: NAAM }).waitFor();
    const [vanaf, totEnMet] = [dag(10), dag(40)];
    await page.getByLabel('Publiceren vanaf').fill(vanaf);
    await page.getByLabel('Publiceren tot en met').fill(totEnMet);
    await page.getByRole('button', { name: 'Periode opslaan' }).click();
    await page.getByText('Het instrument is gepubliceerd.').waitFor();
    await page.locator('.status-label', { hasText: 'Gepland' }).waitFor();
    const api = async () => (await gql('query($id: ID!) { beheerInstrument(id: $id) { version status publiceren publiceerVanaf publiceerTotEnMet } }', { id: instrumentId })).beheerInstrument;
    const { status, publiceren, publiceerVanaf, publiceerTotEnMet } = await api();
    assert.deepEqual({ status, publiceren, publiceerVanaf, publiceerTotEnMet }, { status: 'GEPLAND', publiceren: true, publiceerVanaf: vanaf, publiceerTotEnMet: totEnMet });

    // Someone else changes it meanwhile: the depublish is refused, said plainly, and the reload button recovers.
    const { version } = await api();
    await landelijk('mutation($id: ID!, $v: Int!) { updateInstrument(id: $id, version: $v, input: { toelichtingKosten: "Inclusief btw." }) { version } }', { id: instrumentId, v: version });
    await page.getByRole('button', { name: 'Depubliceren' }).click();
    await page.getByText('Iemand anders heeft dit instrument intussen gewijzigd.').waitFor();
    assert.equal((await api()).publiceren, true);
    await page.getByRole('button', { name: 'Nieuwste versie laden' }).click();
    await page.getByText('Inclusief btw.').waitFor();
    await page.getByRole('button', { name: 'Depubliceren' }).click();
    await page.getByText('Het instrument is gedepubliceerd', { exact: false }).waitFor();
    await page.locator('.status-label', { hasText: 'Concept' }).waitFor();
    assert.equal((await api()).status, 'CONCEPT');

    // The history: newest first, by "jou", each changed field with its value before and after.
    const geschiedenis = page.locator('.audit-geschiedenis');
    await geschiedenis.getByRole('heading', { level: 3, name: /gedepubliceerd door jou/ }).waitFor();
    // The other beheerder's change by their naam, from accounts.
    const { me: ander } = await landelijk('{ me { naam } }');
    await geschiedenis.getByRole('heading', { level: 3, name: new RegExp(`: gewijzigd door ${ander.naam}$`) }).waitFor();
    const publicatie = geschiedenis.locator('.audit-item', { has: page.getByRole('heading', { name: /: gepubliceerd door jou/ }) }).first();
    const rij = publicatie.getByRole('row', { name: /Publiceren vanaf/ });
    assert.deepEqual(await rij.getByRole('cell').allTextContents(), ['(leeg)', datum(vanaf)]);
    const kosten = geschiedenis.getByRole('row', { name: /Toelichting kosten/ }).first();
    assert.deepEqual(await kosten.getByRole('cell').allTextContents(), ['Exclusief btw.', 'Inclusief btw.']);
    const download = geschiedenis.getByRole('row', { name: /Downloads/ }).first();
    assert.deepEqual(await download.getByRole('cell').allTextContents(), ['(geen)', 'Folder · folder.pdf']);
    assert.equal(await geschiedenis.getByText('{').count(), 0);
    assert.deepEqual(await seriousViolations(page), []);
    await saveScreenshot(page, 'instrument-geschiedenis', 'admin');
    await page.context().close();
  });

  it('deletes only after the confirmation: cancel keeps it, confirm puts it in the prullenbak', async () => {
    const page = await newPage(`instrumenten/${instrumentId}`);
    await page.getByRole('heading', { level: 1, name: NAAM }).waitFor();
    await page.getByRole('button', { name: 'Verwijderen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Instrument verwijderen?' });
    await dialog.waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await saveScreenshot(page, 'instrument-verwijderen', 'admin');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.equal((await gql('query($id: ID!) { beheerInstrument(id: $id) { id } }', { id: instrumentId })).beheerInstrument.id, instrumentId);

    await page.getByRole('button', { name: 'Verwijderen' }).click();
    await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Instrumenten' }).waitFor();
    await page.getByText(`"${NAAM}" is verwijderd.`, { exact: false }).waitFor();
    await page.getByLabel('Zoek op naam').fill('Volledig traject');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText('Er zijn geen instrumenten die hierbij passen.', { exact: false }).waitFor();
    const { prullenbak } = await gql('{ prullenbak(first: 100) { nodes { id soort } } }');
    assert.ok(prullenbak.nodes.some((n: { id: string; soort: string }) => n.id === instrumentId && n.soort === 'INSTRUMENT'));
    await page.context().close();
  });

  it("shows another organisatie's instrument as not allowed, without its data", async () => {
    const page = await newPage(`instrumenten/${vreemdId}`);
    await page.getByRole('heading', { level: 1, name: 'Geen toegang tot dit instrument' }).waitFor();
    const tekst = await page.locator('main').innerText();
    assert.ok(!tekst.includes(VREEMD) && !tekst.includes('Geheim voor de regio.'));
    assert.deepEqual(await seriousViolations(page), []);
    await page.goto(app.admin.url + `instrumenten/${vreemdId}/voorbeeld`);
    await page.getByRole('heading', { level: 1, name: 'Geen toegang tot dit instrument' }).waitFor();
    assert.ok(!(await page.locator('main').innerText()).includes(VREEMD));
    await page.goto(app.admin.url + 'instrumenten/00000000-0000-4000-8000-000000000000');
    await page.getByRole('heading', { level: 1, name: 'Instrument niet gevonden' }).waitFor();
    await page.context().close();
  });
});
