import { UnorderedListItem } from '@utrecht/component-library-react';
import { getFragmentData, type FragmentType } from '../../__generated__';
import { InstrumentRegistratiecodesFragmentDoc } from '../../__generated__/graphql';
import { ListSection } from './ListSection';

/** The codes a klantmanager enters in the gemeente's own zaaksysteem, each with its label. */
export function InstrumentRegistratiecodes(props: { instrument: FragmentType<typeof InstrumentRegistratiecodesFragmentDoc> }) {
  const { registratiecodes } = getFragmentData(InstrumentRegistratiecodesFragmentDoc, props.instrument);
  return (
    <ListSection title="Registratiecodes" empty={registratiecodes.length === 0}>
      {registratiecodes.map((r) => (
        <UnorderedListItem key={r.id}>
          <code>{r.code}</code>
          {r.label && ` – ${r.label}`}
        </UnorderedListItem>
      ))}
    </ListSection>
  );
}
