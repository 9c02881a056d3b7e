import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';

/** The new key, this once: a warning, the key to select and a copy button. */
export function SleutelEenmalig({ sleutel, onKlaar }: { sleutel: { key: string; naam: string }; onKlaar: () => void }) {
  const [gekopieerd, setGekopieerd] = useState<boolean | null>(null);
  return (
    <Alert type="warning">
      <Heading2>Sleutel voor {sleutel.naam}</Heading2>
      <Paragraph>
        <strong>Bewaar deze sleutel nu.</strong> Hij wordt maar één keer getoond: als je deze pagina verlaat, kun je hem niet meer opvragen. Ben je hem
        kwijt, trek hem dan in en maak een nieuwe.
      </Paragraph>
      <Paragraph>
        <code className="sleutel" data-testid="api-sleutel">
          {sleutel.key}
        </code>
      </Paragraph>
      <Paragraph>
        <Button
          appearance="primary-action-button"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(sleutel.key);
              setGekopieerd(true);
            } catch {
              setGekopieerd(false);
            }
          }}
        >
          Kopieer sleutel
        </Button>{' '}
        <Button appearance="secondary-action-button" onClick={onKlaar}>
          Ik heb de sleutel bewaard
        </Button>
      </Paragraph>
      <Paragraph aria-live="polite">
        {gekopieerd === true && 'De sleutel is gekopieerd.'}
        {gekopieerd === false && 'Kopiëren lukte niet. Selecteer de sleutel en kopieer hem zelf.'}
      </Paragraph>
    </Alert>
  );
}
