import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { seriousViolations } from './accessibility.js';
import { saveScreenshot } from './screenshots.js';
import { DEMO, loginAdmin, startAdminApp, type AdminApp } from './web-app.js';

/** The beheeromgeving's frame: login, the menu per role, the dashboard's counts, profiel, logout. */
describe('admin: login, menu, dashboard and profiel', () => {
  let app: AdminApp;

  beforeAll(async () => {
    app = await startAdminApp(30);
  });
  afterAll(() => app?.close());

  async function newPage() {
    const context = await app.browser.newContext();
    return context.newPage();
  }

  it('sends who is not logged in to the login page, in Dutch on a wrong password, and back to the page asked for', async () => {
    const page = await newPage();
    await page.goto(app.admin.url + 'profiel');
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    assert.equal(await page.title(), 'Inloggen – Beheeromgeving');
    assert.deepEqual(await seriousViolations(page), []);
    await saveScreenshot(page, 'inloggen', 'admin');

    await page.getByLabel('E-mailadres').fill(DEMO.regio);
    await page.getByLabel('Wachtwoord').fill('fout-wachtwoord-123');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('alert').getByText('Het e-mailadres of het wachtwoord klopt niet.').waitFor();

    await page.getByLabel('Wachtwoord').fill(DEMO.wachtwoord);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Profiel' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/profiel');
    await page.context().close();
  });

  it("shows the regiobeheerder's name top left, the menu without Gebruikers, and the dashboard's counts of the API", async () => {
    const page = await newPage();
    await loginAdmin(page, app.admin.url, DEMO.regio);
    const menu = page.getByRole('navigation', { name: 'Beheermenu' });
    const token = app.platform.bearer(await app.platform.login(DEMO.regio, DEMO.wachtwoord));
    const me: any = await app.platform.gql('{ me { naam } }', {}, token);
    assert.equal(await menu.locator('strong').first().textContent(), me.data.me.naam);
    const items = await menu.getByRole('listitem').allTextContents();
    assert.deepEqual(items, [
      'Dashboard', 'Instrumenten', 'Aanbieders', 'Contactpersonen', 'Adressen', 'Wijken', 'Doelgroepen', 'Reviews', 'Prullenbak',
      'Exporteren en importeren', 'Koppelingen voor systemen', 'Data dashboard', 'Wijzigingen',
    ]);
    assert.equal(await page.title(), 'Dashboard – Beheeromgeving');

    for (const [status, label] of [['CONCEPT', 'concept'], ['GEPUBLICEERD', 'gepubliceerd']] as const) {
      const api: any = await app.platform.gql(`{ mijnInstrumenten(filter: { status: ${status} }, first: 1) { totalCount } }`, {}, token);
      const tegel = page.getByRole('list', { name: 'Instrumenten per status' }).getByRole('link', { name: new RegExp(` ${label}$`) });
      assert.equal(await tegel.textContent(), `${api.data.mijnInstrumenten.totalCount.toLocaleString('nl-NL')} ${label}`);
    }
    assert.deepEqual(await seriousViolations(page), []);
    await saveScreenshot(page, 'dashboard', 'admin');
    await page.context().close();
  });

  it('gives the landelijk beheerder Gebruikers, and a professional no access', async () => {
    const page = await newPage();
    await loginAdmin(page, app.admin.url, DEMO.landelijk);
    await page.getByRole('navigation', { name: 'Beheermenu' }).getByRole('link', { name: 'Gebruikers' }).waitFor();
    await page.context().close();

    const professional = await newPage();
    await professional.goto(app.admin.url + 'inloggen');
    await professional.getByLabel('E-mailadres').fill(DEMO.professional);
    await professional.getByLabel('Wachtwoord').fill(DEMO.wachtwoord);
    await professional.getByRole('button', { name: 'Aanmelden' }).click();
    await professional.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    assert.equal(await professional.getByRole('navigation', { name: 'Beheermenu' }).count(), 0);
    await professional.context().close();
  });

  it('changes the name on the profiel page, shows field errors from the API, and logs out', async () => {
    const page = await newPage();
    await loginAdmin(page, app.admin.url, DEMO.regio, 'profiel');
    await page.getByRole('heading', { level: 1, name: 'Profiel' }).waitFor();
    assert.equal(await page.title(), 'Profiel – Beheeromgeving');
    await page.getByLabel('Naam', { exact: true }).fill('Regio Beheerder Test');
    await page.getByRole('button', { name: 'Naam opslaan' }).click();
    await page.getByText('Je naam is opgeslagen.').waitFor();
    await page.getByRole('navigation', { name: 'Beheermenu' }).getByText('Regio Beheerder Test').waitFor();

    await page.getByLabel('Huidig wachtwoord').fill(DEMO.wachtwoord);
    await page.getByLabel('Nieuw wachtwoord').fill('kort');
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    const veld = page.getByLabel('Nieuw wachtwoord');
    await page.waitForFunction(() => document.querySelector('[aria-invalid="true"]'));
    assert.equal(await veld.getAttribute('aria-invalid'), 'true');
    assert.deepEqual(await seriousViolations(page), []);
    await saveScreenshot(page, 'profiel', 'admin');

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.goto(app.admin.url);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.context().close();
  });
});
