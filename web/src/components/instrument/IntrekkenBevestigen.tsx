import { ErrorState, useMutationForm } from '@instrumentengidsen/ui';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useId, useRef } from 'react';

/** "Weet je het zeker?" before a review is withdrawn; focus moves to the question so a keyboard user hears it. */
export function IntrekkenBevestigen({ onConfirm, onCancel }: { onConfirm: () => Promise<unknown>; onCancel: () => void }) {
  const form = useMutationForm();
  const id = useId();
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => question.current?.focus(), []);
  return (
    <div role="group" aria-labelledby={id}>
      {form.message && <ErrorState>{form.message}</ErrorState>}
      <Paragraph id={id} ref={question} tabIndex={-1}>
        Weet je zeker dat je je beoordeling wilt intrekken? Hij telt dan nergens meer mee.
      </Paragraph>
      <ButtonGroup>
        <Button appearance="primary-action-button" disabled={form.submitting} onClick={form.onSubmit(onConfirm)}>
          Ja, intrekken
        </Button>
        <Button appearance="secondary-action-button" onClick={onCancel}>
          Nee, niet intrekken
        </Button>
      </ButtonGroup>
    </div>
  );
}
