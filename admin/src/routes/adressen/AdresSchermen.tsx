import { useParams } from 'react-router';
import { getFragmentData } from '../../__generated__';
import { AdresVeldenFragmentDoc, type AdresVeldenFragment } from '../../__generated__/graphql';
import { useBeheerAdressenQuery, useCreateAdresMutation, useDeleteAdresMutation, useUpdateAdresMutation } from '../../__generated__/hooks';
import type { Veld, Waarden } from '../../components/RecordFormulier';
import { RecordLaden } from '../../components/RecordLaden';
import { RecordBewerken, RecordNieuw } from '../../components/RecordSchermen';
import { useRecordUitLijst } from '../../components/useRecordUitLijst';

const VELDEN: Veld[] = [
  { name: 'straat', label: 'Straat', verplicht: true, autoComplete: 'off' },
  { name: 'huisnummer', label: 'Huisnummer', verplicht: true, autoComplete: 'off', omschrijving: 'Met toevoeging, bijvoorbeeld 12a.' },
  { name: 'postcode', label: 'Postcode', verplicht: true, autoComplete: 'off', omschrijving: 'Bijvoorbeeld 1234 AB.' },
  { name: 'plaats', label: 'Plaats', verplicht: true, autoComplete: 'off' },
];

const LIJST = { naar: '/adressen', label: 'Adressen' };
const waardenVan = (a: AdresVeldenFragment): Waarden => ({ straat: a.straat, huisnummer: a.huisnummer, postcode: a.postcode, plaats: a.plaats });
const input = (w: Waarden) => ({ straat: w.straat ?? '', huisnummer: w.huisnummer ?? '', postcode: w.postcode ?? '', plaats: w.plaats ?? '' });
const omschrijving = (a: Waarden) => `${a.straat} ${a.huisnummer}, ${a.plaats}`;

/** "Creëer adres": for one of the beheerder's organisaties. */
export function AdresNieuw() {
  const [create] = useCreateAdresMutation();
  return (
    <RecordNieuw
      titel="Nieuw adres"
      terug={LIJST}
      velden={VELDEN}
      waarden={{ straat: '', huisnummer: '', postcode: '', plaats: '' }}
      opslaan="Adres opslaan"
      onOpslaan={async (w) => {
        await create({ variables: { input: { organisatieId: w.organisatieId ?? '', ...input(w) } } });
        return { naar: LIJST.naar, melding: `Adres ${omschrijving(w)} is aangemaakt.` };
      }}
    />
  );
}

/** Edit an adres, or delete it when no locatie uses it any more. */
export function AdresBewerken() {
  const { id } = useParams();
  const query = useBeheerAdressenQuery({ fetchPolicy: 'network-only' });
  const [update] = useUpdateAdresMutation();
  const [remove] = useDeleteAdresMutation();
  const { record, herladen } = useRecordUitLijst(query, (d) => getFragmentData(AdresVeldenFragmentDoc, d.beheerAdressen), (r) => r.id === id, waardenVan);
  return (
    <RecordLaden loading={query.loading} error={query.error} record={record} wat="Adres">
      {(a) => (
        <RecordBewerken
          titel={`Adres ${omschrijving(waardenVan(a))} bewerken`}
          terug={LIJST}
          velden={VELDEN}
          waarden={waardenVan(a)}
          onHerladen={herladen}
          onOpslaan={async (w) => {
            await update({ variables: { id: a.id, version: a.version, input: input(w) } });
            return `Adres ${omschrijving(w)} is opgeslagen.`;
          }}
          verwijderen={{
            titel: 'Adres verwijderen?',
            onVerwijder: () => remove({ variables: { id: a.id, version: a.version } }),
            melding: `Adres ${omschrijving(waardenVan(a))} is verwijderd.`,
            uitleg: `Weet je zeker dat je ${omschrijving(waardenVan(a))} wilt verwijderen? Dat kan alleen als geen locatie van een instrument het nog gebruikt.`,
          }}
        />
      )}
    </RecordLaden>
  );
}
