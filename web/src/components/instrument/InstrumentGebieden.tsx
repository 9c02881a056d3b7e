import { DataList } from '@utrecht/component-library-react';
import { getFragmentData, type FragmentType } from '../../__generated__';
import { InstrumentGebiedenFragmentDoc } from '../../__generated__/graphql';
import { Block } from './Block';
import { Field } from './Field';

const names = (list: { naam: string }[]) => list.map((g) => g.naam).join(', ');

/** Where the instrument can be used: heel Nederland, or its regio's, gemeenten and wijken. */
export function InstrumentGebieden(props: { instrument: FragmentType<typeof InstrumentGebiedenFragmentDoc> }) {
  const g = getFragmentData(InstrumentGebiedenFragmentDoc, props.instrument).beschikbareGebieden;
  const empty = !g.landelijk && g.regios.length + g.gemeenten.length + g.wijken.length === 0;
  return (
    <Block title="Beschikbare gebieden" empty={empty}>
      <DataList>
        <Field label="Landelijk">{g.landelijk ? 'Heel Nederland' : null}</Field>
        <Field label="Arbeidsmarktregio's">{names(g.regios)}</Field>
        <Field label="Gemeenten">{names(g.gemeenten)}</Field>
        <Field label="Wijken">{names(g.wijken)}</Field>
      </DataList>
    </Block>
  );
}
