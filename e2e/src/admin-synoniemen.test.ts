import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { seriousViolations } from './accessibility.js';
import { saveScreenshot } from './screenshots.js';
import { DEMO, loginAdmin, startAdminApp, type AdminApp } from './web-app.js';

/**
 * "Synoniemen bij zoeken" (issue 15): the landelijk beheerder adds, edits and deletes a group of words the search
 * treats as the same, typed as one text field; a regiobeheerder does not get the screen.
 */
describe('admin: synoniemen bij zoeken', () => {
  let app: AdminApp;
  let page: Page;
  let headers: Record<string, string>;

  const groepen = async () => {
    const result = await app.platform.gql('{ synoniemgroepen { id termen toelichting version } }', {}, headers);
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return (result.data as { synoniemgroepen: { id: string; termen: string[]; toelichting: string | null }[] }).synoniemgroepen;
  };
  const groepMet = async (term: string) => (await groepen()).find((g) => g.termen.includes(term));

  async function scherm(h1: string, screenshot?: string) {
    await page.getByRole('heading', { level: 1, name: h1 }).waitFor();
    assert.equal(await page.title(), `${h1} – Beheeromgeving`);
    assert.deepEqual(await seriousViolations(page), [], `axe on ${h1}`);
    if (screenshot) await saveScreenshot(page, screenshot, 'admin');
  }

  const woorden = () => page.getByLabel('Woorden *');
  const veldfout = (label: string) =>
    page.locator('.utrecht-form-field').filter({ has: page.getByLabel(label, { exact: true }) }).locator('.utrecht-form-field-error-message');
  const menu = () => page.getByRole('navigation', { name: 'Beheermenu' });

  beforeAll(async () => {
    app = await startAdminApp(10);
    headers = app.platform.bearer(await app.platform.login(DEMO.landelijk, DEMO.wachtwoord));
    page = await (await app.browser.newContext()).newPage();
    await loginAdmin(page, app.admin.url, DEMO.landelijk);
  });
  afterAll(() => app?.close());

  it('lists the default groups, adds a group with a field error first, edits it and deletes it through the question', async () => {
    await menu().getByRole('link', { name: 'Synoniemen bij zoeken', exact: true }).click();
    await scherm('Synoniemen bij zoeken', 'synoniemen');
    await page.getByRole('link', { name: 'wep, werkervaringsplaats, werkervaringsplek' }).waitFor();
    assert.equal(await page.locator('.record-tabel tbody tr').count(), (await groepen()).length);

    await page.getByRole('link', { name: 'Nieuwe groep' }).click();
    await scherm('Nieuwe synoniemgroep');
    await woorden().fill('Jobhunting\nbaanjacht, vacature jacht');
    await page.getByRole('button', { name: 'Groep opslaan' }).click();
    await veldfout('Woorden *').waitFor();
    assert.equal(await veldfout('Woorden *').textContent(), "'vacature jacht' is meer dan één woord. Zet elk woord apart.");
    assert.equal(await woorden().getAttribute('aria-invalid'), 'true');
    assert.deepEqual(await seriousViolations(page), []);
    await saveScreenshot(page, 'synoniem-nieuw-fout', 'admin');
    assert.equal(await groepMet('jobhunting'), undefined, 'nothing was saved');

    // A word of another group: the server's sentence says which group.
    await woorden().fill('Jobhunting\nbaanjacht\ntaal');
    await page.getByRole('button', { name: 'Groep opslaan' }).click();
    await page.getByRole('alert').getByText("Het woord 'taal' staat al in de groep 'nt2'.", { exact: false }).waitFor();

    await woorden().fill('Jobhunting\nbaanjacht, vacaturejacht');
    await page.getByLabel('Toelichting').fill('Actief zoeken naar vacatures.');
    await page.getByRole('button', { name: 'Groep opslaan' }).click();
    await page.getByRole('status').getByText('Groep ‘jobhunting’ is aangemaakt.').waitFor();
    const nieuw = await groepMet('jobhunting');
    assert.deepEqual([nieuw?.termen, nieuw?.toelichting], [['jobhunting', 'baanjacht', 'vacaturejacht'], 'Actief zoeken naar vacatures.']);

    await page.getByRole('link', { name: 'jobhunting, baanjacht, vacaturejacht' }).click();
    await scherm('Synoniemgroep ‘jobhunting’ bewerken', 'synoniem-bewerken');
    assert.equal(await woorden().inputValue(), 'jobhunting\nbaanjacht\nvacaturejacht', 'one word per line');
    await woorden().fill('jobhunting\nvacaturejacht\nBaanjagen');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByRole('status').getByText('Groep ‘jobhunting’ is opgeslagen.').waitFor();
    assert.deepEqual((await groepMet('jobhunting'))?.termen, ['jobhunting', 'vacaturejacht', 'baanjagen']);

    await page.getByRole('link', { name: 'jobhunting, vacaturejacht, baanjagen' }).click();
    await scherm('Synoniemgroep ‘jobhunting’ bewerken');
    await page.getByRole('button', { name: 'Verwijderen', exact: true }).click();
    const vraag = page.getByRole('dialog', { name: 'Synoniemgroep verwijderen?' });
    await vraag.getByText('jobhunting, vacaturejacht, baanjagen', { exact: false }).waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await vraag.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await page.getByRole('status').getByText('Groep ‘jobhunting’ is verwijderd.').waitFor();
    assert.equal(await groepMet('jobhunting'), undefined);

    // The Wijzigingen screen has the three changes.
    await menu().getByRole('link', { name: 'Wijzigingen', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Synoniemgroep verwijderd' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Synoniemgroep aangemaakt' }).waitFor();
  });

  it('gives a regiobeheerder no menu item and no screen', async () => {
    const regio = await (await app.browser.newContext()).newPage();
    try {
      await loginAdmin(regio, app.admin.url, DEMO.regio);
      const items = await regio.getByRole('navigation', { name: 'Beheermenu' }).getByRole('link').allTextContents();
      assert.ok(items.includes('Doelgroepen') && !items.includes('Synoniemen bij zoeken'), items.join(', '));
      await regio.goto(`${app.admin.url}synoniemen`);
      await regio.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
      await regio.getByText('alleen de landelijk beheerder', { exact: false }).waitFor();
    } finally {
      await regio.context().close();
    }
  });
});
