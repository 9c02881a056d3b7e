import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { seriousViolations } from './accessibility.js';
import { saveScreenshot } from './screenshots.js';
import { DEMO, loginAdmin, startAdminApp, type AdminApp } from './web-app.js';

/** Moderation and systems in the beheeromgeving: reviews, prullenbak, export/import, API keys, gebruikers, audit. */
describe('admin: reviews, prullenbak, uitwisseling, koppelingen, gebruikers and wijzigingen', () => {
  let app: AdminApp;
  let regio: Record<string, string>;
  let landelijk: Record<string, string>;
  /** The organisatie with the most demo instruments (the landelijk beheerder manages it). */
  let organisatie: { id: string; naam: string };
  /** The regiobeheerder's first organisatie. */
  let regioOrganisatie: { id: string; naam: string };

  beforeAll(async () => {
    app = await startAdminApp(60);
    regio = app.platform.bearer(await app.platform.login(DEMO.regio, DEMO.wachtwoord));
    landelijk = app.platform.bearer(await app.platform.login(DEMO.landelijk, DEMO.wachtwoord));
    const me: any = await app.platform.gql('{ me { organisaties { id naam } } }', {}, regio);
    regioOrganisatie = me.data.me.organisaties[0];
    const alle: any = await app.platform.gql('{ organisaties { id naam } }', {}, landelijk);
    let meeste = -1;
    for (const o of alle.data.organisaties as { id: string; naam: string }[]) {
      const r: any = await app.platform.gql('query($o: ID) { mijnInstrumenten(filter: { organisatieId: $o }, first: 1) { totalCount } }', { o: o.id }, landelijk);
      if (r.data.mijnInstrumenten.totalCount > meeste) (meeste = r.data.mijnInstrumenten.totalCount), (organisatie = o);
    }
    assert.ok(meeste >= 3, `instruments of the best filled organisatie: ${meeste}`);
  });
  afterAll(() => app?.close());

  async function pageAs(email: string, path: string, options: BrowserContextOptions = {}): Promise<Page> {
    const page = await (await app.browser.newContext(options)).newPage();
    await loginAdmin(page, app.admin.url, email, path);
    return page;
  }

  /**
   * The `n`th instrument (by naam) of `organisatie`, changed by the landelijk beheerder; with `gepubliceerd` a
   * published one of the regiobeheerder (who moderates its reviews).
   */
  async function instrumentVan(n: number, gepubliceerd = false): Promise<{ id: string; naam: string; version: number }> {
    const result: any = await app.platform.gql(
      'query($o: ID, $s: InstrumentStatus) { mijnInstrumenten(filter: { status: $s, organisatieId: $o }, first: 20) { nodes { id naam version } } }',
      gepubliceerd ? { s: 'GEPUBLICEERD' } : { o: organisatie.id },
      gepubliceerd ? regio : landelijk,
    );
    return result.data.mijnInstrumenten.nodes[n];
  }

  async function check(page: Page, screenshot: string): Promise<void> {
    assert.deepEqual(await seriousViolations(page), [], screenshot);
    await saveScreenshot(page, screenshot, 'admin');
  }

  it('hides a review with a reason; it shows under verborgen and is gone from the public API', async () => {
    const instrument = await instrumentVan(0, true);
    await app.platform.createGebruiker({ email: 'schrijver@test.nl', naam: 'Schrijver Test', rol: 'PROFESSIONAL' });
    const schrijver = app.platform.bearer(await app.platform.login('schrijver@test.nl'));
    const created: any = await app.platform.gql(
      'mutation($i: ID!) { createReview(instrumentId: $i, sterren: 2, tekst: "Meneer Jansen vond het niks") { id } }',
      { i: instrument.id },
      schrijver,
    );
    const reviewId = created.data.createReview.id;

    const page = await pageAs(DEMO.regio, 'reviews');
    await page.getByRole('heading', { level: 1, name: 'Reviews' }).waitFor();
    assert.equal(await page.title(), 'Reviews – Beheeromgeving');
    const rij = page.getByRole('row').filter({ hasText: 'Meneer Jansen vond het niks' });
    await rij.getByText(instrument.naam).waitFor();
    await check(page, 'reviews');

    await rij.getByRole('button', { name: 'Verbergen: review van Schrijver Test' }).click();
    const dialoog = page.getByRole('dialog', { name: 'Review verbergen?' });
    await dialoog.getByRole('button', { name: 'Verbergen' }).click();
    await dialoog.getByText('Geef een reden waarom je de review verbergt.').waitFor();
    await saveScreenshot(page, 'reviews-verbergen', 'admin');
    await dialoog.getByLabel('Reden (verplicht)').fill('Noemt een klant bij naam');
    await dialoog.getByRole('button', { name: 'Verbergen' }).click();
    await page.getByText('De review is verborgen.').waitFor();

    await page.getByLabel('Toon').selectOption('verborgen');
    await page.getByRole('row').filter({ hasText: 'Meneer Jansen vond het niks' }).getByText('Reden: Noemt een klant bij naam').waitFor();
    assert.match(page.url(), /toon=verborgen/);
    await check(page, 'reviews-verborgen');

    const publiek: any = await app.platform.gql('query($i: ID!) { instrument(id: $i) { reviews(first: 100) { nodes { id } } } }', { i: instrument.id });
    assert.ok(!publiek.data.instrument.reviews.nodes.some((n: { id: string }) => n.id === reviewId));
    await page.context().close();
  });

  it('restores a deleted instrument from the prullenbak', async () => {
    const instrument = await instrumentVan(1);
    const deleted: any = await app.platform.gql('mutation($id: ID!, $v: Int) { deleteInstrument(id: $id, version: $v) }', { id: instrument.id, v: instrument.version }, landelijk);
    assert.equal(deleted.errors, undefined, JSON.stringify(deleted.errors));

    const page = await pageAs(DEMO.landelijk, 'prullenbak');
    await page.getByRole('heading', { level: 1, name: 'Prullenbak' }).waitFor();
    assert.equal(await page.title(), 'Prullenbak – Beheeromgeving');
    await page.getByRole('row').filter({ hasText: instrument.naam }).waitFor();
    await check(page, 'prullenbak');

    await page.getByRole('button', { name: `Terugzetten: ${instrument.naam}` }).first().click();
    await page.getByText(`Instrument "${instrument.naam}" is teruggezet.`).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Bekijk het instrument' }).getAttribute('href'), `/instrumenten/${instrument.id}`);
    await saveScreenshot(page, 'prullenbak-teruggezet', 'admin');

    const terug: any = await app.platform.gql('query($id: ID!) { beheerInstrument(id: $id) { id naam } }', { id: instrument.id }, landelijk);
    assert.deepEqual(terug.data.beheerInstrument, { id: instrument.id, naam: instrument.naam });
    await page.context().close();
  });

  it('exports JSON and CSV, and the proefimport of the exported file finds every instrument unchanged', async () => {
    const page = await pageAs(DEMO.landelijk, 'uitwisseling');
    await page.getByRole('heading', { level: 1, name: 'Exporteren en importeren' }).waitFor();
    assert.equal(await page.title(), 'Exporteren en importeren – Beheeromgeving');
    await page.getByLabel('Organisatie', { exact: true }).selectOption({ label: organisatie.naam });
    await check(page, 'uitwisseling');

    const aantal: any = await app.platform.gql('query($o: ID) { mijnInstrumenten(filter: { organisatieId: $o }, first: 1) { totalCount } }', { o: organisatie.id }, landelijk);
    const totaal = aantal.data.mijnInstrumenten.totalCount as number;
    assert.ok(totaal > 0);

    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download als JSON (om te importeren)' }).click()]);
    const jsonPad = await json.path();
    const bestand = JSON.parse(readFileSync(jsonPad, 'utf8'));
    assert.equal(bestand.formaat, 'instrumentenformat/1');
    assert.equal(bestand.instrumenten.length, totaal);
    assert.ok(bestand.instrumenten.every((i: { organisatie: { id: string } }) => i.organisatie.id === organisatie.id));

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download als CSV (om te lezen)' }).click()]);
    const tekst = readFileSync(await csv.path(), 'utf8');
    assert.equal(tekst.charCodeAt(0), 0xfeff);
    assert.ok(tekst.slice(1).startsWith('Id;Gids;Type;Naam;Organisatie;'));
    // Every instrument of the JSON file has its row (texts may hold line breaks, so rows are not lines).
    for (const instrument of bestand.instrumenten as { id: string }[]) assert.ok(tekst.includes(`\r\n${instrument.id};`), instrument.id);

    await page.getByLabel('Importeren in organisatie').selectOption(organisatie.id);
    await page.getByLabel('Bestand (JSON)').setInputFiles(jsonPad);
    await page.getByRole('button', { name: 'Proefimport' }).click();
    await page.getByRole('heading', { name: /^Proefimport van/ }).waitFor();
    const rapport = page.locator('.import-rapport tbody tr');
    assert.equal(await rapport.count(), totaal);
    assert.deepEqual([...new Set(await rapport.locator('td:nth-child(3)').allTextContents())], ['Ongewijzigd']);
    await check(page, 'uitwisseling-proefimport');

    await page.getByRole('button', { name: 'Toepassen' }).click();
    await page.getByText(`De import is uitgevoerd: 0 nieuw, 0 gewijzigd, ${totaal} ongewijzigd, 0 met een fout.`).waitFor();
    await saveScreenshot(page, 'uitwisseling-toegepast', 'admin');
    await page.context().close();
  });

  it('creates an API key shown once, syncs registratiecodes with it, revokes it and sees it refused', async () => {
    const page = await pageAs(DEMO.regio, 'koppelingen', { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.getByRole('heading', { level: 1, name: 'Koppelingen voor systemen' }).waitFor();
    assert.equal(await page.title(), 'Koppelingen voor systemen – Beheeromgeving');
    await check(page, 'koppelingen');

    // All problems at once, next to their fields.
    await page.getByRole('button', { name: 'Sleutel maken' }).click();
    await page.getByText('Kies minstens één scope.').waitFor();

    await page.getByLabel('Naam').fill('Zaaksysteem test');
    await page.getByLabel(/^Registratiecodes/).check();
    await page.getByLabel('Organisatie').selectOption({ label: regioOrganisatie.naam });
    await page.getByRole('button', { name: 'Sleutel maken' }).click();
    await page.getByText('Hij wordt maar één keer getoond').waitFor();
    const key = (await page.getByTestId('api-sleutel').textContent())!.trim();
    assert.match(key, /^ig_/);
    await page.getByRole('button', { name: 'Kopieer sleutel' }).click();
    await page.getByText('De sleutel is gekopieerd.').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), key);
    await check(page, 'koppelingen-nieuwe-sleutel');

    const sync = () =>
      fetch(app.platform.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': key },
        body: JSON.stringify({ query: '{ registratiecodes(first: 5) { totalCount nodes { code } } }' }),
      });
    const eerst = await sync();
    assert.equal(eerst.status, 200);
    const body: any = await eerst.json();
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.equal(typeof body.data.registratiecodes.totalCount, 'number');

    await page.getByRole('button', { name: 'Ik heb de sleutel bewaard' }).click();
    const rij = page.getByRole('row').filter({ hasText: 'Zaaksysteem test' });
    await rij.getByText('Actief').waitFor();
    await rij.getByRole('button', { name: 'Intrekken: Zaaksysteem test' }).click();
    await page.getByRole('dialog', { name: 'Sleutel intrekken?' }).getByRole('button', { name: 'Intrekken' }).click();
    await page.getByText('De sleutel "Zaaksysteem test" is ingetrokken.').waitFor();
    await rij.getByText(/^Ingetrokken op/).waitFor();
    assert.equal(await page.getByTestId('api-sleutel').count(), 0);
    assert.equal((await sync()).status, 401);
    await page.context().close();
  });

  it('lets the landelijk beheerder create and deactivate a gebruiker, and keeps the regiobeheerder out', async () => {
    const page = await pageAs(DEMO.landelijk, 'gebruikers');
    await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
    assert.equal(await page.title(), 'Gebruikers – Beheeromgeving');
    await check(page, 'gebruikers');

    await page.getByRole('link', { name: 'Nieuwe gebruiker maken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe gebruiker' }).waitFor();
    await page.getByLabel('Naam').fill('Nieuwe Collega');
    await page.getByLabel('E-mailadres').fill('nieuwe.collega@test.nl');
    await page.getByLabel('Rol').selectOption('REGIO_BEHEERDER');
    await page.getByLabel(regioOrganisatie.naam).check();
    await page.getByLabel('Eerste wachtwoord').fill('kort');
    await page.getByRole('button', { name: 'Gebruiker maken' }).click();
    await page.getByText('Het wachtwoord moet minstens 12 tekens hebben.').waitFor();
    await check(page, 'gebruiker-nieuw');
    await page.getByLabel('Eerste wachtwoord').fill('een-goed-wachtwoord');
    await page.getByRole('button', { name: 'Gebruiker maken' }).click();
    await page.getByText('De gebruiker "Nieuwe Collega" is gemaakt.').waitFor();
    assert.ok(await app.platform.login('nieuwe.collega@test.nl', 'een-goed-wachtwoord'));

    await page.getByLabel('Zoek op naam of e-mailadres').fill('nieuwe.collega');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    const rij = page.getByRole('row').filter({ hasText: 'nieuwe.collega@test.nl' });
    await rij.getByText('Regiobeheerder').waitFor();
    assert.equal(await page.getByRole('row').count(), 2);
    await rij.getByRole('button', { name: 'Deactiveren: Nieuwe Collega' }).click();
    await page.getByRole('dialog', { name: 'Gebruiker deactiveren?' }).getByRole('button', { name: 'Deactiveren' }).click();
    await page.getByText('Nieuwe Collega is gedeactiveerd').waitFor();
    await rij.getByText('Gedeactiveerd').waitFor();
    await assert.rejects(app.platform.login('nieuwe.collega@test.nl', 'een-goed-wachtwoord'));

    await rij.getByRole('link', { name: 'Nieuwe Collega' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gebeurtenissen van Nieuwe Collega' }).waitFor();
    await page.getByRole('cell', { name: 'Gedeactiveerd' }).waitFor();
    await page.getByRole('cell', { name: 'Account gemaakt' }).waitFor();
    await check(page, 'gebruiker-gebeurtenissen');
    await page.context().close();

    const regioPage = await pageAs(DEMO.regio, 'gebruikers');
    await regioPage.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    assert.equal(await regioPage.getByRole('navigation', { name: 'Beheermenu' }).getByRole('link', { name: 'Gebruikers' }).count(), 0);
    await check(regioPage, 'gebruikers-geen-toegang');
    await regioPage.context().close();
  });

  it('shows a change with its before and after, per record', async () => {
    const instrument = await instrumentVan(2);
    const nieuweNaam = `${instrument.naam} (nieuw)`;
    const updated: any = await app.platform.gql(
      'mutation($id: ID!, $v: Int!, $naam: String) { updateInstrument(id: $id, version: $v, input: { naam: $naam }) { version } }',
      { id: instrument.id, v: instrument.version, naam: nieuweNaam },
      landelijk,
    );
    assert.equal(updated.errors, undefined, JSON.stringify(updated.errors));

    const page = await pageAs(DEMO.landelijk, `audit?entiteitId=${instrument.id}`);
    await page.getByRole('heading', { level: 1, name: 'Wijzigingen' }).waitFor();
    assert.equal(await page.title(), 'Wijzigingen – Beheeromgeving');
    const wijziging = page.locator('.audit-lijst__item').filter({ hasText: 'Instrument gewijzigd' }).first();
    await wijziging.getByText(/door jou \(/).waitFor();
    const naamRij = wijziging.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Naam', exact: true }) });
    assert.deepEqual(await naamRij.getByRole('cell').allTextContents(), [instrument.naam, nieuweNaam]);
    await check(page, 'wijzigingen');

    await page.getByRole('button', { name: 'Alle gegevens tonen' }).click();
    await page.getByRole('link', { name: 'Alle wijzigingen hiervan' }).first().waitFor();
    await page.context().close();
  });
});
