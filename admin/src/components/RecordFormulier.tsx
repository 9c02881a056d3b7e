import { ErrorState, LoadingState, NoticeState, useMutationForm, type MutationForm } from '@instrumentengidsen/ui';
import { Button, ButtonGroup, FormFieldTextarea, FormFieldTextbox, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { KeuzeVeld, type Optie } from './KeuzeVeld';
import { OnopgeslagenWaarschuwing } from './OnopgeslagenWaarschuwing';
import { isVerouderd, recordFout } from './record-fouten';
import './records.css';

/** One field of a record form. `name` is the API's input field, so the server's field errors land next to it. */
export interface Veld {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'tel' | 'url';
  verplicht?: boolean;
  omschrijving?: string;
  autoComplete?: string;
  /** A choice instead of text (organisatie, categorie). */
  opties?: Optie[];
  /** Several lines of text (a beschrijving). */
  meerdereRegels?: boolean;
}

export type Waarden = Record<string, string>;

/** Where to go after a save, and what to say there (RecordMelding). */
export interface NaOpslaan {
  naar: string;
  melding: string;
}

function waardenVan(form: HTMLFormElement, velden: Veld[]): Waarden {
  const data = new FormData(form);
  return Object.fromEntries(velden.map((veld) => [veld.name, String(data.get(veld.name) ?? '').trim()]));
}

/**
 * The form of every reusable record (aanbieder, contactpersoon, adres, wijk, doelgroep): its fields with the
 * server's errors next to them, the alert above, the unsaved-changes guard, and a stale edit's CONFLICT with a
 * reload that keeps what the beheerder typed and shows what someone else saved meanwhile.
 */
export function RecordFormulier({ velden, waarden, opslaan, annuleren, onOpslaan, onHerladen }: {
  velden: Veld[];
  /** The stored values (empty strings for a new record). */
  waarden: Waarden;
  /** The submit button: "Contactpersoon opslaan". */
  opslaan: string;
  /** Where "Annuleren" goes. */
  annuleren: string;
  onOpslaan: (waarden: Waarden) => Promise<NaOpslaan>;
  /** For an existing record: fetches the newest stored values (and version) after a CONFLICT. */
  onHerladen?: () => Promise<Waarden | null>;
}) {
  const form = useMutationForm();
  const navigate = useNavigate();
  const element = useRef<HTMLFormElement>(null);
  const [gewijzigd, setGewijzigd] = useState(false);
  const [conflict, setConflict] = useState<string | null>(null);
  const [intussen, setIntussen] = useState<{ label: string; waarde: string }[] | null>(null);
  const [klaar, setKlaar] = useState<NaOpslaan | null>(null);
  const [versie, setVersie] = useState(0);

  // Navigate only after the render that cleared `gewijzigd`, or the guard would hold our own navigation.
  useEffect(() => {
    if (klaar) void navigate(klaar.naar, { state: { melding: klaar.melding } });
  }, [klaar, navigate]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    const ingevuld = waardenVan(event.currentTarget, velden);
    return form.onSubmit(async () => {
      try {
        const na = await onOpslaan(ingevuld);
        setConflict(null);
        setGewijzigd(false);
        setKlaar(na);
      } catch (error) {
        const fout = recordFout(error);
        setConflict(fout.code === 'CONFLICT' ? fout.melding : null);
        throw error;
      }
    })(event);
  };

  const herladen = async () => {
    const nieuw = await onHerladen?.();
    if (!nieuw || !element.current) return;
    const ingevuld = waardenVan(element.current, velden);
    setIntussen(velden.filter((veld) => nieuw[veld.name] !== ingevuld[veld.name]).map((veld) => ({ label: veld.label, waarde: labelVan(veld, nieuw[veld.name] ?? '') })));
    setConflict(null);
  };

  // A choice without options is still loading (every beheerder has an organisatie): a select mounted now would
  // keep its empty default.
  if (velden.some((veld) => veld.opties && !veld.opties.length)) return <LoadingState>Formulier laden…</LoadingState>;

  return (
    <>
      {conflict ? (
        <div className="record-conflict">
          <ErrorState>
            {conflict}
            {onHerladen && isVerouderd(conflict) && (
              <Paragraph>
                <Button appearance="secondary-action-button" onClick={herladen}>
                  Opnieuw laden
                </Button>
              </Paragraph>
            )}
          </ErrorState>
        </div>
      ) : (
        form.message && <ErrorState>{form.message}</ErrorState>
      )}
      {intussen && (
        <NoticeState>
          {intussen.length ? (
            <>
              De nieuwste versie is geladen. Intussen opgeslagen:{' '}
              {intussen.map((v) => `${v.label}: ${v.waarde || '(leeg)'}`).join('; ')}. Jouw tekst staat nog in het formulier: kijk hem na en sla op, of{' '}
              <Button
                appearance="subtle-button"
                onClick={() => {
                  setIntussen(null);
                  setGewijzigd(false);
                  setVersie((v) => v + 1);
                }}
              >
                neem de opgeslagen versie over
              </Button>
              .
            </>
          ) : (
            'De nieuwste versie is geladen. Sla je wijziging opnieuw op.'
          )}
        </NoticeState>
      )}
      <form ref={element} key={versie} noValidate onSubmit={submit} onChange={() => setGewijzigd(true)} className="record-formulier">
        <Paragraph>Velden met * zijn verplicht.</Paragraph>
        {velden.map((veld) => (
          <RecordVeld key={veld.name} veld={veld} waarde={waarden[veld.name] ?? ''} {...veldFout(form, veld.name)} />
        ))}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" disabled={form.submitting}>
            {opslaan}
          </Button>
          <RouterLink to={annuleren} className="utrecht-link">
            Annuleren
          </RouterLink>
        </ButtonGroup>
      </form>
      <OnopgeslagenWaarschuwing gewijzigd={gewijzigd} />
    </>
  );
}

/**
 * The field's error under the API's name for it: `naam`, or `input.naam` where a mutation nests its input; a field
 * holding a list (the words of a synoniemgroep, one per line) also gets the errors of its items (`termen[2]`).
 */
function veldFout(form: MutationForm, name: string) {
  const items = Object.keys(form.fields).filter((field) => field.startsWith(`${name}[`) || field.startsWith(`input.${name}[`) || field.startsWith(`input.${name}.`));
  const meldingen = [form.fieldError(name) ?? form.fieldError(`input.${name}`), ...items.map((field) => form.fields[field])].filter(Boolean);
  const errorMessage = meldingen.length ? meldingen.join(' ') : undefined;
  return { name, errorMessage, invalid: !!errorMessage };
}

const labelVan = (veld: Veld, waarde: string) => veld.opties?.find((o) => o.value === waarde)?.label ?? waarde;

function RecordVeld({ veld, waarde, name, errorMessage, invalid }: { veld: Veld; waarde: string; name: string; errorMessage: string | undefined; invalid: boolean }) {
  const label = veld.verplicht ? `${veld.label} *` : veld.label;
  const common = { name, errorMessage, invalid, label, description: veld.omschrijving, defaultValue: waarde, required: veld.verplicht };
  if (veld.opties) {
    return <KeuzeVeld label={label} name={name} opties={veld.opties} leeg={waarde ? undefined : 'Kies…'} defaultValue={waarde} description={veld.omschrijving} errorMessage={errorMessage} required={veld.verplicht} />;
  }
  if (veld.meerdereRegels) return <FormFieldTextarea {...common} rows={4} />;
  return <FormFieldTextbox {...common} type={veld.type ?? 'text'} autoComplete={veld.autoComplete} />;
}
