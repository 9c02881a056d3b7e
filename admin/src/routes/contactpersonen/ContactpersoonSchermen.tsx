import { useParams } from 'react-router';
import { getFragmentData } from '../../__generated__';
import { ContactpersoonVeldenFragmentDoc, type ContactpersoonVeldenFragment } from '../../__generated__/graphql';
import {
  useBeheerContactpersonenQuery, useContactpersoonBijAanbiedersQuery, useCreateContactpersoonMutation, useDeleteContactpersoonMutation,
  useUpdateContactpersoonMutation,
} from '../../__generated__/hooks';
import type { Veld, Waarden } from '../../components/RecordFormulier';
import { RecordLaden } from '../../components/RecordLaden';
import { RecordBewerken, RecordNieuw } from '../../components/RecordSchermen';
import { useRecordUitLijst } from '../../components/useRecordUitLijst';

const VELDEN: Veld[] = [
  { name: 'naam', label: 'Naam', verplicht: true, autoComplete: 'off' },
  { name: 'email', label: 'E-mailadres', type: 'email', autoComplete: 'off' },
  { name: 'telefoon', label: 'Telefoonnummer', type: 'tel', autoComplete: 'off', omschrijving: 'Bijvoorbeeld 020-1234567.' },
];

const LIJST = { naar: '/contactpersonen', label: 'Contactpersonen' };
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
  const [create] = useCreateContactpersoonMutation();
  return (
    <RecordNieuw
      titel="Nieuwe contactpersoon"
      terug={LIJST}
      velden={VELDEN}
      waarden={{ naam: '', email: '', telefoon: '' }}
      opslaan="Contactpersoon opslaan"
      onOpslaan={async (w) => {
        await create({ variables: { input: { organisatieId: w.organisatieId ?? '', ...input(w) } } });
        return { naar: LIJST.naar, melding: `Contactpersoon ${w.naam} is aangemaakt.` };
      }}
    />
  );
}

/** Edit a contactpersoon, or delete it when nothing uses it any more. */
export function ContactpersoonBewerken() {
  const { id } = useParams();
  const query = useBeheerContactpersonenQuery({ fetchPolicy: 'network-only' });
  const aanbieders = useAanbiedersVan(id);
  const [update] = useUpdateContactpersoonMutation();
  const [remove] = useDeleteContactpersoonMutation();
  const { record, herladen } = useRecordUitLijst(query, (d) => getFragmentData(ContactpersoonVeldenFragmentDoc, d.beheerContactpersonen), (r) => r.id === id, waardenVan);
  return (
    <RecordLaden loading={query.loading} error={query.error} record={record} wat="Contactpersoon">
      {(c) => (
        <RecordBewerken
          titel={`Contactpersoon ${c.naam} bewerken`}
          terug={LIJST}
          velden={VELDEN}
          waarden={waardenVan(c)}
          onHerladen={herladen}
          onOpslaan={async (w) => {
            await update({ variables: { id: c.id, version: c.version, input: input(w) } });
            return `Contactpersoon ${w.naam} is opgeslagen.`;
          }}
          verwijderen={{
            titel: 'Contactpersoon verwijderen?',
            onVerwijder: () => remove({ variables: { id: c.id, version: c.version } }),
            melding: `Contactpersoon ${c.naam} is verwijderd.`,
            uitleg: (
              <>
                Weet je zeker dat je {c.naam} wilt verwijderen? Dat kan alleen als hij niet meer aan een instrument of aanbieder gekoppeld is.
                {aanbieders.length > 0 && ` Hij is nu contactpersoon van ${aanbieders.join(', ')}: haal hem daar eerst weg.`}
              </>
            ),
          }}
        />
      )}
    </RecordLaden>
  );
}
