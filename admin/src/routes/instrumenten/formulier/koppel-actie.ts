import { useMutationForm } from '@instrumentengidsen/ui';
import type { InstrumentFormulierFragment, UpdateInstrumentInput } from '../../../__generated__/graphql';
import { useUpdateInstrumentFormulierMutation } from '../../../__generated__/hooks';

/**
 * One block of stap 2: its changes are saved at once, with the version on screen (a change by someone else in
 * the meantime is a CONFLICT, shown in the block). `fout(suffix)` finds the API's problem for a field of the
 * item just added ("links[2].url" for "url").
 */
export function useKoppelActie(instrument: InstrumentFormulierFragment) {
  const form = useMutationForm();
  const [update] = useUpdateInstrumentFormulierMutation();
  return {
    form,
    fout: (suffix: string) => Object.entries(form.fields).find(([pad]) => pad === suffix || pad.endsWith(`.${suffix}`))?.[1],
    /** Saves the input now; `gelukt` runs only when it was stored (to empty the form for the next item). */
    wijzig: (input: UpdateInstrumentInput, gelukt?: () => void) =>
      form.onSubmit(async () => {
        await update({ variables: { id: instrument.id, version: instrument.version, input } });
        gelukt?.();
      })(),
    voer: (run: () => Promise<unknown>) => form.onSubmit(run)(),
  };
}
