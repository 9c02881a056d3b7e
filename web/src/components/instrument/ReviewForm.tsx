import { ErrorState, useMutationForm } from '@instrumentengidsen/ui';
import { Button, ButtonGroup, FormFieldTextarea } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { ScoreKeuze } from './ScoreKeuze';

export interface ReviewValues {
  sterren: number;
  resultaat: number | null;
  uitvoering: number | null;
  tekst: string | null;
  toelichtingResultaat: string | null;
  toelichtingUitvoering: string | null;
}

const MAX = 2000;

/** What the form holds; an empty text or "Geen score" is null, so an edit can clear it. */
function valuesOf(form: HTMLFormElement): ReviewValues {
  const data = new FormData(form);
  const score = (name: string) => (data.get(name) ? Number(data.get(name)) : null);
  const text = (name: string) => String(data.get(name) ?? '').trim() || null;
  return {
    sterren: score('sterren') ?? 0,
    resultaat: score('resultaat'),
    uitvoering: score('uitvoering'),
    tekst: text('tekst'),
    toelichtingResultaat: text('toelichtingResultaat'),
    toelichtingUitvoering: text('toelichtingUitvoering'),
  };
}

/**
 * Writing or changing a review: the stars (required), the two optional sub-scores and their explanations, all
 * plain text. The server checks everything; its messages appear at the fields.
 */
export function ReviewForm(props: {
  initial?: Partial<ReviewValues> | null;
  submitLabel: string;
  onSave: (values: ReviewValues) => Promise<unknown>;
  extra?: ReactNode;
  conflictAction?: ReactNode;
}) {
  const { initial } = props;
  // Here, not in the parent: the errors go when the form goes (after saving, or "Annuleren").
  const form = useMutationForm();
  return (
    <form
      noValidate
      aria-label={props.submitLabel}
      onSubmit={(event) => {
        const values = valuesOf(event.currentTarget);
        return form.onSubmit(() => props.onSave(values))(event);
      }}
    >
      {form.message && (
        <ErrorState>
          {form.message}
          {form.code === 'CONFLICT' && props.conflictAction}
        </ErrorState>
      )}
      <ScoreKeuze name="sterren" legend="Hoeveel sterren geef je dit instrument? (verplicht)" defaultValue={initial?.sterren} errorMessage={form.fieldError('sterren')} />
      <FormFieldTextarea label="Toelichting" name="tekst" defaultValue={initial?.tekst ?? ''} maxLength={MAX} rows={4} description="Schrijf geen namen of andere gegevens van klanten." errorMessage={form.fieldError('tekst')} invalid={!!form.fieldError('tekst')} />
      <ScoreKeuze name="resultaat" legend="Score voor het resultaat" optional defaultValue={initial?.resultaat} errorMessage={form.fieldError('resultaat')} />
      <FormFieldTextarea label="Toelichting op het resultaat" name="toelichtingResultaat" defaultValue={initial?.toelichtingResultaat ?? ''} maxLength={MAX} rows={2} errorMessage={form.fieldError('toelichtingResultaat')} invalid={!!form.fieldError('toelichtingResultaat')} />
      <ScoreKeuze name="uitvoering" legend="Score voor de uitvoering" optional defaultValue={initial?.uitvoering} errorMessage={form.fieldError('uitvoering')} />
      <FormFieldTextarea label="Toelichting op de uitvoering" name="toelichtingUitvoering" defaultValue={initial?.toelichtingUitvoering ?? ''} maxLength={MAX} rows={2} errorMessage={form.fieldError('toelichtingUitvoering')} invalid={!!form.fieldError('toelichtingUitvoering')} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={form.submitting}>
          {props.submitLabel}
        </Button>
        {props.extra}
      </ButtonGroup>
    </form>
  );
}
