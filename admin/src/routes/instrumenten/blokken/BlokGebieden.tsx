import { DataList } from '@utrecht/component-library-react';
import { getFragmentData, type FragmentType } from '../../../__generated__';
import { BlokGebiedenFragmentDoc } from '../../../__generated__/graphql';
import { Blok, Veld } from './Blok';

const namen = (lijst: { naam: string }[]) => lijst.map((g) => g.naam).join(', ');

/** Where the instrument can be used: heel Nederland, or its regio's, gemeenten and wijken. */
export function BlokGebieden(props: { instrument: FragmentType<typeof BlokGebiedenFragmentDoc> }) {
  const g = getFragmentData(BlokGebiedenFragmentDoc, props.instrument).beschikbareGebieden;
  return (
    <Blok titel="Beschikbare gebieden" leeg={!g.landelijk && g.regios.length + g.gemeenten.length + g.wijken.length === 0}>
      <DataList>
        {g.landelijk && <Veld label="Landelijk">Heel Nederland</Veld>}
        <Veld label="Arbeidsmarktregio's">{namen(g.regios)}</Veld>
        <Veld label="Gemeenten">{namen(g.gemeenten)}</Veld>
        <Veld label="Wijken">{namen(g.wijken)}</Veld>
      </DataList>
    </Blok>
  );
}
