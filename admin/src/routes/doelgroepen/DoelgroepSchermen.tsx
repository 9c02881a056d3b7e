import { LoadingState } from '@instrumentengidsen/ui';
import { useParams } from 'react-router';
import type { DoelgroepVeldenFragment } from '../../__generated__/graphql';
import { useCreateDoelgroepMutation, useDeleteDoelgroepMutation, useUpdateDoelgroepMutation } from '../../__generated__/hooks';
import type { Veld, Waarden } from '../../components/RecordFormulier';
import { RecordLaden } from '../../components/RecordLaden';
import { RecordBewerken, RecordNieuw } from '../../components/RecordSchermen';
import { useEigenOrganisaties } from '../../components/useEigenOrganisaties';
import { useRecordUitLijst } from '../../components/useRecordUitLijst';
import { eigenDoelgroepen, useDoelgroepenQuery } from './eigen-doelgroepen';

const VELDEN: Veld[] = [
  { name: 'naam', label: 'Naam van de doelgroep', verplicht: true, autoComplete: 'off' },
  { name: 'beschrijving', label: 'Beschrijving', meerdereRegels: true, omschrijving: 'Hoogstens 1000 tekens.' },
];

const LIJST = { naar: '/doelgroepen', label: 'Doelgroepen' };
const waardenVan = (d: DoelgroepVeldenFragment): Waarden => ({ naam: d.naam, beschrijving: d.beschrijving ?? '' });

/** "Creëer doelgroep": an organisatie's own doelgroep in the Eva or the Dennis list. */
export function DoelgroepNieuw() {
  const { data } = useDoelgroepenQuery('cache-and-network');
  const organisaties = useEigenOrganisaties();
  const [create] = useCreateDoelgroepMutation();
  const lijsten = data ? eigenDoelgroepen(data, organisaties).map((c) => ({ value: c.code, label: c.label })) : [];
  const categorie: Veld = { name: 'categorie', label: 'Lijst', verplicht: true, opties: lijsten, omschrijving: 'De doelgroepen van Eva of die van Dennis.' };
  return (
    <RecordNieuw
      titel="Nieuwe doelgroep"
      terug={LIJST}
      velden={[categorie, ...VELDEN]}
      waarden={{ categorie: '', naam: '', beschrijving: '' }}
      opslaan="Doelgroep opslaan"
      onOpslaan={async (w) => {
        const input = { categorie: w.categorie ?? '', organisatieId: w.organisatieId ?? '', naam: w.naam ?? '', beschrijving: w.beschrijving || null };
        await create({ variables: { input } });
        return { naar: LIJST.naar, melding: `Doelgroep ${w.naam} is aangemaakt.` };
      }}
    />
  );
}

/** Rename or describe an own doelgroep, or delete it (the instruments that have it lose it). */
export function DoelgroepBewerken() {
  const { code } = useParams();
  const query = useDoelgroepenQuery('network-only');
  const organisaties = useEigenOrganisaties();
  const [update] = useUpdateDoelgroepMutation();
  const [remove] = useDeleteDoelgroepMutation();
  const { record, herladen } = useRecordUitLijst(query, (d) => eigenDoelgroepen(d, organisaties).flatMap((c) => c.doelgroepen), (d) => d.code === code, waardenVan);
  // Which doelgroepen are the beheerder's own is known once their organisaties are.
  if (!organisaties.length) return <LoadingState>Doelgroep laden…</LoadingState>;
  return (
    <RecordLaden loading={query.loading} error={query.error} record={record} wat="Doelgroep">
      {(d) => (
        <RecordBewerken
          titel={`Doelgroep ${d.naam} bewerken`}
          terug={LIJST}
          velden={VELDEN}
          waarden={waardenVan(d)}
          onHerladen={herladen}
          onOpslaan={async (w) => {
            await update({ variables: { code: d.code, version: d.version, input: { naam: w.naam ?? '', beschrijving: w.beschrijving || null } } });
            return `Doelgroep ${w.naam} is opgeslagen.`;
          }}
          verwijderen={{
            titel: 'Doelgroep verwijderen?',
            onVerwijder: () => remove({ variables: { code: d.code, version: d.version } }),
            melding: `Doelgroep ${d.naam} is verwijderd.`,
            uitleg: `Weet je zeker dat je de doelgroep ${d.naam} wilt verwijderen? Instrumenten met deze doelgroep verliezen hem: bij die instrumenten staat de doelgroep daarna niet meer.`,
          }}
        />
      )}
    </RecordLaden>
  );
}
