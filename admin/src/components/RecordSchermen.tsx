import type { ReactNode } from 'react';
import { RecordFormulier, type NaOpslaan, type Veld, type Waarden } from './RecordFormulier';
import { RecordKop } from './RecordKop';
import { RecordVerwijderen } from './RecordVerwijderen';
import { useEigenOrganisaties } from './useEigenOrganisaties';

interface Terug {
  naar: string;
  label: string;
}

/**
 * The "creëer ..." screen of a record: its organisatie first (the beherende partij, only the beheerder's own;
 * chosen already when there is one), then the record's own fields.
 */
export function RecordNieuw({ titel, terug, velden, waarden, opslaan, onOpslaan, children }: {
  titel: string;
  terug: Terug;
  velden: Veld[];
  waarden: Waarden;
  opslaan: string;
  /** `organisatieId` is among the values. */
  onOpslaan: (waarden: Waarden) => Promise<NaOpslaan>;
  /** Said between the title and the form. */
  children?: ReactNode;
}) {
  const organisaties = useEigenOrganisaties();
  const organisatie: Veld = { name: 'organisatieId', label: 'Organisatie', verplicht: true, opties: organisaties, omschrijving: 'De beherende partij: een organisatie waar je zelf bij hoort.' };
  return (
    <>
      <RecordKop titel={titel} terug={terug} />
      {children}
      <RecordFormulier
        velden={[organisatie, ...velden]}
        waarden={{ ...waarden, organisatieId: organisaties.length === 1 ? organisaties[0]!.value : '' }}
        opslaan={opslaan}
        annuleren={terug.naar}
        onOpslaan={onOpslaan}
      />
    </>
  );
}

/**
 * The edit screen of a record: the form with the stored values (a stale save offers the reload), and below it
 * delete with its question. Saving and deleting lead back to `terug` with what happened.
 */
export function RecordBewerken({ titel, terug, velden, waarden, onOpslaan, onHerladen, verwijderen }: {
  titel: string;
  terug: Terug;
  velden: Veld[];
  waarden: Waarden;
  /** Saves; returns what the list then says ("Wijk Oost is opgeslagen."). */
  onOpslaan: (waarden: Waarden) => Promise<string>;
  onHerladen: () => Promise<Waarden | null>;
  verwijderen?: { titel: string; uitleg: ReactNode; onVerwijder: () => Promise<unknown>; melding: string };
}) {
  return (
    <>
      <RecordKop titel={titel} terug={terug} />
      <RecordFormulier
        velden={velden}
        waarden={waarden}
        opslaan="Wijzigingen opslaan"
        annuleren={terug.naar}
        onHerladen={onHerladen}
        onOpslaan={async (w) => ({ naar: terug.naar, melding: await onOpslaan(w) })}
      />
      {verwijderen && (
        <RecordVerwijderen titel={verwijderen.titel} onVerwijder={verwijderen.onVerwijder} onHerladen={onHerladen} naar={terug.naar} melding={verwijderen.melding}>
          {verwijderen.uitleg}
        </RecordVerwijderen>
      )}
    </>
  );
}
