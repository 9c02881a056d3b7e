import { NoticeState } from '@instrumentengidsen/ui';
import { Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { getFragmentData } from '../../__generated__';
import { WijkVeldenFragmentDoc, type WijkVeldenFragment } from '../../__generated__/graphql';
import { useBeheerWijkenQuery, useCreateWijkMutation, useDeleteWijkMutation, useUpdateWijkMutation, useWijkGemeentenQuery } from '../../__generated__/hooks';
import type { Veld, Waarden } from '../../components/RecordFormulier';
import { RecordKop } from '../../components/RecordKop';
import { RecordLaden } from '../../components/RecordLaden';
import { RecordBewerken, RecordNieuw } from '../../components/RecordSchermen';
import { useRecordUitLijst } from '../../components/useRecordUitLijst';
import { useGemeenteKeuze } from './GemeenteKeuze';

const VELDEN: Veld[] = [{ name: 'naam', label: 'Naam van de wijk', verplicht: true, autoComplete: 'off' }];
const waardenVan = (w: WijkVeldenFragment): Waarden => ({ naam: w.naam });

/** The list of the gemeente chosen there (`?regio=&gemeente=`), to go back to. */
function useLijst() {
  const { regio, gemeente } = useGemeenteKeuze();
  return { gemeente, regio, lijst: `/wijken?regio=${regio}&gemeente=${gemeente}` };
}

/** "Creëer wijk" in the gemeente chosen on the list. */
export function WijkNieuw() {
  const { gemeente, regio, lijst } = useLijst();
  const gemeenten = useWijkGemeentenQuery({ variables: { regioCode: regio }, skip: !regio });
  const naam = gemeenten.data?.gemeenten.find((g) => g.code === gemeente)?.naam ?? gemeente;
  const [create] = useCreateWijkMutation();
  if (!gemeente) {
    return (
      <>
        <RecordKop titel="Nieuwe wijk" terug={{ naar: '/wijken', label: 'Wijken' }} />
        <NoticeState>Kies eerst op de lijst van wijken een regio en een gemeente.</NoticeState>
      </>
    );
  }
  return (
    <RecordNieuw
      titel={`Nieuwe wijk in ${naam}`}
      terug={{ naar: lijst, label: `Wijken van ${naam}` }}
      velden={VELDEN}
      waarden={{ naam: '' }}
      opslaan="Wijk opslaan"
      onOpslaan={async (w) => {
        await create({ variables: { input: { organisatieId: w.organisatieId ?? '', gemeenteCode: gemeente, naam: w.naam ?? '' } } });
        return { naar: lijst, melding: `Wijk ${w.naam} is aangemaakt.` };
      }}
    >
      <Paragraph>De wijk komt in de gemeente {naam}.</Paragraph>
    </RecordNieuw>
  );
}

/** Rename a wijk, or delete it when no instrument uses it. */
export function WijkBewerken() {
  const { id } = useParams();
  const { gemeente, lijst } = useLijst();
  const query = useBeheerWijkenQuery({ variables: { gemeenteCode: gemeente }, skip: !gemeente, fetchPolicy: 'network-only' });
  const [update] = useUpdateWijkMutation();
  const [remove] = useDeleteWijkMutation();
  const { record, herladen } = useRecordUitLijst(query, (d) => getFragmentData(WijkVeldenFragmentDoc, d.beheerWijken), (w) => w.id === id, waardenVan);
  return (
    <RecordLaden loading={query.loading} error={query.error} record={record} wat="Wijk">
      {(w) => (
        <RecordBewerken
          titel={`Wijk ${w.naam} bewerken`}
          terug={{ naar: lijst, label: `Wijken van ${w.gemeente.naam}` }}
          velden={VELDEN}
          waarden={waardenVan(w)}
          onHerladen={herladen}
          onOpslaan={async (v) => {
            await update({ variables: { id: w.id, version: w.version, input: { naam: v.naam ?? '' } } });
            return `Wijk ${v.naam} is opgeslagen.`;
          }}
          verwijderen={{
            titel: 'Wijk verwijderen?',
            onVerwijder: () => remove({ variables: { id: w.id, version: w.version } }),
            melding: `Wijk ${w.naam} is verwijderd.`,
            uitleg: `Weet je zeker dat je de wijk ${w.naam} in ${w.gemeente.naam} wilt verwijderen? Dat kan alleen als geen instrument de wijk nog gebruikt.`,
          }}
        />
      )}
    </RecordLaden>
  );
}
