import { Link, UnorderedListItem } from '@utrecht/component-library-react';
import { getFragmentData, type FragmentType } from '../../__generated__';
import { InstrumentContactpersonenFragmentDoc } from '../../__generated__/graphql';
import { ListSection } from './ListSection';

/** Who to call or mail about the instrument; nothing when there is nobody. */
export function InstrumentContactpersonen(props: { instrument: FragmentType<typeof InstrumentContactpersonenFragmentDoc> }) {
  const { contactpersonen } = getFragmentData(InstrumentContactpersonenFragmentDoc, props.instrument);
  return (
    <ListSection title="Contactpersonen" empty={contactpersonen.length === 0}>
      {contactpersonen.map(({ soort, label, contactpersoon: c }) => (
        <UnorderedListItem key={c.id}>
          {c.naam} ({soort === 'INTERN' ? 'intern' : 'extern'}
          {label ? `, ${label}` : ''})
          {c.telefoon && <> · <Link href={`tel:${c.telefoon}`} data-interactie="CONTACT">{c.telefoon}</Link></>}
          {c.email && <> · <Link href={`mailto:${c.email}`} data-interactie="CONTACT">{c.email}</Link></>}
        </UnorderedListItem>
      ))}
    </ListSection>
  );
}
