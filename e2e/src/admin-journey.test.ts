import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { DEMO, loginAdmin, startAdminApp, type AdminApp } from './web-app.js';

const NAAM = 'Reisroute naar werk in Amsterdam';
const NIEUWE_NAAM = 'Reisroute naar werk, Groot Amsterdam';

interface Zoekresultaat {
  ids: string[];
  diagnostiek: number;
}

/**
 * The beheerder's whole round, screen after screen, against the public API (issue 14): create an instrument in two
 * steps, publish it, find it in the public search with the facet counts moved by one, rename it, delete it and
 * take it back out of the prullenbak. The parts are tested in depth in the other admin-*.test.ts files.
 */
describe('admin: an instrument from the form to the public search, the prullenbak and back', () => {
  let app: AdminApp;
  let page: Page;

  /** The anonymous public search in the regio, as Eva shows it: the ids found and the count next to the tegel Diagnostiek. */
  async function publiekZoeken(tekst: string): Promise<Zoekresultaat> {
    const result: any = await app.platform.gql(
      `query($tekst: String) { instrumentSearch(gids: EVA, filter: { regio: "AM18", tekst: $tekst }, first: 100) {
        nodes { id } facets { opties { kenmerk { naam } count } } } }`,
      { tekst },
    );
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    const opties = result.data.instrumentSearch.facets.flatMap((facet: any) => facet.opties);
    return { ids: result.data.instrumentSearch.nodes.map((n: any) => n.id), diagnostiek: opties.find((o: any) => o.kenmerk.naam === 'Diagnostiek').count };
  }

  /** The catalog's search index follows committed changes within moments; wait for it rather than sleep. */
  async function totZoeken(tekst: string | null, klopt: (r: Zoekresultaat) => boolean): Promise<Zoekresultaat> {
    for (let poging = 0; ; poging++) {
      const r = await publiekZoeken(tekst as string);
      if (klopt(r)) return r;
      if (poging > 100) assert.fail(`the public search never showed what was expected: ${JSON.stringify(r)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  beforeAll(async () => {
    app = await startAdminApp(30);
    page = await app.browser.newPage();
  });
  afterAll(() => app?.close());

  it('creates, publishes, is found with the right counts, is renamed, deleted and restored', async () => {
    const voor = await publiekZoeken(null as unknown as string);

    // Step 1, in the invoerwijzer's order.
    await loginAdmin(page, app.admin.url, DEMO.regio, 'instrumenten/nieuw');
    await page.getByRole('heading', { level: 1, name: 'Nieuw instrument' }).waitFor();
    await page.getByRole('radio', { name: /^Eva/ }).check();
    const organisatie = page.getByRole('combobox', { name: /^Organisatie/ });
    await organisatie.locator('option').nth(1).waitFor({ state: 'attached' });
    await organisatie.selectOption({ label: 'Werkbedrijf Groot Amsterdam' });
    const aanbieder = page.getByRole('combobox', { name: /^Aanbieder/ });
    await aanbieder.locator('option').nth(1).waitFor({ state: 'attached' });
    await aanbieder.selectOption({ index: 1 });
    await page.getByRole('textbox', { name: /^Naam instrument/ }).fill(NAAM);
    await page.getByRole('textbox', { name: /^Samenvatting/ }).fill('Samen met een coach de weg naar werk vinden.');
    for (const [veld, tekst] of [[/^Doel/, 'Werk vinden dat past.'], [/^Werkwijze/, 'Wekelijks een gesprek met de coach.']] as const) {
      await page.getByRole('textbox', { name: veld }).click();
      await page.keyboard.type(tekst);
    }
    await page.getByRole('checkbox', { name: 'Coaching' }).check();
    await page.getByRole('button', { name: 'Opslaan en verder naar stap 2' }).click();

    // Step 2: a tegel, a klantkenmerk and the regio.
    await page.getByRole('heading', { level: 2, name: 'Stap 2: koppelingen' }).waitFor();
    const id = /\/instrumenten\/([^/]+)\/bewerken/.exec(page.url())![1]!;
    const tegels = page.getByRole('region', { name: /^Tegels werklandschap/ });
    await tegels.getByRole('combobox').selectOption({ label: 'Diagnostiek' });
    await tegels.getByRole('button', { name: 'Koppel', exact: true }).click();
    await tegels.getByRole('button', { name: 'Ontkoppel Diagnostiek' }).waitFor();
    const klantkenmerken = page.getByRole('region', { name: /^Klantkenmerken/ });
    await klantkenmerken.getByRole('combobox').selectOption({ index: 1 });
    await klantkenmerken.getByRole('button', { name: 'Koppel', exact: true }).click();
    await klantkenmerken.getByRole('button', { name: /^Ontkoppel / }).waitFor();
    const gebieden = page.getByRole('region', { name: /^Beschikbare gebieden/ });
    await gebieden.getByRole('combobox', { name: 'Regio' }).selectOption('AM18');
    await gebieden.getByRole('button', { name: 'Voeg regio toe' }).click();
    await gebieden.getByRole('button', { name: /^Ontkoppel Regio / }).waitFor();
    // A concept is not public.
    assert.equal((await publiekZoeken('reisroute')).ids.includes(id), false);

    // Publish from the instrument's page, from today without an end.
    await page.goto(`${app.admin.url}instrumenten/${id}`);
    await page.getByRole('heading', { level: 1, name: NAAM }).waitFor();
    await page.getByRole('button', { name: 'Publiceren', exact: true }).click();
    await page.getByText('Het instrument is gepubliceerd.').waitFor();
    await page.locator('.status-label', { hasText: 'Gepubliceerd' }).waitFor();

    // Found in the public search, and the tegel's count next to it moved by exactly one.
    const na = await totZoeken(null, (r) => r.ids.includes(id) || r.diagnostiek > voor.diagnostiek);
    assert.equal(na.diagnostiek, voor.diagnostiek + 1);
    // As a klantmanager types it, stop words and all.
    assert.ok((await totZoeken(NAAM, (r) => r.ids.includes(id))).ids.includes(id));

    // Rename it in the form; the public search follows.
    await page.goto(`${app.admin.url}instrumenten/${id}/bewerken`);
    const naam = page.getByRole('textbox', { name: /^Naam instrument/ });
    await naam.waitFor();
    await naam.fill(NIEUWE_NAAM);
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('De wijzigingen zijn opgeslagen.', { exact: false }).waitFor();
    await totZoeken('reisroute', (r) => r.ids.includes(id));

    // Delete it (with the confirmation): gone from the public search, its count back.
    await page.goto(`${app.admin.url}instrumenten/${id}`);
    await page.getByRole('heading', { level: 1, name: NIEUWE_NAAM }).waitFor();
    await page.getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByRole('dialog', { name: 'Instrument verwijderen?' }).getByRole('button', { name: 'Ja, verwijderen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Instrumenten' }).waitFor();
    const weg = await totZoeken(null, (r) => !r.ids.includes(id) && r.diagnostiek === voor.diagnostiek);
    assert.equal(weg.diagnostiek, voor.diagnostiek);

    // Restore it from the prullenbak: public again, exactly as it was.
    await page.getByRole('navigation', { name: 'Beheermenu' }).getByRole('link', { name: 'Prullenbak' }).click();
    await page.getByRole('heading', { level: 1, name: 'Prullenbak' }).waitFor();
    await page.getByRole('button', { name: `Terugzetten: ${NIEUWE_NAAM}` }).click();
    await page.getByText(`Instrument "${NIEUWE_NAAM}" is teruggezet.`).waitFor();
    const terug = await totZoeken(null, (r) => r.ids.includes(id) && r.diagnostiek === voor.diagnostiek + 1);
    assert.equal(terug.diagnostiek, voor.diagnostiek + 1);
  });
});
