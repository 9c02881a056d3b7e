import { UnorderedListItem } from '@utrecht/component-library-react';
import { getFragmentData, type FragmentType } from '../../__generated__';
import { InstrumentLocatiesFragmentDoc, type LocatieType } from '../../__generated__/graphql';
import { ListSection } from './ListSection';

/** The types of the Eva handreiking (Locatie(s) uitvoering). */
const TYPE: Record<LocatieType, string> = {
  ADRES: 'Adres',
  AANBIEDER: 'Bij de aanbieder',
  WERKGEVER: 'Bij de werkgever',
  GEMEENTE: 'Bij de gemeente',
  KLANT_THUIS: 'Bij de klant thuis',
};

/** Where the instrument takes place, each locatie with its type; nothing when no locatie is given. */
export function InstrumentLocaties(props: { instrument: FragmentType<typeof InstrumentLocatiesFragmentDoc> }) {
  const { locaties } = getFragmentData(InstrumentLocatiesFragmentDoc, props.instrument);
  return (
    <ListSection title="Locaties" empty={locaties.length === 0}>
      {locaties.map((l) => (
        <UnorderedListItem key={l.id}>
          <strong>{l.naam}</strong> ({TYPE[l.type]}){l.adres && `, ${l.adres.straat} ${l.adres.huisnummer}, ${l.adres.postcode} ${l.adres.plaats}`}
          {!l.inGebruik && ' (nu niet in gebruik)'}
          {l.beschrijving && ` · ${l.beschrijving}`}
        </UnorderedListItem>
      ))}
    </ListSection>
  );
}
