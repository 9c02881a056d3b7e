import { formatEuro, formatNumber } from '@instrumentengidsen/ui';
import { DataList } from '@utrecht/component-library-react';
import { getFragmentData, type FragmentType } from '../../__generated__';
import { InstrumentDuurKostenFragmentDoc, type DuurEenheid } from '../../__generated__/graphql';
import { Block } from './Block';
import { Field } from './Field';

const EENHEID: Record<DuurEenheid, [one: string, more: string]> = {
  UUR: ['uur', 'uur'],
  DAG: ['dag', 'dagen'],
  WEEK: ['week', 'weken'],
  MAAND: ['maand', 'maanden'],
};

/** Duur, intensiteit and kosten, each with the beheerder's toelichting; the block is left out when all are empty. */
export function InstrumentDuurKosten(props: { instrument: FragmentType<typeof InstrumentDuurKostenFragmentDoc> }) {
  const i = getFragmentData(InstrumentDuurKostenFragmentDoc, props.instrument);
  const duur = i.totaleDuur != null && i.duurEenheid ? `${formatNumber(i.totaleDuur)} ${EENHEID[i.duurEenheid][i.totaleDuur === 1 ? 0 : 1]}` : null;
  const values = [duur, i.toelichtingDuur, i.intensiteit, i.toelichtingIntensiteit, i.totaleKosten, i.toelichtingKosten];
  return (
    <Block title="Duur, intensiteit en kosten" empty={values.every((v) => v == null || v === '')}>
      <DataList>
        <Field label="Totale duur">{duur}</Field>
        <Field label="Toelichting duur">{i.toelichtingDuur}</Field>
        <Field label="Intensiteit">{i.intensiteit != null ? `${formatNumber(i.intensiteit)} uur per week` : null}</Field>
        <Field label="Toelichting intensiteit">{i.toelichtingIntensiteit}</Field>
        <Field label="Totale kosten">{i.totaleKosten != null ? formatEuro(i.totaleKosten) : null}</Field>
        <Field label="Toelichting kosten">{i.toelichtingKosten}</Field>
      </DataList>
    </Block>
  );
}
