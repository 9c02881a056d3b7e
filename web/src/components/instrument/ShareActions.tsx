import { Button, ButtonGroup, Link } from '@utrecht/component-library-react';
import { useState } from 'react';

type Copied = 'idle' | 'copied' | 'failed';

/**
 * "Afdrukken" and "Deel": print the page, copy its address (with a confirmation screen readers hear too),
 * or open a mail with the address. Hidden on paper.
 */
export function ShareActions({ naam }: { naam: string }) {
  const [copied, setCopied] = useState<Copied>('idle');
  const url = window.location.href;
  const copy = () =>
    navigator.clipboard.writeText(url).then(
      () => setCopied('copied'),
      () => setCopied('failed'),
    );
  const mail = `mailto:?subject=${encodeURIComponent(naam)}&body=${encodeURIComponent(`${naam}\n${url}`)}`;
  return (
    <div className="instrument-actions no-print">
      <ButtonGroup>
        <Button appearance="secondary-action-button" onClick={() => window.print()}>
          Afdrukken
        </Button>
        <Button appearance="secondary-action-button" onClick={copy}>
          Deel: kopieer de link
        </Button>
        <Link href={mail}>Deel per e-mail</Link>
      </ButtonGroup>
      <p role="status" className="utrecht-paragraph utrecht-paragraph--small">
        {copied === 'copied' && 'De link naar dit instrument is gekopieerd.'}
        {copied === 'failed' && `Kopiëren lukte niet. Kopieer de link zelf: ${url}`}
      </p>
    </div>
  );
}
