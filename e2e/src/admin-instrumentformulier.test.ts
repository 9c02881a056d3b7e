import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { seriousViolations } from './accessibility.js';
import { saveScreenshot } from './screenshots.js';
import { DEMO, loginAdmin, startAdminApp, type AdminApp } from './web-app.js';

const INSTRUMENT = `
  id version naam type publiceren publiceerVanaf publiceerTotEnMet samenvatting doel werkwijze
  totaleDuur duurEenheid toelichtingDuur intensiteit totaleKosten toelichtingKosten
  organisatie { id } aanbieder { id }
  kenmerken { categorie { code } kenmerken { code naam } }
  beschikbareGebieden { landelijk regios { code } gemeenten { code } wijken { id } }
  contactpersonen { soort label contactpersoon { id } }
  locaties { naam type inGebruik adres { id } }
  registratiecodes { code label } links { label url } downloads { label bestandsnaam grootte mimeType } videos { label youtubeId }`;

/** A PDF as the API recognises one (by its first bytes) of the given size. */
const pdf = (bytes: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(bytes - 9, 65)]);

/** The creation and editing of an instrument (issue 14): two steps, every koppeling, errors, conflicts, keyboard. */
describe('admin: the instrument form', () => {
  let app: AdminApp;
  let token: Record<string, string>;
  let organisatieId: string;
  let records: { contactpersoon: string; adres: string; wijk: string };
  let instrumentId: string;

  const api = async (query: string, variables: Record<string, unknown> = {}) => {
    const result: any = await app.platform.gql(query, variables, token);
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return result.data;
  };
  const instrument = async (id: string) => (await api(`query($id: ID!) { beheerInstrument(id: $id) { ${INSTRUMENT} } }`, { id })).beheerInstrument;

  beforeAll(async () => {
    app = await startAdminApp(30);
    token = app.platform.bearer(await app.platform.login(DEMO.regio, DEMO.wachtwoord));
    const { me } = await api('{ me { organisaties { id naam } } }');
    organisatieId = me.organisaties.find((o: { naam: string }) => o.naam === 'Werkbedrijf Groot Amsterdam').id;
    // The reusable records stap 2 links to are made beforehand, as the invoerwijzer says they must be.
    const { createContactpersoon } = await api('mutation($input: CreateContactpersoonInput!) { createContactpersoon(input: $input) { id } }', {
      input: { organisatieId, naam: 'Tess Testpersoon', email: 'tess@example.nl' },
    });
    const { createAdres } = await api('mutation($input: CreateAdresInput!) { createAdres(input: $input) { id } }', {
      input: { organisatieId, straat: 'Teststraat', huisnummer: '5', postcode: '1011 AA', plaats: 'Amsterdam' },
    });
    const { createWijk } = await api('mutation($input: CreateWijkInput!) { createWijk(input: $input) { id } }', {
      input: { organisatieId, gemeenteCode: 'GM0363', naam: 'Testwijk Noord' },
    });
    records = { contactpersoon: createContactpersoon.id, adres: createAdres.id, wijk: createWijk.id };
  });
  afterAll(() => app?.close());

  async function newPage(path: string) {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await loginAdmin(page, app.admin.url, DEMO.regio, path);
    return page;
  }

  const editor = (page: Page, label: RegExp) => page.getByRole('textbox', { name: label });
  const veldVan = (page: Page, control: Locator) => page.locator('.utrecht-form-field', { has: control });
  const blok = (page: Page, naam: RegExp) => page.getByRole('region', { name: naam });

  async function kiesGidsEnOrganisatie(page: Page) {
    await page.getByRole('heading', { level: 1, name: 'Nieuw instrument' }).waitFor();
    await page.getByRole('radio', { name: /^Eva/ }).check();
    const organisatie = page.getByRole('combobox', { name: /^Organisatie/ });
    await organisatie.locator('option').nth(1).waitFor({ state: 'attached' });
    return organisatie;
  }

  it('creates an Eva instrument in two steps with every kind of koppeling, all stored', async () => {
    const page = await newPage('instrumenten/nieuw');
    const organisatie = await kiesGidsEnOrganisatie(page);
    assert.equal(await page.title(), 'Nieuw instrument – Beheeromgeving');
    // Only the beheerder's own organisaties (regio@demo.nl: two of them).
    assert.deepEqual((await organisatie.locator('option').allTextContents()).slice(1).sort(), ['Werkbedrijf Groot Amsterdam', 'Werkbedrijf Rijnmond']);
    await organisatie.selectOption(organisatieId);
    const aanbieder = page.getByRole('combobox', { name: /^Aanbieder/ });
    await aanbieder.locator('option').nth(1).waitFor({ state: 'attached' });
    const aanbiederId = await aanbieder.locator('option').nth(1).getAttribute('value');
    await aanbieder.selectOption(aanbiederId!);
    await page.getByRole('textbox', { name: /^Naam instrument/ }).fill('Werkfit in twee stappen');
    await page.getByRole('radio', { name: 'Leerwerktraject' }).check();
    await page.getByLabel('Publiceer vanaf').fill('2026-01-01');
    await page.getByLabel('Publiceer tot en met').fill('2030-12-31');
    await page.getByRole('textbox', { name: /^Samenvatting/ }).fill('Een traject naar werk met een vaste coach.');

    // Rich text: typed with the toolbar's bold, and pasted Word-like HTML arrives as plain text.
    const doel = editor(page, /^Doel/);
    await doel.click();
    await page.keyboard.type('Het doel is ');
    const vet = veldVan(page, doel).getByRole('button', { name: 'Vet' });
    await vet.click();
    assert.equal(await vet.getAttribute('aria-pressed'), 'true');
    await page.keyboard.type('werk');
    const werkwijze = editor(page, /^Werkwijze/);
    await werkwijze.click();
    await werkwijze.evaluate((element) => {
      const data = new DataTransfer();
      data.setData('text/html', '<p class="MsoNormal" style="color:red"><b>Eerst</b> <span style="font-size:20pt">kennismaken</span></p><script>alert(1)</script><p>Dan <a href="javascript:alert(1)">oefenen</a></p>');
      data.setData('text/plain', 'Eerst kennismaken\nDan oefenen');
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    assert.equal(await werkwijze.innerHTML(), '<p>Eerst kennismaken</p><p>Dan oefenen</p>');

    await page.getByRole('checkbox', { name: 'Coaching' }).check();
    await page.getByRole('textbox', { name: 'Totale duur', exact: true }).fill('12');
    await page.getByRole('combobox', { name: 'Totale duur (eenheid)' }).selectOption('WEEK');
    await page.getByRole('textbox', { name: 'Intensiteit', exact: true }).fill('2,5');
    await page.getByRole('textbox', { name: 'Totale kosten' }).fill('1.250,50');
    await page.getByRole('textbox', { name: 'Toelichting kosten' }).fill('Exclusief btw.');
    assert.deepEqual(await seriousViolations(page), []);
    await saveScreenshot(page, 'instrument-nieuw-stap-1', 'admin');

    await page.getByRole('button', { name: 'Opslaan en verder naar stap 2' }).click();
    await page.getByRole('heading', { level: 2, name: 'Stap 2: koppelingen' }).waitFor();
    assert.equal(await page.title(), 'Nieuw instrument – stap 2 – Beheeromgeving');
    instrumentId = /\/instrumenten\/([^/]+)\/bewerken/.exec(page.url())![1]!;

    // Kenmerken: one by "Koppel", a whole category by "Koppel alle", and one removed again with its cross.
    const tegels = blok(page, /^Tegels werklandschap/);
    await tegels.getByRole('combobox').selectOption({ label: 'Diagnostiek' });
    await tegels.getByRole('button', { name: 'Koppel', exact: true }).click();
    await tegels.getByRole('button', { name: 'Ontkoppel Diagnostiek' }).waitFor();
    const klantkenmerken = blok(page, /^Klantkenmerken/);
    await klantkenmerken.getByRole('button', { name: 'Koppel alle' }).click();
    const kruis = klantkenmerken.getByRole('button', { name: /^Ontkoppel / });
    await kruis.nth(2).waitFor();
    const alle = await kruis.count();
    const weg = (await kruis.first().locator('.visually-hidden').textContent())!.replace('Ontkoppel ', '');
    await kruis.first().click();
    await klantkenmerken.getByRole('button', { name: `Ontkoppel ${weg}`, exact: true }).waitFor({ state: 'detached' });
    assert.equal(await kruis.count(), alle - 1);
    const groep = blok(page, /^Groep\/individueel/);
    await groep.getByRole('combobox').selectOption({ index: 1 });
    await groep.getByRole('button', { name: 'Koppel', exact: true }).click();
    await groep.getByRole('button', { name: /^Ontkoppel / }).waitFor();

    const contact = blok(page, /^Contactpersonen/);
    await contact.getByRole('combobox', { name: 'Contactpersoon' }).selectOption(records.contactpersoon);
    await contact.getByRole('combobox', { name: 'Soort' }).selectOption('INTERN');
    await contact.getByRole('textbox', { name: /^Label/ }).fill('Trajectbegeleider');
    await contact.getByRole('button', { name: 'Koppel contactpersoon' }).click();
    await contact.getByRole('button', { name: 'Ontkoppel Tess Testpersoon' }).waitFor();

    const locaties = blok(page, /^Locaties uitvoering/);
    await locaties.getByRole('textbox', { name: 'Naam van de locatie' }).fill('Hoofdlocatie');
    await locaties.getByRole('combobox', { name: 'Adres' }).selectOption(records.adres);
    await locaties.getByRole('button', { name: 'Voeg locatie toe' }).click();
    await locaties.getByRole('button', { name: 'Ontkoppel Hoofdlocatie' }).waitFor();

    const codes = blok(page, /^Registratiecodes/);
    await codes.getByRole('textbox', { name: 'Code' }).fill('REG-001');
    await codes.getByRole('textbox', { name: /^Label/ }).fill('Zaaksysteem');
    await codes.getByRole('button', { name: 'Voeg registratiecode toe' }).click();
    await codes.getByRole('button', { name: 'Ontkoppel REG-001 (Zaaksysteem)' }).waitFor();

    const links = blok(page, /^Links/);
    await links.getByRole('textbox', { name: 'Tekst van de link' }).fill('Website van het traject');
    await links.getByRole('textbox', { name: 'Webadres' }).fill('https://example.nl/traject');
    await links.getByRole('button', { name: 'Voeg link toe' }).click();
    await links.getByRole('button', { name: 'Ontkoppel Website van het traject' }).waitFor();

    // Downloads: a file too big or of a wrong type is refused before anything is sent; a good one shows progress.
    const uploads: string[] = [];
    page.on('request', (request) => request.postData()?.includes('AddDownloadFormulier') && uploads.push(request.url()));
    const downloads = blok(page, /^Downloads/);
    const bestand = downloads.getByLabel('Bestand');
    await downloads.getByRole('textbox', { name: 'Naam van de download' }).fill('Folder');
    await bestand.setInputFiles({ name: 'groot.pdf', mimeType: 'application/pdf', buffer: pdf(10 * 1024 * 1024 + 1) });
    await downloads.getByText(/Het bestand is te groot/).waitFor();
    await downloads.getByRole('button', { name: 'Upload bestand' }).click();
    await bestand.setInputFiles({ name: 'programma.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ...') });
    await downloads.getByText(/Dit soort bestand kan niet/).waitFor();
    await downloads.getByRole('button', { name: 'Upload bestand' }).click();
    assert.deepEqual(uploads, []);
    await bestand.setInputFiles({ name: 'folder.pdf', mimeType: 'application/pdf', buffer: pdf(3 * 1024 * 1024) });
    await page.evaluate(() => {
      const w = window as unknown as { voortgang: string[] };
      w.voortgang = [];
      new MutationObserver(() => {
        const label = document.querySelector('.upload-voortgang label')?.textContent;
        if (label && w.voortgang.at(-1) !== label) w.voortgang.push(label);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await downloads.getByRole('button', { name: 'Upload bestand' }).click();
    await downloads.getByRole('status').getByText('folder.pdf is toegevoegd.').waitFor();
    await downloads.getByRole('button', { name: 'Ontkoppel Folder' }).waitFor();
    const voortgang: string[] = await page.evaluate(() => (window as unknown as { voortgang: string[] }).voortgang);
    assert.ok(voortgang.some((label) => /^Uploaden: \d+%$/.test(label)), JSON.stringify(voortgang));
    assert.equal(uploads.length, 1);

    // Video: a link is reduced to the identifier, with a preview before it is added.
    const videos = blok(page, /^Video's/);
    await videos.getByRole('textbox', { name: /^Titel van de video/ }).fill('Zo werkt het');
    await videos.getByRole('textbox', { name: 'YouTube-link of identifier' }).fill('https://www.youtube.com/watch?v=rVsqEJhVLFM&t=10s');
    await videos.getByText('rVsqEJhVLFM', { exact: true }).waitFor();
    assert.equal(await videos.getByRole('button', { name: 'Speel video af: Zo werkt het' }).locator('img').getAttribute('src'), 'https://i.ytimg.com/vi/rVsqEJhVLFM/hqdefault.jpg');
    await videos.getByRole('button', { name: 'Voeg video toe' }).click();
    await videos.getByRole('button', { name: 'Ontkoppel Zo werkt het' }).waitFor();

    // Beschikbare gebieden: regio first, then its gemeente, then that gemeente's wijk.
    const gebieden = blok(page, /^Beschikbare gebieden/);
    const regio = gebieden.getByRole('combobox', { name: 'Regio' });
    await regio.selectOption('AM18');
    await gebieden.getByRole('button', { name: 'Voeg regio toe' }).click();
    await gebieden.getByRole('button', { name: /^Ontkoppel Regio / }).waitFor();
    await regio.selectOption('AM17');
    await gebieden.getByRole('combobox', { name: 'Gemeente' }).selectOption('GM0479');
    await gebieden.getByRole('button', { name: 'Voeg gemeente toe' }).click();
    await gebieden.getByRole('button', { name: 'Ontkoppel Gemeente Zaanstad' }).waitFor();
    await regio.selectOption('AM18');
    await gebieden.getByRole('combobox', { name: 'Gemeente' }).selectOption('GM0363');
    await gebieden.getByRole('combobox', { name: 'Wijk' }).selectOption(records.wijk);
    await gebieden.getByRole('button', { name: 'Voeg wijk toe' }).click();
    await gebieden.getByRole('button', { name: 'Ontkoppel Wijk Testwijk Noord' }).waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await saveScreenshot(page, 'instrument-nieuw-stap-2', 'admin');

    const stored = await instrument(instrumentId);
    assert.equal(stored.naam, 'Werkfit in twee stappen');
    assert.equal(stored.type, 'LEERWERKTRAJECT');
    assert.equal(stored.organisatie.id, organisatieId);
    assert.equal(stored.aanbieder.id, aanbiederId);
    assert.deepEqual([stored.publiceren, stored.publiceerVanaf, stored.publiceerTotEnMet], [false, '2026-01-01', '2030-12-31']);
    assert.equal(stored.samenvatting, 'Een traject naar werk met een vaste coach.');
    assert.equal(stored.doel, '<p>Het doel is <strong>werk</strong></p>');
    assert.equal(stored.werkwijze, '<p>Eerst kennismaken</p><p>Dan oefenen</p>');
    assert.deepEqual([stored.totaleDuur, stored.duurEenheid, stored.intensiteit, stored.totaleKosten, stored.toelichtingKosten], [12, 'WEEK', 2.5, '1250.50', 'Exclusief btw.']);
    const perCategorie = Object.fromEntries(stored.kenmerken.map((g: any) => [g.categorie.code, g.kenmerken.map((k: any) => k.naam)]));
    assert.deepEqual(perCategorie.EVA_TEGEL, ['Diagnostiek']);
    assert.deepEqual(perCategorie.EVA_UITVOERINGSVORM, ['Coaching']);
    assert.equal(perCategorie.EVA_KLANTKENMERK.length, alle - 1);
    assert.ok(!perCategorie.EVA_KLANTKENMERK.includes(weg));
    assert.equal(perCategorie.EVA_GROEPSVORM.length, 1);
    assert.deepEqual(stored.contactpersonen, [{ soort: 'INTERN', label: 'Trajectbegeleider', contactpersoon: { id: records.contactpersoon } }]);
    assert.deepEqual(stored.locaties, [{ naam: 'Hoofdlocatie', type: 'ADRES', inGebruik: true, adres: { id: records.adres } }]);
    assert.deepEqual(stored.registratiecodes, [{ code: 'REG-001', label: 'Zaaksysteem' }]);
    assert.deepEqual(stored.links, [{ label: 'Website van het traject', url: 'https://example.nl/traject' }]);
    assert.deepEqual(stored.downloads, [{ label: 'Folder', bestandsnaam: 'folder.pdf', grootte: 3 * 1024 * 1024, mimeType: 'application/pdf' }]);
    assert.deepEqual(stored.videos, [{ label: 'Zo werkt het', youtubeId: 'rVsqEJhVLFM' }]);
    assert.deepEqual(stored.beschikbareGebieden, { landelijk: false, regios: [{ code: 'AM18' }], gemeenten: [{ code: 'GM0479' }], wijken: [{ id: records.wijk }] });
    await page.context().close();
  });

  it("shows the API's errors for empty required fields next to each field, all at once", async () => {
    const page = await newPage('instrumenten/nieuw');
    const organisatie = await kiesGidsEnOrganisatie(page);
    await page.getByRole('textbox', { name: 'Totale kosten' }).fill('veel');
    await page.getByRole('button', { name: 'Opslaan en verder naar stap 2' }).click();
    // A word in a number never reaches the API (its types would refuse the whole request): the form says so itself.
    await veldVan(page, page.getByRole('textbox', { name: 'Totale kosten' })).getByText(/Vul een bedrag in euro in/).waitFor();
    await veldVan(page, organisatie).getByText('Kies een organisatie.').waitFor();
    await organisatie.selectOption(organisatieId);
    const aanbieder = page.getByRole('combobox', { name: /^Aanbieder/ });
    await veldVan(page, aanbieder).getByText('Kies een aanbieder.').waitFor();
    await aanbieder.locator('option').nth(1).waitFor({ state: 'attached' });
    await aanbieder.selectOption({ index: 1 });
    await page.getByRole('textbox', { name: 'Totale kosten' }).fill('');
    await page.getByRole('button', { name: 'Opslaan en verder naar stap 2' }).click();
    await page.getByRole('alert').first().getByText('Niet alles is goed ingevuld. Kijk de velden met een melding na.').waitFor();
    const naam = page.getByRole('textbox', { name: /^Naam instrument/ });
    await veldVan(page, naam).getByText('Vul de naam in: dit veld is verplicht.').waitFor();
    assert.equal(await naam.getAttribute('aria-invalid'), 'true');
    await veldVan(page, page.getByRole('textbox', { name: /^Samenvatting/ })).getByText('Vul de samenvatting in: dit veld is verplicht.').waitFor();
    const doel = editor(page, /^Doel/);
    await veldVan(page, doel).getByText('Vul het doel in: dit veld is verplicht.').waitFor();
    assert.equal(await doel.getAttribute('aria-invalid'), 'true');
    await veldVan(page, editor(page, /^Werkwijze/)).getByText('Vul de werkwijze in: dit veld is verplicht.').waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await page.context().close();
  });

  it('edits, meets a CONFLICT from a second browser context and recovers without losing its own text', async () => {
    const a = await newPage(`instrumenten/${instrumentId}/bewerken`);
    const b = await newPage(`instrumenten/${instrumentId}/bewerken`);
    for (const page of [a, b]) await page.getByRole('textbox', { name: /^Naam instrument/ }).waitFor();
    assert.equal(await a.title(), 'Instrument bewerken – stap 1 – Beheeromgeving');
    assert.equal(await a.getByRole('textbox', { name: /^Naam instrument/ }).inputValue(), 'Werkfit in twee stappen');
    assert.equal(await a.getByRole('textbox', { name: 'Totale kosten' }).inputValue(), '1250,50');
    assert.deepEqual(await seriousViolations(a), []);
    await saveScreenshot(a, 'instrument-bewerken', 'admin');

    await b.getByRole('textbox', { name: /^Samenvatting/ }).fill('Samenvatting van B.');
    await b.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await b.getByText('De wijzigingen zijn opgeslagen.', { exact: false }).waitFor();

    await a.getByRole('textbox', { name: /^Naam instrument/ }).fill('Werkfit, de naam van A');
    await a.getByRole('button', { name: 'Opslaan', exact: true }).click();
    const melding = a.getByRole('heading', { name: 'Iemand anders heeft dit instrument intussen gewijzigd' });
    await melding.waitFor();
    assert.deepEqual(await a.getByRole('list', { name: 'Intussen gewijzigd' }).getByRole('listitem').allTextContents(), ['Samenvatting']);
    assert.equal(await (await instrument(instrumentId)).naam, 'Werkfit in twee stappen');
    assert.deepEqual(await seriousViolations(a), []);
    await saveScreenshot(a, 'instrument-conflict', 'admin');

    await a.getByRole('button', { name: 'Nieuwste versie laden en mijn wijzigingen houden' }).click();
    assert.equal(await a.getByRole('textbox', { name: /^Naam instrument/ }).inputValue(), 'Werkfit, de naam van A');
    assert.equal(await a.getByRole('textbox', { name: /^Samenvatting/ }).inputValue(), 'Samenvatting van B.');
    await a.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await a.getByText('De wijzigingen zijn opgeslagen.', { exact: false }).waitFor();
    const stored = await instrument(instrumentId);
    assert.deepEqual([stored.naam, stored.samenvatting], ['Werkfit, de naam van A', 'Samenvatting van B.']);
    await a.context().close();
    await b.context().close();
  });

  it('asks before leaving with unsaved changes', async () => {
    const page = await newPage(`instrumenten/${instrumentId}/bewerken`);
    await page.getByRole('textbox', { name: /^Naam instrument/ }).fill('Nog niet opgeslagen');
    const menu = page.getByRole('navigation', { name: 'Beheermenu' });
    await menu.getByRole('link', { name: 'Dashboard', exact: true }).click();
    const vraag = page.getByRole('dialog', { name: 'Wijzigingen niet opgeslagen' });
    await vraag.waitFor();
    await vraag.getByRole('button', { name: 'Blijven en opslaan' }).click();
    assert.equal(await page.getByRole('textbox', { name: /^Naam instrument/ }).inputValue(), 'Nog niet opgeslagen');
    await menu.getByRole('link', { name: 'Dashboard', exact: true }).click();
    await vraag.getByRole('button', { name: 'Pagina verlaten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await page.context().close();
  });

  it('creates an instrument with the keyboard only, the focus visible at every stop', async () => {
    const page = await newPage('instrumenten/nieuw');
    await page.getByRole('heading', { level: 1, name: 'Nieuw instrument' }).waitFor();
    const aanbiederNaam = (await api('query($o: ID) { beheerAanbieders(organisatieId: $o) { naam } }', { o: organisatieId })).beheerAanbieders[0].naam;
    const teTypen: [RegExp, string][] = [
      [/^Organisatie/, 'Werkbedrijf Groot'],
      [/^Aanbieder/, aanbiederNaam],
      [/^Naam instrument/, 'Met het toetsenbord gemaakt'],
      [/^Samenvatting/, 'Alleen met Tab, typen, spatie en Enter.'],
      [/^Doel/, 'Het doel.'],
      [/^Werkwijze/, 'De werkwijze.'],
    ];
    let klaar = false;
    for (let stop = 0; stop < 400 && !klaar; stop++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const zichtbaar = style.outlineStyle !== 'none' || style.boxShadow !== 'none';
        const labelledBy = el.getAttribute('aria-labelledby');
        const label = (labelledBy && document.getElementById(labelledBy)?.textContent)
          || (el.id && document.querySelector(`label[for="${el.id}"]`)?.textContent)
          || el.getAttribute('aria-label') || el.textContent || '';
        return { zichtbaar, label: label.replace(/\s+/g, ' ').trim(), tag: el.tagName, type: el.getAttribute('type') };
      });
      if (!focus) continue;
      assert.ok(focus.zichtbaar, `focus not visible on ${focus.tag} "${focus.label}"`);
      if (focus.type === 'radio' && focus.label.startsWith('Eva')) await page.keyboard.press('Space');
      const typen = teTypen.find(([label]) => label.test(focus.label));
      if (typen && focus.tag !== 'BUTTON') {
        if (focus.tag === 'SELECT') await page.waitForFunction(() => (document.activeElement as HTMLSelectElement).options.length > 1);
        await page.keyboard.type(typen[1]);
      }
      if (focus.tag === 'BUTTON' && focus.label === 'Opslaan en verder naar stap 2') {
        await page.keyboard.press('Enter');
        klaar = true;
      }
    }
    assert.ok(klaar, 'the save button was never reached');
    await page.getByRole('heading', { level: 2, name: 'Stap 2: koppelingen' }).waitFor();
    const id = /\/instrumenten\/([^/]+)\/bewerken/.exec(page.url())![1]!;
    const stored = await instrument(id);
    assert.deepEqual([stored.naam, stored.organisatie.id, stored.doel], ['Met het toetsenbord gemaakt', organisatieId, '<p>Het doel.</p>']);
    await page.context().close();
  });
});
