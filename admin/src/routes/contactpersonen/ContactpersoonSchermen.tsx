import { useParams } from 'react-router';
import { getFragmentData } from '../../__generated__';
import { ContactpersoonVeldenFragmentDoc, type ContactpersoonVeldenFragment } from '../../__generated__/graphql';
import {
  useBeheerContactpersonenQuery, useContactpersoonBijAanbiedersQuery, useCreateContactpersoonMutation, useDeleteContactpersoonMutation, useUpdateContactpersoonMutation,
} from '../../__generated__/hooks';
import { RecordFormulier, type Veld, type Waarden } from '../../components/RecordFormulier';
import { RecordKop } from '../../components/RecordKop';
import { RecordLaden } from '../../components/RecordLaden';
import { RecordVerwijderen } from '../../components/RecordVerwijderen';
import { useEigenOrganisaties } from '../../components/useEigenOrganisaties';
import { useRecordUitLijst } from '../../components/useRecordUitLijst';

const VELDEN: Veld[] = [
  { name: 'naam', label: 'Naam', verplicht: true, autoComplete: 'off' },
  { name: 'email', label: 'E-mailadres', type: 'email', autoComplete: 'off' },
  { name: 'telefoon', label: 'Telefoonnummer', type: 'tel', autoComplete: 'off', omschrijving: 'Bijvoorbeeld 020-1234567.' },
];

const LEEG = { naam: '', email: '', telefoon: '' };
const waardenVan = (c: ContactpersoonVeldenFragment): Waarden => ({ naam: c.naam, email: c.email ?? '', telefoon: c.telefoon ?? '' });
/** Empty optional fields are cleared (null), as the API expects. */
const input = (w: Waarden) => ({ naam: w.naam ?? '', email: w.email || null, telefoon: w.telefoon || null });

/** The names of the aanbieders this contactpersoon is linked to, so the delete question can say where. */
function useAanbiedersVan(id: string | undefined): string[] {
  const { data } = useContactpersoonBijAanbiedersQuery({ fetchPolicy: 'network-only' });
  return (data?.beheerAanbieders ?? []).filter((a) => a.contactpersonen.some((k) => k.contactpersoon.id === id)).map((a) => a.naam);
}

/** "Creëer contactpersoon": for one of the beheerder's organisaties. */
export function ContactpersoonNieuw() {
  const organisaties = useEigenOrganisaties();
  const [create] = useCreateContactpersoonMutation();
  const velden: Veld[] = [{ name: 'organisatieId', label: 'Organisatie', verplicht: true, opties: organisaties, omschrijving: 'De beherende partij.' }, ...VELDEN];
  return (
    <>
      <RecordKop titel="Nieuwe contactpersoon" terug={{ naar: '..', label: 'Contactpersonen' }} />
      <RecordFormulier
        velden={velden}
        waarden={{ ...LEEG, organisatieId: organisaties.length === 1 ? organisaties[0]!.value : '' }}
        opslaan="Contactpersoon opslaan"
        annuleren=".."
        onOpslaan={async (w) => {
          await create({ variables: { input: { organisatieId: w.organisatieId ?? '', ...input(w) } } });
          return { naar: '/contactpersonen', melding: `Contactpersoon ${w.naam} is aangemaakt.` };
        }}
      />
    </>
  );
}

/** Edit a contactpersoon, or delete it when nothing uses it any more. */
export function ContactpersoonBewerken() {
  const { id } = useParams();
  const query = useBeheerContactpersonenQuery({ fetchPolicy: 'network-only' });
  const { loading, error } = query;
  const aanbieders = useAanbiedersVan(id);
  const [update] = useUpdateContactpersoonMutation();
  const [remove] = useDeleteContactpersoonMutation();
  const { record, herladen } = useRecordUitLijst(query, (d) => getFragmentData(ContactpersoonVeldenFragmentDoc, d.beheerContactpersonen), (r) => r.id === id, waardenVan);
  return (
    <RecordLaden loading={loading} error={error} record={record} wat="Contactpersoon">
      {(c) => (
        <>
          <RecordKop titel={`Contactpersoon ${c.naam} bewerken`} terug={{ naar: '/contactpersonen', label: 'Contactpersonen' }} />
          <RecordFormulier
            velden={VELDEN}
            waarden={waardenVan(c)}
            opslaan="Wijzigingen opslaan"
            annuleren="/contactpersonen"
            onHerladen={herladen}
            onOpslaan={async (w) => {
              await update({ variables: { id: c.id, version: c.version, input: input(w) } });
              return { naar: '/contactpersonen', melding: `Contactpersoon ${w.naam} is opgeslagen.` };
            }}
          />
          <RecordVerwijderen
            titel="Contactpersoon verwijderen?"
            onVerwijder={() => remove({ variables: { id: c.id, version: c.version } })}
            onHerladen={herladen}
            naar="/contactpersonen"
            melding={`Contactpersoon ${c.naam} is verwijderd.`}
          >
            Weet je zeker dat je {c.naam} wilt verwijderen? Dat kan alleen als hij niet meer aan een instrument of aanbieder gekoppeld is.
            {aanbieders.length > 0 && ` Hij is nu contactpersoon van ${aanbieders.join(', ')}: haal hem daar eerst weg.`}
          </RecordVerwijderen>
        </>
      )}
    </RecordLaden>
  );
}
