import { ErrorState, type MutationForm } from '@instrumentengidsen/ui';
import { Button } from '@utrecht/component-library-react';

/** The outcome of a koppeling that failed, in its own block; after a CONFLICT it offers the newest version. */
export function BlokMelding({ form, herlaad }: { form: MutationForm; herlaad: () => Promise<unknown> }) {
  if (!form.message) return null;
  const problemen = Object.values(form.fields);
  return (
    <ErrorState>
      {form.code === 'CONFLICT' ? 'Iemand anders heeft dit instrument intussen gewijzigd. Laad de nieuwste versie en probeer het opnieuw.' : form.message}
      {problemen.length > 1 && (
        <ul>
          {problemen.map((p) => <li key={p}>{p}</li>)}
        </ul>
      )}
      {form.code === 'CONFLICT' && (
        <div>
          <Button appearance="secondary-action-button" onClick={() => void herlaad()}>
            Nieuwste versie laden
          </Button>
        </div>
      )}
    </ErrorState>
  );
}
