import { formatEuro, formatNumber } from '@instrumentengidsen/ui';
import { DataList } from '@utrecht/component-library-react';
import { getFragmentData, type FragmentType } from '../../../__generated__';
import { BlokDuurKostenFragmentDoc, type DuurEenheid } from '../../../__generated__/graphql';
import { Blok, Veld } from './Blok';

const EENHEID: Record<DuurEenheid, [een: string, meer: string]> = {
  UUR: ['uur', 'uur'],
  DAG: ['dag', 'dagen'],
  WEEK: ['week', 'weken'],
  MAAND: ['maand', 'maanden'],
};

/** Duur, intensiteit and kosten, each with its toelichting. */
export function BlokDuurKosten(props: { instrument: FragmentType<typeof BlokDuurKostenFragmentDoc> }) {
  const i = getFragmentData(BlokDuurKostenFragmentDoc, props.instrument);
  const duur = i.totaleDuur != null && i.duurEenheid ? `${formatNumber(i.totaleDuur)} ${EENHEID[i.duurEenheid][i.totaleDuur === 1 ? 0 : 1]}` : null;
  const waarden = [duur, i.toelichtingDuur, i.intensiteit, i.toelichtingIntensiteit, i.totaleKosten, i.toelichtingKosten];
  return (
    <Blok titel="Duur, intensiteit en kosten" leeg={waarden.every((v) => v == null || v === '')}>
      <DataList>
        <Veld label="Totale duur">{duur}</Veld>
        <Veld label="Toelichting duur">{i.toelichtingDuur}</Veld>
        <Veld label="Intensiteit">{i.intensiteit != null ? `${formatNumber(i.intensiteit)} uur per week` : null}</Veld>
        <Veld label="Toelichting intensiteit">{i.toelichtingIntensiteit}</Veld>
        <Veld label="Totale kosten">{i.totaleKosten != null ? formatEuro(i.totaleKosten) : null}</Veld>
        <Veld label="Toelichting kosten">{i.toelichtingKosten}</Veld>
      </DataList>
    </Blok>
  );
}
