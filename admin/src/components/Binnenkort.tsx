import { useDocumentTitle } from '@instrumentengidsen/ui';
import { Heading1, Paragraph } from '@utrecht/component-library-react';

/** A screen of the menu that is not built yet: its name and a plain sentence, never an empty page. */
export function Binnenkort({ titel }: { titel: string }) {
  useDocumentTitle(`${titel} – Beheeromgeving`);
  return (
    <>
      <Heading1>{titel}</Heading1>
      <Paragraph>Dit scherm komt binnenkort.</Paragraph>
    </>
  );
}
