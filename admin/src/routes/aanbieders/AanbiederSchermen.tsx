import { useParams } from 'react-router';
import { getFragmentData } from '../../__generated__';
import { AanbiederVeldenFragmentDoc, type AanbiederVeldenFragment } from '../../__generated__/graphql';
import { useBeheerAanbiederQuery, useCreateAanbiederMutation, useUpdateAanbiederMutation } from '../../__generated__/hooks';
import type { Veld, Waarden } from '../../components/RecordFormulier';
import { RecordLaden } from '../../components/RecordLaden';
import { RecordBewerken, RecordNieuw } from '../../components/RecordSchermen';
import { useEigenOrganisaties } from '../../components/useEigenOrganisaties';

const VELDEN: Veld[] = [
  { name: 'naam', label: 'Naam', verplicht: true, autoComplete: 'off' },
  { name: 'website', label: 'Website', type: 'url', autoComplete: 'off', omschrijving: 'Begint met https:// of http://.' },
  { name: 'email', label: 'E-mailadres', type: 'email', autoComplete: 'off' },
  { name: 'telefoon', label: 'Telefoonnummer', type: 'tel', autoComplete: 'off', omschrijving: 'Bijvoorbeeld 020-1234567.' },
];

const waardenVan = (a: AanbiederVeldenFragment): Waarden => ({
  organisatieId: a.organisatie.id, naam: a.naam, website: a.website ?? '', email: a.email ?? '', telefoon: a.telefoon ?? '',
});
/** Empty optional fields are cleared (null), as the API expects. */
const input = (w: Waarden) => ({ organisatieId: w.organisatieId ?? '', naam: w.naam ?? '', website: w.website || null, email: w.email || null, telefoon: w.telefoon || null });

/** "Creëer aanbieder"; saving leads to the aanbieder's page, for its contactpersonen and instruments. */
export function AanbiederNieuw() {
  const [create] = useCreateAanbiederMutation();
  return (
    <RecordNieuw
      titel="Nieuwe aanbieder"
      terug={{ naar: '/aanbieders', label: 'Aanbieders' }}
      velden={VELDEN}
      waarden={{ naam: '', website: '', email: '', telefoon: '' }}
      opslaan="Aanbieder opslaan"
      onOpslaan={async (w) => {
        const { data } = await create({ variables: { input: input(w) } });
        const id = data ? getFragmentData(AanbiederVeldenFragmentDoc, data.createAanbieder).id : '';
        return { naar: `/aanbieders/${id}`, melding: `Aanbieder ${w.naam} is aangemaakt. Voeg hieronder eventueel contactpersonen toe.` };
      }}
    />
  );
}

/** Edit an aanbieder's gegevens, or move it to another of the beheerder's organisaties (delete is on its page). */
export function AanbiederBewerken() {
  const { id = '' } = useParams();
  const organisaties = useEigenOrganisaties();
  const { data, loading, error, refetch } = useBeheerAanbiederQuery({ variables: { id }, fetchPolicy: 'network-only' });
  const [update] = useUpdateAanbiederMutation();
  const aanbieder = data && getFragmentData(AanbiederVeldenFragmentDoc, data.aanbieder);
  const herladen = async () => {
    const nieuw = (await refetch()).data;
    return nieuw ? waardenVan(getFragmentData(AanbiederVeldenFragmentDoc, nieuw.aanbieder)) : null;
  };
  const organisatie: Veld = { name: 'organisatieId', label: 'Organisatie', verplicht: true, opties: organisaties, omschrijving: 'De beherende partij.' };
  return (
    <RecordLaden loading={loading} error={error} record={aanbieder} wat="Aanbieder">
      {(a) => (
        <RecordBewerken
          titel={`Aanbieder ${a.naam} bewerken`}
          terug={{ naar: `/aanbieders/${a.id}`, label: a.naam }}
          velden={[organisatie, ...VELDEN]}
          waarden={waardenVan(a)}
          onHerladen={herladen}
          onOpslaan={async (w) => {
            await update({ variables: { id: a.id, version: a.version, input: input(w) } });
            return `Aanbieder ${w.naam} is opgeslagen.`;
          }}
        />
      )}
    </RecordLaden>
  );
}
