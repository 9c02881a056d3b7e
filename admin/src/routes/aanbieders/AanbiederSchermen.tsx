import { useParams } from 'react-router';
import { getFragmentData } from '../../__generated__';
import { AanbiederVeldenFragmentDoc, type AanbiederVeldenFragment } from '../../__generated__/graphql';
import { useBeheerAanbiederQuery, useCreateAanbiederMutation, useUpdateAanbiederMutation } from '../../__generated__/hooks';
import { RecordFormulier, type Veld, type Waarden } from '../../components/RecordFormulier';
import { RecordKop } from '../../components/RecordKop';
import { RecordLaden } from '../../components/RecordLaden';
import { useEigenOrganisaties, type OrganisatieKeuze } from '../../components/useEigenOrganisaties';

const velden = (organisaties: OrganisatieKeuze[]): Veld[] => [
  { name: 'organisatieId', label: 'Organisatie', verplicht: true, opties: organisaties, omschrijving: 'De beherende partij: een organisatie waar je zelf bij hoort.' },
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
  const organisaties = useEigenOrganisaties();
  const [create] = useCreateAanbiederMutation();
  return (
    <>
      <RecordKop titel="Nieuwe aanbieder" terug={{ naar: '..', label: 'Aanbieders' }} />
      <RecordFormulier
        velden={velden(organisaties)}
        waarden={{ organisatieId: organisaties.length === 1 ? organisaties[0]!.value : '', naam: '', website: '', email: '', telefoon: '' }}
        opslaan="Aanbieder opslaan"
        annuleren=".."
        onOpslaan={async (w) => {
          const { data } = await create({ variables: { input: input(w) } });
          const id = data ? getFragmentData(AanbiederVeldenFragmentDoc, data.createAanbieder).id : '';
          return { naar: `/aanbieders/${id}`, melding: `Aanbieder ${w.naam} is aangemaakt. Voeg hieronder eventueel contactpersonen toe.` };
        }}
      />
    </>
  );
}

/** Edit an aanbieder's gegevens (its contactpersonen and instruments are on its page). */
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
  return (
    <RecordLaden loading={loading} error={error} record={aanbieder} wat="Aanbieder">
      {(a) => (
        <>
          <RecordKop titel={`Aanbieder ${a.naam} bewerken`} terug={{ naar: `/aanbieders/${a.id}`, label: a.naam }} />
          <RecordFormulier
            velden={velden(organisaties)}
            waarden={waardenVan(a)}
            opslaan="Wijzigingen opslaan"
            annuleren={`/aanbieders/${a.id}`}
            onHerladen={herladen}
            onOpslaan={async (w) => {
              await update({ variables: { id: a.id, version: a.version, input: input(w) } });
              return { naar: `/aanbieders/${a.id}`, melding: `Aanbieder ${w.naam} is opgeslagen.` };
            }}
          />
        </>
      )}
    </RecordLaden>
  );
}
