import type { TestPlatform } from '@instrumentengidsen/server/test-support/harness.js';
import { beheer } from './full-instrument.js';

/** What the review test expects of the instrument `createInstrumentWithContacten` makes. */
export const CONTACTEN = { naam: 'Sollicitatietraining in de wijk', intern: 'Ingrid Intern', extern: 'Erik Extern' };

/** A published Eva instrument with one interne and one externe contactpersoon, made through the beheer mutations. */
export async function createInstrumentWithContacten(platform: TestPlatform): Promise<string> {
  const { gql, organisatieId, aanbiederId } = await beheer(platform);
  const contact = async (naam: string) =>
    (await gql('mutation($input: CreateContactpersoonInput!) { createContactpersoon(input: $input) { id } }', { input: { organisatieId, naam, email: 'contact@example.nl' } }))
      .createContactpersoon.id as string;
  const [intern, extern] = [await contact(CONTACTEN.intern), await contact(CONTACTEN.extern)];
  const { createInstrument } = await gql('mutation($input: CreateInstrumentInput!) { createInstrument(input: $input) { id } }', {
    input: {
      gids: 'EVA', organisatieId, aanbiederId, naam: CONTACTEN.naam, publiceren: true,
      samenvatting: 'Oefenen met solliciteren, dicht bij huis.',
      doel: '<p>Beter solliciteren.</p>', werkwijze: '<p>Drie oefenochtenden.</p>',
      kenmerken: ['EW01', 'KK01'],
      beschikbareGebieden: { landelijk: true },
      contactpersonen: [
        { contactpersoonId: intern, soort: 'INTERN' },
        { contactpersoonId: extern, soort: 'EXTERN' },
      ],
    },
  });
  await platform.sync();
  return createInstrument.id;
}
