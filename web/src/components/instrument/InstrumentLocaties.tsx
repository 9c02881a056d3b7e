import { UnorderedListItem } from '@utrecht/component-library-react';
import { getFragmentData, type FragmentType } from '../../__generated__';
import { InstrumentLocatiesFragmentDoc } from '../../__generated__/graphql';
import { ListSection } from './ListSection';

/** Where the instrument takes place; nothing when no locatie is given. */
export function InstrumentLocaties(props: { instrument: FragmentType<typeof InstrumentLocatiesFragmentDoc> }) {
  const { locaties } = getFragmentData(InstrumentLocatiesFragmentDoc, props.instrument);
  return (
    <ListSection title="Locaties" empty={locaties.length === 0}>
      {locaties.map((l) => (
        <UnorderedListItem key={l.id}>
          {l.naam}
          {l.adres && `, ${l.adres.straat} ${l.adres.huisnummer}, ${l.adres.postcode} ${l.adres.plaats}`}
          {!l.inGebruik && ' (nu niet in gebruik)'}
          {l.beschrijving && ` · ${l.beschrijving}`}
        </UnorderedListItem>
      ))}
    </ListSection>
  );
}
