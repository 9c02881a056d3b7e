import { Link, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { getFragmentData, type FragmentType } from '../../../__generated__';
import { BlokContactpersonenFragmentDoc } from '../../../__generated__/graphql';
import { Blok } from './Blok';

/** Who to call or mail about the instrument, intern or extern. */
export function BlokContactpersonen(props: { instrument: FragmentType<typeof BlokContactpersonenFragmentDoc> }) {
  const { contactpersonen } = getFragmentData(BlokContactpersonenFragmentDoc, props.instrument);
  return (
    <Blok titel="Contactpersonen" leeg={contactpersonen.length === 0}>
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
    </Blok>
  );
}
