import { UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { getFragmentData, type FragmentType } from '../../../__generated__';
import { BlokRegistratiecodesFragmentDoc } from '../../../__generated__/graphql';
import { Blok } from './Blok';

/** The codes a klantmanager enters in the gemeente's own zaaksysteem. */
export function BlokRegistratiecodes(props: { instrument: FragmentType<typeof BlokRegistratiecodesFragmentDoc> }) {
  const { registratiecodes } = getFragmentData(BlokRegistratiecodesFragmentDoc, props.instrument);
  return (
    <Blok titel="Registratiecodes" leeg={registratiecodes.length === 0}>
      <UnorderedList>
        {registratiecodes.map((r) => (
          <UnorderedListItem key={r.id}>
            <code>{r.code}</code>
            {r.label && ` – ${r.label}`}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </Blok>
  );
}
