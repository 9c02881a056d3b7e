import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal question with two answers (the native <dialog>: focus moves into it, Escape cancels, the page behind it
 * is inert). Shown while `open`; `onAntwoord(true)` for the confirming button, `false` for cancel or Escape.
 */
export function Bevestiging({ open, titel, children, ja, nee = 'Annuleren', gevaar = false, onAntwoord }: {
  open: boolean;
  titel: string;
  children: ReactNode;
  ja: string;
  nee?: string;
  /** The confirming button in the danger style (deleting). */
  gevaar?: boolean;
  onAntwoord: (ja: boolean) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  // Its own id: a screen can hold several (a form's unsaved-changes question next to a delete's).
  const titelId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="bevestiging" aria-labelledby={titelId} onCancel={() => onAntwoord(false)}>
      <Heading2 id={titelId}>{titel}</Heading2>
      <Paragraph>{children}</Paragraph>
      <ButtonGroup>
        <Button appearance="primary-action-button" hint={gevaar ? 'danger' : undefined} onClick={() => onAntwoord(true)}>
          {ja}
        </Button>
        <Button appearance="secondary-action-button" onClick={() => onAntwoord(false)}>
          {nee}
        </Button>
      </ButtonGroup>
    </dialog>
  );
}
