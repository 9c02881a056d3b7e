import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { seriousViolations } from './accessibility.js';
import { saveScreenshot } from './screenshots.js';
import { DEMO, loginAdmin, startAdminApp, type AdminApp } from './web-app.js';

/**
 * The reusable records of the beheeromgeving (handleiding hoofdstuk 3): aanbieders with their contactpersonen and
 * "koppel instrument", contactpersonen, adressen, wijken per gemeente and eigen doelgroepen, each created, edited
 * and deleted through the screens and checked through the API.
 */
describe('admin: aanbieders, contactpersonen, adressen, wijken en doelgroepen', () => {
  let app: AdminApp;
  let page: Page;
  let headers: Record<string, string>;
  let organisatie: { id: string; naam: string };

  const api = async (query: string, variables: Record<string, unknown> = {}) => {
    const result = await app.platform.gql(query, variables, headers);
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return result.data as Record<string, any>;
  };
  const contactpersonen = async () => (await api('{ beheerContactpersonen { id naam email telefoon version } }')).beheerContactpersonen as any[];

  /** A screen is ready when its h1 is there; then its title, axe and (optionally) a screenshot. */
  async function scherm(h1: string | RegExp, screenshot?: string) {
    await page.getByRole('heading', { level: 1, name: h1 }).waitFor();
    assert.match(await page.title(), / – Beheeromgeving$/);
    assert.deepEqual(await seriousViolations(page), [], `axe on ${await page.title()}`);
    if (screenshot) await saveScreenshot(page, screenshot, 'admin');
  }

  /** The error message Utrecht shows in the form field of this label (the field the server named). */
  const veldfout = (label: string) =>
    page.locator('.utrecht-form-field').filter({ has: page.getByLabel(label, { exact: true }) }).locator('.utrecht-form-field-error-message');

  const menu = (item: string) => page.getByRole('navigation', { name: 'Beheermenu' }).getByRole('link', { name: item, exact: true }).click();

  /** Answers "ja" to the question the button asks; with `zegt`, once the question says that. */
  async function bevestig(knop: string, vraag: string | RegExp, zegt?: string) {
    await page.getByRole('button', { name: knop, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: vraag });
    await dialog.waitFor();
    if (zegt) await dialog.getByText(zegt, { exact: false }).waitFor();
    const tekst = (await dialog.textContent()) ?? '';
    await dialog.getByRole('button', { name: /^Ja, / }).click();
    return tekst;
  }

  beforeAll(async () => {
    app = await startAdminApp(30);
    headers = app.platform.bearer(await app.platform.login(DEMO.regio, DEMO.wachtwoord));
    organisatie = (await api('{ me { organisaties { id naam } } }')).me.organisaties.find((o: any) => o.naam.includes('Amsterdam'));
    page = await (await app.browser.newContext()).newPage();
    await loginAdmin(page, app.admin.url, DEMO.regio);
  });
  afterAll(() => app?.close());

  it('creates a contactpersoon with the field errors of the server next to their fields, edits it, recovers from a stale edit, and deletes one', async () => {
    await menu('Contactpersonen');
    await scherm('Contactpersonen', 'contactpersonen');
    await page.getByRole('link', { name: 'Creëer contactpersoon' }).click();
    await scherm('Nieuwe contactpersoon');
    await page.getByLabel('Organisatie *').selectOption(organisatie.id);
    await page.getByLabel('E-mailadres').fill('geen-adres');
    await page.getByLabel('Telefoonnummer').fill('bel maar');
    await page.getByRole('button', { name: 'Contactpersoon opslaan' }).click();
    await veldfout('E-mailadres').waitFor();
    assert.equal(await veldfout('E-mailadres').textContent(), 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.');
    assert.equal(await veldfout('Telefoonnummer').textContent(), 'Vul een geldig telefoonnummer in, zoals 020-1234567.');
    assert.match((await veldfout('Naam *').textContent()) ?? '', /naam/i);
    assert.equal(await page.getByLabel('Naam *').getAttribute('aria-invalid'), 'true');
    assert.deepEqual(await seriousViolations(page), []);
    await saveScreenshot(page, 'contactpersoon-nieuw-fouten', 'admin');
    assert.ok(!(await contactpersonen()).some((c) => c.email === 'geen-adres'), 'nothing was saved');

    await page.getByLabel('Naam *').fill('Fatima Testpersoon');
    await page.getByLabel('E-mailadres').fill('fatima@voorbeeld.nl');
    await page.getByLabel('Telefoonnummer').fill('020-1234567');
    await page.getByRole('button', { name: 'Contactpersoon opslaan' }).click();
    await page.getByRole('status').getByText('Contactpersoon Fatima Testpersoon is aangemaakt.').waitFor();
    const fatima = (await contactpersonen()).find((c) => c.naam === 'Fatima Testpersoon');
    assert.deepEqual([fatima?.email, fatima?.telefoon], ['fatima@voorbeeld.nl', '020-1234567']);

    // Edit, while someone else changes her e-mailadres: the CONFLICT, a reload that keeps the typed text, then saved.
    await page.getByRole('link', { name: 'Fatima Testpersoon' }).click();
    await scherm('Contactpersoon Fatima Testpersoon bewerken', 'contactpersoon-bewerken');
    await page.getByLabel('Telefoonnummer').fill('010-7654321');
    await api('mutation($id: ID!, $v: Int!) { updateContactpersoon(id: $id, version: $v, input: { email: "f.test@voorbeeld.nl" }) { version } }', { id: fatima.id, v: fatima.version });
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByRole('alert').getByText(/Iemand anders heeft deze contactpersoon intussen gewijzigd/).waitFor();
    await saveScreenshot(page, 'contactpersoon-conflict', 'admin');
    await page.getByRole('button', { name: 'Opnieuw laden' }).click();
    await page.getByText(/Intussen opgeslagen: E-mailadres: f\.test@voorbeeld\.nl/).waitFor();
    assert.equal(await page.getByLabel('Telefoonnummer').inputValue(), '010-7654321', 'the typed text stays');
    await page.getByLabel('E-mailadres').fill('f.test@voorbeeld.nl');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByRole('status').getByText('Contactpersoon Fatima Testpersoon is opgeslagen.').waitFor();
    const na = (await contactpersonen()).find((c) => c.id === fatima.id);
    assert.deepEqual([na.email, na.telefoon], ['f.test@voorbeeld.nl', '010-7654321']);

    // A second one, deleted through the confirmation.
    await page.getByRole('link', { name: 'Creëer contactpersoon' }).click();
    await page.getByLabel('Organisatie *').selectOption(organisatie.id);
    await page.getByLabel('Naam *').fill('Tijdelijke Contactpersoon');
    await page.getByRole('button', { name: 'Contactpersoon opslaan' }).click();
    await page.getByRole('link', { name: 'Tijdelijke Contactpersoon' }).click();
    await scherm('Contactpersoon Tijdelijke Contactpersoon bewerken');
    await bevestig('Verwijderen', 'Contactpersoon verwijderen?');
    await page.getByRole('status').getByText('Contactpersoon Tijdelijke Contactpersoon is verwijderd.').waitFor();
    assert.ok(!(await contactpersonen()).some((c) => c.naam === 'Tijdelijke Contactpersoon'));
  });

  it('creates an aanbieder, gives it a contactpersoon, moves an instrument to it with "koppel instrument", and refuses deletes still in use', async () => {
    await menu('Aanbieders');
    await scherm('Aanbieders', 'aanbieders');
    await page.getByRole('link', { name: 'Creëer aanbieder' }).click();
    await scherm('Nieuwe aanbieder', 'aanbieder-nieuw');
    const opties = await page.getByLabel('Organisatie *').locator('option').allTextContents();
    const eigen = ((await api('{ me { organisaties { naam } } }')).me.organisaties as { naam: string }[]).map((o) => o.naam).sort();
    assert.deepEqual(opties.filter((o) => o !== 'Kies…').sort(), eigen, 'only the beheerder\'s own organisaties');
    await page.getByLabel('Organisatie *').selectOption(organisatie.id);
    await page.getByLabel('Naam *').fill('Leerbedrijf De Test');
    await page.getByLabel('Website').fill('ftp://leerbedrijf');
    await page.getByRole('button', { name: 'Aanbieder opslaan' }).click();
    assert.equal(await veldfout('Website').textContent(), 'Vul een webadres in dat begint met http:// of https://.');
    await page.getByLabel('Website').fill('https://leerbedrijf.example.nl');
    await page.getByRole('button', { name: 'Aanbieder opslaan' }).click();
    await scherm('Leerbedrijf De Test');
    const aanbiederId = new URL(page.url()).pathname.split('/').pop()!;
    const aanbieder = async () => (await api('query($id: ID!) { aanbieder(id: $id) { naam website version contactpersonen { soort label contactpersoon { naam } } } }', { id: aanbiederId })).aanbieder;
    assert.equal((await aanbieder()).website, 'https://leerbedrijf.example.nl');

    // Its contactpersoon, from the reusable ones.
    const toevoegen = page.getByRole('form', { name: 'Contactpersoon toevoegen' });
    await toevoegen.getByLabel('Contactpersoon').selectOption({ label: 'Fatima Testpersoon' });
    await toevoegen.getByLabel('Soort').selectOption('INTERN');
    await toevoegen.getByLabel('Label').fill('Aanmelden');
    await toevoegen.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
    await page.getByRole('table', { name: 'Contactpersonen van deze aanbieder' }).getByRole('rowheader', { name: 'Fatima Testpersoon' }).waitFor();
    assert.deepEqual((await aanbieder()).contactpersonen, [{ soort: 'INTERN', label: 'Aanmelden', contactpersoon: { naam: 'Fatima Testpersoon' } }]);

    // Koppel instrument: one of the beheerder's instruments, of another aanbieder.
    const [instrument] = (await api('{ mijnInstrumenten(first: 1) { nodes { id naam } } }')).mijnInstrumenten.nodes;
    const koppel = page.getByRole('form', { name: 'Koppel instrument' });
    await koppel.getByLabel('Zoek op naam').fill(instrument.naam);
    await koppel.getByLabel('Instrument').locator('option', { hasText: instrument.naam }).first().waitFor({ state: 'attached' });
    await koppel.getByLabel('Instrument').selectOption(instrument.id);
    await koppel.getByRole('button', { name: 'Koppel instrument' }).click();
    await page.getByRole('status').getByText(`${instrument.naam} is nu gekoppeld aan deze aanbieder.`).waitFor();
    const gekoppeld = (await api('query($id: ID!) { beheerInstrument(id: $id) { aanbieder { id } } }', { id: instrument.id })).beheerInstrument;
    assert.equal(gekoppeld.aanbieder.id, aanbiederId);
    const lijst = page.getByRole('table', { name: 'Instrumenten van deze aanbieder' });
    await lijst.getByRole('link', { name: instrument.naam }).waitFor();
    assert.equal(await lijst.getByRole('link', { name: instrument.naam }).getAttribute('href'), `/instrumenten/${instrument.id}`);
    assert.deepEqual(await seriousViolations(page), []);
    await saveScreenshot(page, 'aanbieder', 'admin');

    // Deleting the aanbieder while the instrument uses it: the confirmation names it, the server refuses.
    const vraag = await bevestig('Aanbieder verwijderen', 'Aanbieder verwijderen?');
    assert.match(vraag, new RegExp(`nog gebruikt door ${instrument.naam.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    await page.getByRole('alert').getByText('Je kunt deze aanbieder niet verwijderen: 1 instrument gebruikt hem nog.', { exact: false }).waitFor();
    assert.equal((await aanbieder()).naam, 'Leerbedrijf De Test');

    // Edit its gegevens.
    await page.getByRole('link', { name: 'Gegevens bewerken' }).click();
    await scherm('Aanbieder Leerbedrijf De Test bewerken', 'aanbieder-bewerken');
    await page.getByLabel('Telefoonnummer').fill('030-1112233');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByRole('status').getByText('Aanbieder Leerbedrijf De Test is opgeslagen.').waitFor();
    assert.equal((await api('query($id: ID!) { aanbieder(id: $id) { telefoon } }', { id: aanbiederId })).aanbieder.telefoon, '030-1112233');

    // The contactpersoon is still linked to the aanbieder: deleting her is a plain Dutch CONFLICT, and nothing changes.
    await menu('Contactpersonen');
    await page.getByRole('link', { name: 'Fatima Testpersoon' }).click();
    await scherm('Contactpersoon Fatima Testpersoon bewerken');
    // The question says where she is linked.
    await bevestig('Verwijderen', 'Contactpersoon verwijderen?', 'Hij is nu contactpersoon van Leerbedrijf De Test: haal hem daar eerst weg.');
    await page.getByRole('alert').getByText('Je kunt deze contactpersoon niet verwijderen: hij is nog gekoppeld aan 1 aanbieder. Haal die koppelingen eerst weg.').waitFor();
    await saveScreenshot(page, 'contactpersoon-in-gebruik', 'admin');
    assert.ok((await contactpersonen()).some((c) => c.naam === 'Fatima Testpersoon'));
    assert.equal((await aanbieder()).contactpersonen.length, 1);

    // Taking her off the aanbieder (with a confirmation) makes the delete possible.
    await page.goto(`${app.admin.url}aanbieders/${aanbiederId}`);
    await scherm('Leerbedrijf De Test');
    await bevestig('Weghalen (Fatima Testpersoon)', 'Contactpersoon weghalen?');
    await page.getByText('Deze aanbieder heeft nog geen contactpersonen.').waitFor();
    assert.deepEqual((await aanbieder()).contactpersonen, []);
  });

  it('creates, edits and deletes an adres', async () => {
    await menu('Adressen');
    await scherm('Adressen', 'adressen');
    await page.getByRole('link', { name: 'Creëer adres' }).click();
    await scherm('Nieuw adres');
    await page.getByLabel('Organisatie *').selectOption(organisatie.id);
    await page.getByLabel('Straat *').fill('Teststraat');
    await page.getByLabel('Huisnummer *').fill('12a');
    await page.getByLabel('Postcode *').fill('12345');
    await page.getByRole('button', { name: 'Adres opslaan' }).click();
    assert.equal(await veldfout('Postcode *').textContent(), 'Vul een postcode in zoals 1234 AB.');
    assert.match((await veldfout('Plaats *').textContent()) ?? '', /plaats/i);
    await saveScreenshot(page, 'adres-nieuw-fouten', 'admin');
    await page.getByLabel('Postcode *').fill('1234ab');
    await page.getByLabel('Plaats *').fill('Amsterdam');
    await page.getByRole('button', { name: 'Adres opslaan' }).click();
    await page.getByRole('status').getByText('Adres Teststraat 12a, Amsterdam is aangemaakt.').waitFor();
    const adressen = async () => (await api('{ beheerAdressen { id straat huisnummer postcode plaats } }')).beheerAdressen as any[];
    const adres = (await adressen()).find((a) => a.straat === 'Teststraat');
    assert.equal(adres?.postcode, '1234 AB');

    await page.getByRole('link', { name: 'Teststraat 12a' }).click();
    await scherm('Adres Teststraat 12a, Amsterdam bewerken', 'adres-bewerken');
    await page.getByLabel('Huisnummer *').fill('14');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByRole('status').getByText('Adres Teststraat 14, Amsterdam is opgeslagen.').waitFor();
    assert.equal((await adressen()).find((a) => a.id === adres.id)?.huisnummer, '14');

    await page.getByRole('link', { name: 'Teststraat 14' }).click();
    await scherm('Adres Teststraat 14, Amsterdam bewerken');
    await bevestig('Verwijderen', 'Adres verwijderen?');
    await page.getByRole('status').getByText('Adres Teststraat 14, Amsterdam is verwijderd.').waitFor();
    assert.ok(!(await adressen()).some((a) => a.id === adres.id));
  });

  it('creates, renames and deletes a wijk of a gemeente picked by regio', async () => {
    await menu('Wijken');
    await scherm('Wijken');
    const regio = page.getByLabel('Arbeidsmarktregio');
    await page.waitForFunction(() => (document.querySelector('select[name="regio"]') as HTMLSelectElement | null)?.value);
    assert.equal(await regio.inputValue(), 'AM18', 'the beheerder\'s own regio to start with');
    await page.getByLabel('Gemeente').locator('option', { hasText: 'Amsterdam' }).first().waitFor({ state: 'attached' });
    await page.getByLabel('Gemeente').selectOption('GM0363');
    await page.getByText(/Deze gemeente heeft nog geen wijken|Wijken \(/).first().waitFor();
    await scherm('Wijken', 'wijken');
    await page.getByRole('link', { name: 'Creëer wijk' }).click();
    await scherm('Nieuwe wijk in Amsterdam', 'wijk-nieuw');
    await page.getByLabel('Organisatie *').selectOption(organisatie.id);
    await page.getByLabel('Naam van de wijk *').fill('Testwijk Oost');
    await page.getByRole('button', { name: 'Wijk opslaan' }).click();
    await page.getByRole('status').getByText('Wijk Testwijk Oost is aangemaakt.').waitFor();
    const wijken = async () => (await api('{ beheerWijken(gemeenteCode: "GM0363") { id naam gemeente { code } } }')).beheerWijken as any[];
    const wijk = (await wijken()).find((w) => w.naam === 'Testwijk Oost');
    assert.equal(wijk?.gemeente.code, 'GM0363');

    await page.getByRole('link', { name: 'Testwijk Oost' }).click();
    await scherm('Wijk Testwijk Oost bewerken', 'wijk-bewerken');
    await page.getByLabel('Naam van de wijk *').fill('Testwijk West');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByRole('status').getByText('Wijk Testwijk West is opgeslagen.').waitFor();
    assert.equal((await wijken()).find((w) => w.id === wijk.id)?.naam, 'Testwijk West');
    assert.equal(new URL(page.url()).searchParams.get('gemeente'), 'GM0363', 'back on the list of the same gemeente');

    await page.getByRole('link', { name: 'Testwijk West' }).click();
    await scherm('Wijk Testwijk West bewerken');
    await bevestig('Verwijderen', 'Wijk verwijderen?');
    await page.getByRole('status').getByText('Wijk Testwijk West is verwijderd.').waitFor();
    assert.ok(!(await wijken()).some((w) => w.id === wijk.id));
  });

  it('creates, edits and deletes an eigen doelgroep, warning that instruments lose it', async () => {
    await menu('Doelgroepen');
    await scherm('Doelgroepen', 'doelgroepen');
    await page.getByRole('link', { name: 'Creëer doelgroep' }).click();
    await scherm('Nieuwe doelgroep', 'doelgroep-nieuw');
    // The guide of one of the beheerder's instruments, so that instrument can get the doelgroep.
    const [instrument] = (await api('{ mijnInstrumenten(first: 1) { nodes { id version gids } } }')).mijnInstrumenten.nodes;
    const categorie = `${instrument.gids}_DOELGROEP`;
    await page.getByLabel('Lijst *').selectOption(categorie);
    await page.getByLabel('Organisatie *').selectOption(organisatie.id);
    await page.getByLabel('Naam van de doelgroep *').fill('algemeen');
    await page.getByRole('button', { name: 'Doelgroep opslaan' }).click();
    assert.match((await veldfout('Naam van de doelgroep *').textContent()) ?? '', /Er is geen doelgroep 'algemeen'/);
    await page.getByLabel('Naam van de doelgroep *').fill('Testgroep Oost');
    await page.getByLabel('Beschrijving').fill('Nieuwkomers met een verblijfsvergunning.');
    await page.getByRole('button', { name: 'Doelgroep opslaan' }).click();
    await page.getByRole('status').getByText('Doelgroep Testgroep Oost is aangemaakt.').waitFor();
    const doelgroepen = async () =>
      ((await api('query($g: Gids) { kenmerkCategorieen(gids: $g) { code kenmerken { code naam beschrijving organisatie { id } } } }', { g: instrument.gids })).kenmerkCategorieen as any[])
        .find((c) => c.code === categorie).kenmerken as any[];
    const doelgroep = (await doelgroepen()).find((k) => k.naam === 'Testgroep Oost');
    assert.deepEqual([doelgroep?.beschrijving, doelgroep?.organisatie.id], ['Nieuwkomers met een verblijfsvergunning.', organisatie.id]);

    await page.getByRole('link', { name: 'Testgroep Oost' }).click();
    await scherm('Doelgroep Testgroep Oost bewerken', 'doelgroep-bewerken');
    await page.getByLabel('Naam van de doelgroep *').fill('Testgroep Zuid');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByRole('status').getByText('Doelgroep Testgroep Zuid is opgeslagen.').waitFor();
    assert.equal((await doelgroepen()).find((k) => k.code === doelgroep.code)?.naam, 'Testgroep Zuid');

    // An instrument that has the doelgroep loses it with the delete.
    const { version } = (await api('query($id: ID!) { beheerInstrument(id: $id) { version } }', { id: instrument.id })).beheerInstrument;
    await api('mutation($id: ID!, $v: Int!, $c: [String!]!) { koppelKenmerken(id: $id, version: $v, codes: $c) { id } }', { id: instrument.id, v: version, c: [doelgroep.code] });
    const codes = async () =>
      ((await api('query($id: ID!) { beheerInstrument(id: $id) { kenmerken { kenmerken { code } } } }', { id: instrument.id })).beheerInstrument.kenmerken as any[])
        .flatMap((g) => g.kenmerken.map((k: any) => k.code));
    assert.ok((await codes()).includes(doelgroep.code));

    await page.getByRole('link', { name: 'Testgroep Zuid' }).click();
    await scherm('Doelgroep Testgroep Zuid bewerken');
    const vraag = await bevestig('Verwijderen', 'Doelgroep verwijderen?');
    assert.match(vraag, /Instrumenten met deze doelgroep verliezen hem/);
    await page.getByRole('status').getByText('Doelgroep Testgroep Zuid is verwijderd.').waitFor();
    assert.ok(!(await doelgroepen()).some((k) => k.code === doelgroep.code));
    assert.ok(!(await codes()).includes(doelgroep.code), 'the instrument lost it');
  });
});
