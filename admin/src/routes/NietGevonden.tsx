import { useDocumentTitle } from '@instrumentengidsen/ui';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { Link as RouterLink } from 'react-router';

/** A path the beheeromgeving does not have, or a record that is not there (any more). */
export function NietGevonden({ titel = 'Pagina niet gevonden', children }: { titel?: string; children?: React.ReactNode }) {
  useDocumentTitle(`${titel} – Beheeromgeving`);
  return (
    <>
      <Heading1>{titel}</Heading1>
      <Paragraph>{children ?? 'Deze pagina bestaat niet (meer). Kies een onderdeel in het menu.'}</Paragraph>
      <Paragraph>
        <RouterLink to="/" className="utrecht-link">
          Naar het dashboard
        </RouterLink>
      </Paragraph>
    </>
  );
}
