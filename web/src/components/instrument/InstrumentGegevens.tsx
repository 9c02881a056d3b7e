import { DataList, Link } from '@utrecht/component-library-react';
import { getFragmentData, type FragmentType } from '../../__generated__';
import { InstrumentGegevensFragmentDoc } from '../../__generated__/graphql';
import { Field } from './Field';

/** Who offers and who maintains the instrument (the format's first fields), and whether it is a leerwerktraject. */
export function InstrumentGegevens(props: { instrument: FragmentType<typeof InstrumentGegevensFragmentDoc> }) {
  const i = getFragmentData(InstrumentGegevensFragmentDoc, props.instrument);
  return (
    <DataList className="instrument-block">
      <Field label="Aanbieder">{i.aanbieder.website ? <Link href={i.aanbieder.website}>{i.aanbieder.naam}</Link> : i.aanbieder.naam}</Field>
      <Field label="Organisatie">{i.organisatie.naam}</Field>
      <Field label="Soort">{i.type === 'LEERWERKTRAJECT' ? 'Leerwerktraject' : null}</Field>
    </DataList>
  );
}
