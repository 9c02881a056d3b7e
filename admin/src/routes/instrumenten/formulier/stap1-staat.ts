import { useMutationForm, type MutationForm } from '@instrumentengidsen/ui';
import { useCallback, useState } from 'react';
import { gewijzigdeVelden, lokaleFouten, veldVanFout, type VeldNaam, type Waarden } from './velden';

const INVALID_MESSAGE = 'Niet alles is goed ingevuld. Kijk de velden met een melding na.';

export interface Stap1Staat {
  waarden: Waarden;
  /** What the form was loaded with (or last saved): the comparison for "unsaved changes" and for a conflict. */
  basis: Waarden;
  zet: <K extends VeldNaam>(veld: K, waarde: Waarden[K]) => void;
  gewijzigd: VeldNaam[];
  /** Replace both (after a save, or a reload after a conflict); the rich-text editors start anew. */
  laad: (basis: Waarden, waarden?: Waarden) => void;
  revisie: number;
  form: MutationForm;
  fout: (veld: VeldNaam) => string | undefined;
  /** The message above the form (not for a conflict: the screen explains that itself). */
  melding: string | undefined;
  /** Runs a save when the form's own checks pass; problems of both kinds show next to their fields. */
  verstuur: (run: () => Promise<unknown>) => (event?: React.FormEvent) => Promise<void>;
}

/** Stap 1's values, what they started from, and the errors of the last save (local checks and the API's). */
export function useStap1(begin: Waarden): Stap1Staat {
  const [basis, setBasis] = useState(begin);
  const [waarden, setWaarden] = useState(begin);
  const [revisie, setRevisie] = useState(0);
  const [lokaal, setLokaal] = useState<Partial<Record<VeldNaam, string>>>({});
  const form = useMutationForm();
  const zet = useCallback(<K extends VeldNaam>(veld: K, waarde: Waarden[K]) => setWaarden((w) => ({ ...w, [veld]: waarde })), []);
  const laad = useCallback((nieuweBasis: Waarden, nieuweWaarden = nieuweBasis) => {
    setBasis(nieuweBasis);
    setWaarden(nieuweWaarden);
    setRevisie((r) => r + 1);
  }, []);
  const apiFouten = Object.fromEntries(Object.entries(form.fields).map(([pad, melding]) => [veldVanFout(pad), melding]));
  return {
    waarden, basis, zet, laad, revisie, form,
    gewijzigd: gewijzigdeVelden(basis, waarden),
    fout: (veld) => lokaal[veld] ?? apiFouten[veld],
    melding: Object.keys(lokaal).length ? INVALID_MESSAGE : form.code === 'CONFLICT' ? undefined : form.message,
    verstuur: (run) => async (event) => {
      event?.preventDefault();
      const fouten = lokaleFouten(waarden);
      setLokaal(fouten);
      if (Object.keys(fouten).length) return;
      await form.onSubmit(run)();
    },
  };
}
