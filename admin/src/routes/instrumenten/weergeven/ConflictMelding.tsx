import { Alert, Button, Paragraph } from '@utrecht/component-library-react';

/** A change was refused because someone else changed the instrument meanwhile: say so, and offer the fresh version. */
export function ConflictMelding({ onHerladen }: { onHerladen: () => void }) {
  return (
    <Alert type="warning">
      <Paragraph>
        <strong>Iemand anders heeft dit instrument intussen gewijzigd.</strong> Je actie is niet uitgevoerd. Laad de nieuwste versie en
        probeer het daarna opnieuw.
      </Paragraph>
      <Button appearance="secondary-action-button" onClick={onHerladen}>
        Nieuwste versie laden
      </Button>
    </Alert>
  );
}
