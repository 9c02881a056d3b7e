import { ErrorState } from '@instrumentengidsen/ui';
import { Button, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import type { Gids } from '../../../__generated__/graphql';
import { OnopgeslagenWaarschuwing } from '../../../components/OnopgeslagenWaarschuwing';
import type { Stap1Staat } from './stap1-staat';
import { Stap1Velden, type Keuze } from './Stap1Velden';

/**
 * Stap 1 as one form: the API's message above it, every field with its own problem, one save button, and a
 * question before leaving with unsaved changes (not once `opgeslagen`, when the screen moves on itself).
 */
export function Stap1Formulier({ gids, staat, organisaties, uitvoeringsvormen, opslaan, knop, opgeslagen = false, children }: {
  gids: Gids;
  staat: Stap1Staat;
  organisaties: { id: string; naam: string }[];
  uitvoeringsvormen: Keuze[];
  opslaan: () => Promise<unknown>;
  knop: string;
  opgeslagen?: boolean;
  children?: ReactNode;
}) {
  return (
    <form noValidate onSubmit={staat.verstuur(opslaan)} aria-label="Stap 1: gegevens en omschrijvingen" className="instrument-formulier">
      <Paragraph className="instrument-formulier__uitleg">
        Velden met een <span aria-hidden="true">*</span> (verplicht) moet je invullen.
      </Paragraph>
      {staat.melding && <ErrorState>{staat.melding}</ErrorState>}
      {children}
      <Stap1Velden gids={gids} waarden={staat.waarden} zet={staat.zet} fout={staat.fout} organisaties={organisaties} uitvoeringsvormen={uitvoeringsvormen} revisie={staat.revisie} />
      {staat.melding && <ErrorState>{staat.melding}</ErrorState>}
      <Button type="submit" appearance="primary-action-button" disabled={staat.form.submitting}>
        {knop}
      </Button>
      <OnopgeslagenWaarschuwing gewijzigd={staat.gewijzigd.length > 0 && !opgeslagen} />
    </form>
  );
}
