import { Heading2, Link, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { getFragmentData, type FragmentType } from '../../__generated__';
import { InstrumentContactpersonenFragmentDoc } from '../../__generated__/graphql';

/** Who to call or mail about the instrument; nothing when there is nobody. */
export function InstrumentContactpersonen(props: { instrument: FragmentType<typeof InstrumentContactpersonenFragmentDoc> }) {
  const { contactpersonen } = getFragmentData(InstrumentContactpersonenFragmentDoc, props.instrument);
  if (contactpersonen.length === 0) return null;
  return (
    <>
      <Heading2>Contactpersonen</Heading2>
      <UnorderedList>
        {contactpersonen.map(({ soort, label, contactpersoon: c }) => (
          <UnorderedListItem key={c.id}>
            {c.naam} ({soort === 'INTERN' ? 'intern' : 'extern'}
            {label ? `, ${label}` : ''})
            {c.telefoon && <> · <Link href={`tel:${c.telefoon}`}>{c.telefoon}</Link></>}
            {c.email && <> · <Link href={`mailto:${c.email}`}>{c.email}</Link></>}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </>
  );
}
