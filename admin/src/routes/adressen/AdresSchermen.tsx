import { useParams } from 'react-router';
import { getFragmentData } from '../../__generated__';
import { AdresVeldenFragmentDoc, type AdresVeldenFragment } from '../../__generated__/graphql';
import { useBeheerAdressenQuery, useCreateAdresMutation, useDeleteAdresMutation, useUpdateAdresMutation } from '../../__generated__/hooks';
import { RecordFormulier, type Veld, type Waarden } from '../../components/RecordFormulier';
import { RecordKop } from '../../components/RecordKop';
import { RecordLaden } from '../../components/RecordLaden';
import { RecordVerwijderen } from '../../components/RecordVerwijderen';
import { useEigenOrganisaties } from '../../components/useEigenOrganisaties';
import { useRecordUitLijst } from '../../components/useRecordUitLijst';

const VELDEN: Veld[] = [
  { name: 'straat', label: 'Straat', verplicht: true, autoComplete: 'off' },
  { name: 'huisnummer', label: 'Huisnummer', verplicht: true, autoComplete: 'off', omschrijving: 'Met toevoeging, bijvoorbeeld 12a.' },
  { name: 'postcode', label: 'Postcode', verplicht: true, autoComplete: 'off', omschrijving: 'Bijvoorbeeld 1234 AB.' },
  { name: 'plaats', label: 'Plaats', verplicht: true, autoComplete: 'off' },
];

const LEEG = { straat: '', huisnummer: '', postcode: '', plaats: '' };
const waardenVan = (a: AdresVeldenFragment): Waarden => ({ straat: a.straat, huisnummer: a.huisnummer, postcode: a.postcode, plaats: a.plaats });
const input = (w: Waarden) => ({ straat: w.straat ?? '', huisnummer: w.huisnummer ?? '', postcode: w.postcode ?? '', plaats: w.plaats ?? '' });
const omschrijving = (a: Pick<AdresVeldenFragment, 'straat' | 'huisnummer' | 'plaats'> | Waarden) => `${a.straat} ${a.huisnummer}, ${a.plaats}`;

/** "Creëer adres": for one of the beheerder's organisaties. */
export function AdresNieuw() {
  const organisaties = useEigenOrganisaties();
  const [create] = useCreateAdresMutation();
  const velden: Veld[] = [{ name: 'organisatieId', label: 'Organisatie', verplicht: true, opties: organisaties, omschrijving: 'De beherende partij.' }, ...VELDEN];
  return (
    <>
      <RecordKop titel="Nieuw adres" terug={{ naar: '..', label: 'Adressen' }} />
      <RecordFormulier
        velden={velden}
        waarden={{ ...LEEG, organisatieId: organisaties.length === 1 ? organisaties[0]!.value : '' }}
        opslaan="Adres opslaan"
        annuleren=".."
        onOpslaan={async (w) => {
          await create({ variables: { input: { organisatieId: w.organisatieId ?? '', ...input(w) } } });
          return { naar: '/adressen', melding: `Adres ${omschrijving(w)} is aangemaakt.` };
        }}
      />
    </>
  );
}

/** Edit an adres, or delete it when no locatie uses it any more. */
export function AdresBewerken() {
  const { id } = useParams();
  const query = useBeheerAdressenQuery({ fetchPolicy: 'network-only' });
  const { loading, error } = query;
  const [update] = useUpdateAdresMutation();
  const [remove] = useDeleteAdresMutation();
  const { record, herladen } = useRecordUitLijst(query, (d) => getFragmentData(AdresVeldenFragmentDoc, d.beheerAdressen), (r) => r.id === id, waardenVan);
  return (
    <RecordLaden loading={loading} error={error} record={record} wat="Adres">
      {(a) => (
        <>
          <RecordKop titel={`Adres ${omschrijving(a)} bewerken`} terug={{ naar: '/adressen', label: 'Adressen' }} />
          <RecordFormulier
            velden={VELDEN}
            waarden={waardenVan(a)}
            opslaan="Wijzigingen opslaan"
            annuleren="/adressen"
            onHerladen={herladen}
            onOpslaan={async (w) => {
              await update({ variables: { id: a.id, version: a.version, input: input(w) } });
              return { naar: '/adressen', melding: `Adres ${omschrijving(w)} is opgeslagen.` };
            }}
          />
          <RecordVerwijderen
            titel="Adres verwijderen?"
            onVerwijder={() => remove({ variables: { id: a.id, version: a.version } })}
            onHerladen={herladen}
            naar="/adressen"
            melding={`Adres ${omschrijving(a)} is verwijderd.`}
          >
            Weet je zeker dat je {omschrijving(a)} wilt verwijderen? Dat kan alleen als geen locatie van een instrument het nog gebruikt.
          </RecordVerwijderen>
        </>
      )}
    </RecordLaden>
  );
}
