import { useDocumentTitle } from '@instrumentengidsen/ui';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { Link as RouterLink } from 'react-router';
import { GIDSEN } from '../gidsen';

/**
 * `/`: a choice rather than a redirect to Eva, because half the visitors are werkgeversadviseurs who would land
 * in the wrong guide; each guide is one click away and explained in a sentence.
 */
export function GidsKeuze() {
  useDocumentTitle('Kies een gids – Instrumentengids');
  return (
    <>
      <Heading1>Kies een instrumentengids</Heading1>
      <ul className="gids-keuze">
        {GIDSEN.map((gids) => (
          <li key={gids.slug} data-gids={gids.slug} className="gids-keuze__optie">
            <Heading2>
              <RouterLink to={`/${gids.slug}`} className="utrecht-link">
                {gids.naam}: de {gids.titel}
              </RouterLink>
            </Heading2>
            <Paragraph>{gids.uitleg}</Paragraph>
          </li>
        ))}
      </ul>
    </>
  );
}
