import assert from 'node:assert/strict';
import type { TestPlatform } from '@instrumentengidsen/server/test-support/harness.js';

/** What the browser test expects to see of the instrument `createFullInstrument` makes. */
export const FULL = {
  naam: 'Werkfit traject met alles erop en eraan',
  youtubeId: 'rVsqEJhVLFM',
  pdfBytes: 1_258_291, // "1,2 MB"
  contactpersoon: 'Fatima de Vries',
  adres: 'Stationsplein 1',
};

/** The gateway's beheer mutations as a landelijk beheerder, and an aanbieder with its organisatie to use. */
export async function beheer(platform: TestPlatform) {
  const email = `landelijk-${Math.random().toString(36).slice(2)}@test.nl`;
  await platform.createGebruiker({ email, rol: 'LANDELIJK_BEHEERDER' });
  const auth = platform.bearer(await platform.login(email));
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const result = await platform.gql(query, variables, auth);
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return result.data as Record<string, any>;
  };
  const ds = platform.subgraphs.find((s) => s.definition.name === 'catalog')!.dataSource;
  const [{ organisatieId, aanbiederId }] = await ds.query('SELECT organisatie_id AS "organisatieId", id AS "aanbiederId" FROM aanbieder ORDER BY naam LIMIT 1');
  return { gql, organisatieId, aanbiederId };
}

/**
 * A published Eva instrument with every block of the instrumentenformat filled in, made the way a landelijk
 * beheerder makes one: through the gateway's beheer mutations.
 */
export async function createFullInstrument(platform: TestPlatform): Promise<string> {
  const { gql, organisatieId, aanbiederId } = await beheer(platform);
  const { createContactpersoon: contact } = await gql('mutation($input: CreateContactpersoonInput!) { createContactpersoon(input: $input) { id } }', {
    input: { organisatieId, naam: FULL.contactpersoon, email: 'fatima@example.nl', telefoon: '020 123 4567' },
  });
  const { createAdres: adres } = await gql('mutation($input: CreateAdresInput!) { createAdres(input: $input) { id } }', {
    input: { organisatieId, straat: 'Stationsplein', huisnummer: '1', postcode: '1012 AB', plaats: 'Amsterdam' },
  });
  const rich = (text: string) => `<p>${text} met <strong>nadruk</strong>.</p>`;
  const { createInstrument: created } = await gql('mutation($input: CreateInstrumentInput!) { createInstrument(input: $input) { id version } }', {
    input: {
      gids: 'EVA', organisatieId, aanbiederId, naam: FULL.naam, publiceren: true,
      samenvatting: 'Een traject naar werk, in kleine groepen en met een vaste coach.',
      doel: rich('Het doel'), werkwijze: rich('De werkwijze'), onderscheidendeAanpak: rich('De aanpak'),
      voorwaardenDeelname: '<ul><li>Taalniveau B1</li><li>Woont in de regio</li></ul>', werkafspraken: rich('De werkafspraken'),
      samenwerkingspartners: rich('De partners'), toelichtingDoelgroep: rich('De doelgroep'),
      aanvullendeInformatie: rich('Meer informatie'), aanmeldinstructies: rich('Meld aan via het formulier'),
      totaleDuur: 12, duurEenheid: 'WEEK', toelichtingDuur: 'Soms wat langer.',
      intensiteit: 8, toelichtingIntensiteit: 'Twee ochtenden per week.',
      totaleKosten: '1250.00', toelichtingKosten: 'Exclusief btw.',
      kenmerken: ['EW01', 'KK01', 'UV01'],
      beschikbareGebieden: { landelijk: false, regios: ['AM18'], gemeenten: ['GM0363'] },
      contactpersonen: [{ contactpersoonId: contact.id, soort: 'EXTERN', label: 'Trajectbegeleider' }],
      locaties: [{ naam: 'Hoofdkantoor', type: 'AANBIEDER', adresId: adres.id, beschrijving: 'Tweede verdieping' }],
      registratiecodes: [{ code: 'WF-2026', label: 'Zaaksysteem' }],
      links: [{ label: 'Website van het traject', url: 'https://example.nl/traject' }],
      videos: [{ label: 'Zo werkt het traject', youtube: FULL.youtubeId }],
    },
  });
  const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(FULL.pdfBytes - 9, 65)]);
  await gql('mutation($id: ID!, $v: Int!, $input: DownloadInput!) { addDownload(id: $id, version: $v, input: $input) { version } }', {
    id: created.id, v: created.version, input: { label: 'Folder', bestandsnaam: 'folder.pdf', inhoud: pdf.toString('base64') },
  });
  await platform.sync();
  return created.id;
}

/** A published Dennis instrument with its own omschrijvingen (handleiding 2.3): korte beschrijving, beschrijving, voorwaarden, aanvragen. */
export async function createDennisInstrument(platform: TestPlatform, naam: string): Promise<string> {
  const { gql, organisatieId, aanbiederId } = await beheer(platform);
  const { createInstrument } = await gql('mutation($input: CreateInstrumentInput!) { createInstrument(input: $input) { id } }', {
    input: {
      gids: 'DENNIS', organisatieId, aanbiederId, naam, publiceren: true,
      korteBeschrijving: 'Een werkgever probeert een kandidaat twee maanden uit.',
      beschrijving: '<p>De <em>beschrijving</em>.</p>', voorwaarden: '<p>De voorwaarden.</p>', aanvragen: '<p>Zo vraag je het aan.</p>',
      beschikbareGebieden: { landelijk: true },
    },
  });
  await platform.sync();
  return createInstrument.id;
}
