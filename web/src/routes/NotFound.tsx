import { ErrorState, useDocumentTitle } from '@instrumentengidsen/ui';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { useOptionalGids } from '../gidsen';

/** A page or instrument that is not there (any more): say so in plain Dutch and offer the way back. */
export function NotFound({ title = 'Pagina niet gevonden', children }: { title?: string; children?: ReactNode }) {
  const gids = useOptionalGids();
  useDocumentTitle(`${title} – ${gids?.naam ?? 'Instrumentengids'}`);
  return (
    <>
      <Heading1>{title}</Heading1>
      <Paragraph>{children ?? 'Deze pagina bestaat niet (meer). Misschien is de link oud of niet helemaal goed overgenomen.'}</Paragraph>
      <Paragraph>
        <RouterLink to={gids ? `/${gids.slug}/zoeken` : '/'} className="utrecht-link">
          Zoek een instrument
        </RouterLink>
      </Paragraph>
    </>
  );
}

/** A page whose data could not be loaded: still a page (its own title and h1), the reason in plain Dutch, the way on. */
export function LoadError({ wat, children }: { wat: string; children: ReactNode }) {
  const gids = useOptionalGids();
  useDocumentTitle(`${wat} niet geladen – ${gids?.naam ?? 'Instrumentengids'}`);
  return (
    <>
      <Heading1>Er ging iets mis</Heading1>
      <ErrorState>{children}</ErrorState>
      <Paragraph>
        <RouterLink to={gids ? `/${gids.slug}` : '/'} className="utrecht-link">
          Naar de startpagina
        </RouterLink>
      </Paragraph>
    </>
  );
}
