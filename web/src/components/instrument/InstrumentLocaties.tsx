import { Heading2, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { getFragmentData, type FragmentType } from '../../__generated__';
import { InstrumentLocatiesFragmentDoc } from '../../__generated__/graphql';

/** Where the instrument takes place; nothing when no locatie is given. */
export function InstrumentLocaties(props: { instrument: FragmentType<typeof InstrumentLocatiesFragmentDoc> }) {
  const { locaties } = getFragmentData(InstrumentLocatiesFragmentDoc, props.instrument);
  if (locaties.length === 0) return null;
  return (
    <>
      <Heading2>Locaties</Heading2>
      <UnorderedList>
        {locaties.map((l) => (
          <UnorderedListItem key={l.id}>
            {l.naam}
            {l.adres && `, ${l.adres.straat} ${l.adres.huisnummer}, ${l.adres.postcode} ${l.adres.plaats}`}
            {!l.inGebruik && ' (nu niet in gebruik)'}
            {l.beschrijving && ` · ${l.beschrijving}`}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </>
  );
}
