import { useParams } from 'react-router';
import type { DoelgroepVeldenFragment } from '../../__generated__/graphql';
import { useCreateDoelgroepMutation, useDeleteDoelgroepMutation, useUpdateDoelgroepMutation } from '../../__generated__/hooks';
import { RecordFormulier, type Veld, type Waarden } from '../../components/RecordFormulier';
import { RecordKop } from '../../components/RecordKop';
import { RecordLaden } from '../../components/RecordLaden';
import { RecordVerwijderen } from '../../components/RecordVerwijderen';
import { useEigenOrganisaties } from '../../components/useEigenOrganisaties';
import { useRecordUitLijst } from '../../components/useRecordUitLijst';
import { eigenDoelgroepen, useDoelgroepenQuery } from './eigen-doelgroepen';

const VELDEN: Veld[] = [
  { name: 'naam', label: 'Naam van de doelgroep', verplicht: true, autoComplete: 'off' },
  { name: 'beschrijving', label: 'Beschrijving', meerdereRegels: true, omschrijving: 'Hoogstens 1000 tekens.' },
];

const waardenVan = (d: DoelgroepVeldenFragment): Waarden => ({ naam: d.naam, beschrijving: d.beschrijving ?? '' });

/** "Creëer doelgroep": an organisatie's own doelgroep in the Eva or the Dennis list. */
export function DoelgroepNieuw() {
  const { data } = useDoelgroepenQuery('cache-and-network');
  const organisaties = useEigenOrganisaties();
  const [create] = useCreateDoelgroepMutation();
  const categorieen = data ? eigenDoelgroepen(data, organisaties).map((c) => ({ value: c.code, label: c.label })) : [];
  const velden: Veld[] = [
    { name: 'categorie', label: 'Lijst', verplicht: true, opties: categorieen, omschrijving: 'De doelgroepen van Eva of die van Dennis.' },
    { name: 'organisatieId', label: 'Organisatie', verplicht: true, opties: organisaties, omschrijving: 'De beherende partij.' },
    ...VELDEN,
  ];
  return (
    <>
      <RecordKop titel="Nieuwe doelgroep" terug={{ naar: '..', label: 'Doelgroepen' }} />
      {data && (
        <RecordFormulier
          velden={velden}
          waarden={{ naam: '', beschrijving: '', categorie: '', organisatieId: organisaties.length === 1 ? organisaties[0]!.value : '' }}
          opslaan="Doelgroep opslaan"
          annuleren=".."
          onOpslaan={async (w) => {
            const input = { categorie: w.categorie ?? '', organisatieId: w.organisatieId ?? '', naam: w.naam ?? '', beschrijving: w.beschrijving || null };
            await create({ variables: { input } });
            return { naar: '/doelgroepen', melding: `Doelgroep ${w.naam} is aangemaakt.` };
          }}
        />
      )}
    </>
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
  return (
    <RecordLaden loading={query.loading || !organisaties.length} error={query.error} record={record} wat="Doelgroep">
      {(d) => (
        <>
          <RecordKop titel={`Doelgroep ${d.naam} bewerken`} terug={{ naar: '/doelgroepen', label: 'Doelgroepen' }} />
          <RecordFormulier
            velden={VELDEN}
            waarden={waardenVan(d)}
            opslaan="Wijzigingen opslaan"
            annuleren="/doelgroepen"
            onHerladen={herladen}
            onOpslaan={async (w) => {
              await update({ variables: { code: d.code, version: d.version, input: { naam: w.naam ?? '', beschrijving: w.beschrijving || null } } });
              return { naar: '/doelgroepen', melding: `Doelgroep ${w.naam} is opgeslagen.` };
            }}
          />
          <RecordVerwijderen
            titel="Doelgroep verwijderen?"
            onVerwijder={() => remove({ variables: { code: d.code, version: d.version } })}
            onHerladen={herladen}
            naar="/doelgroepen"
            melding={`Doelgroep ${d.naam} is verwijderd.`}
          >
            Weet je zeker dat je de doelgroep {d.naam} wilt verwijderen? Instrumenten met deze doelgroep verliezen hem: bij die instrumenten staat de
            doelgroep daarna niet meer.
          </RecordVerwijderen>
        </>
      )}
    </RecordLaden>
  );
}
