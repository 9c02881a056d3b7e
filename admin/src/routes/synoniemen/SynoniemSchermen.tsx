import { useParams } from 'react-router';
import type { SynoniemgroepVeldenFragment } from '../../__generated__/graphql';
import { useCreateSynoniemgroepMutation, useDeleteSynoniemgroepMutation, useUpdateSynoniemgroepMutation } from '../../__generated__/hooks';
import { RecordFormulier, type Veld, type Waarden } from '../../components/RecordFormulier';
import { RecordKop } from '../../components/RecordKop';
import { RecordLaden } from '../../components/RecordLaden';
import { RecordBewerken } from '../../components/RecordSchermen';
import { useRecordUitLijst } from '../../components/useRecordUitLijst';
import { synoniemgroepen, useSynoniemgroepenQuery } from './synoniemgroepen';
import { splitsTermen, termenAlsTekst } from './termen-tekst';

const VELDEN: Veld[] = [
  {
    name: 'termen',
    label: 'Woorden',
    verplicht: true,
    meerdereRegels: true,
    omschrijving: 'Eén woord per regel, of met komma’s ertussen. 2 tot 20 woorden. Een streepje mag (re-integratie), een spatie niet.',
  },
  { name: 'toelichting', label: 'Toelichting', meerdereRegels: true, omschrijving: 'Waarom betekenen deze woorden hetzelfde? Hoogstens 500 tekens.' },
];

const LIJST = { naar: '/synoniemen', label: 'Synoniemen bij zoeken' };
const waardenVan = (g: SynoniemgroepVeldenFragment): Waarden => ({ termen: termenAlsTekst(g.termen), toelichting: g.toelichting ?? '' });
const inputVan = (w: Waarden) => ({ termen: splitsTermen(w.termen ?? ''), toelichting: w.toelichting || null });
/** A group is named by its first word, as the list sorts it (lower case, as the API stores it). */
const naamVan = (termen: readonly string[]) => `‘${termen[0]?.toLowerCase() ?? ''}’`;

/** A new group of words. */
export function SynoniemNieuw() {
  const [create] = useCreateSynoniemgroepMutation();
  return (
    <>
      <RecordKop titel="Nieuwe synoniemgroep" terug={LIJST} />
      <RecordFormulier
        velden={VELDEN}
        waarden={{ termen: '', toelichting: '' }}
        opslaan="Groep opslaan"
        annuleren={LIJST.naar}
        onOpslaan={async (w) => {
          await create({ variables: { input: inputVan(w) } });
          return { naar: LIJST.naar, melding: `Groep ${naamVan(splitsTermen(w.termen ?? ''))} is aangemaakt.` };
        }}
      />
    </>
  );
}

/** Change the words or the toelichting of a group, or delete it. */
export function SynoniemBewerken() {
  const { id } = useParams();
  const query = useSynoniemgroepenQuery('network-only');
  const [update] = useUpdateSynoniemgroepMutation();
  const [remove] = useDeleteSynoniemgroepMutation();
  const { record, herladen } = useRecordUitLijst(query, synoniemgroepen, (g) => g.id === id, waardenVan);
  return (
    <RecordLaden loading={query.loading} error={query.error} record={record} wat="Synoniemgroep">
      {(g) => (
        <RecordBewerken
          titel={`Synoniemgroep ${naamVan(g.termen)} bewerken`}
          terug={LIJST}
          velden={VELDEN}
          waarden={waardenVan(g)}
          onHerladen={herladen}
          onOpslaan={async (w) => {
            await update({ variables: { id: g.id, version: g.version, input: inputVan(w) } });
            return `Groep ${naamVan(splitsTermen(w.termen ?? ''))} is opgeslagen.`;
          }}
          verwijderen={{
            titel: 'Synoniemgroep verwijderen?',
            onVerwijder: () => remove({ variables: { id: g.id, version: g.version } }),
            melding: `Groep ${naamVan(g.termen)} is verwijderd.`,
            uitleg: `Weet je zeker dat je de groep ${g.termen.join(', ')} wilt verwijderen? Wie daarna een van deze woorden zoekt, vindt alleen nog instrumenten met precies dat woord.`,
          }}
        />
      )}
    </RecordLaden>
  );
}
