import { ErrorState, LoadingState, useDocumentTitle } from '@instrumentengidsen/ui';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { Link as RouterLink } from 'react-router';
import { RegioList } from '../components/RegioList';
import { SearchEntry } from '../components/SearchEntry';
import { useGidsLandingQuery } from '../__generated__/hooks';
import { useGids } from '../gidsen';

/** `/eva`, `/dennis`: what the guide is, the way in per arbeidsmarktregio, and the search. */
export function Landing() {
  const gids = useGids();
  useDocumentTitle(`${gids.naam}, de ${gids.titel}`);
  const { data, error } = useGidsLandingQuery();
  return (
    <>
      <Heading1>
        {gids.naam}, de {gids.titel}
      </Heading1>
      <Paragraph lead>{gids.uitleg}</Paragraph>
      <section aria-labelledby="zoeken" className="landing-block">
        <Heading2 id="zoeken">Zoeken in {gids.naam}</Heading2>
        <SearchEntry gids={gids} label="Zoek op woorden" />
        <Paragraph>
          <RouterLink to={`/${gids.slug}/zoeken`} className="utrecht-link">
            Methodisch zoeken met filters
          </RouterLink>
        </Paragraph>
        <Paragraph>
          <RouterLink to={`/${gids.slug}/werklandschap`} className="utrecht-link">
            Bekijk het werklandschap: de tegels met uitleg
          </RouterLink>
        </Paragraph>
      </section>
      <section aria-labelledby="regios" className="landing-block">
        <Heading2 id="regios">Instrumenten per arbeidsmarktregio</Heading2>
        <Paragraph>Elke regio heeft een eigen pagina met de landelijke, regionale en lokale instrumenten die er beschikbaar zijn.</Paragraph>
        {error && <ErrorState>De regio's konden niet worden geladen. Probeer het later opnieuw.</ErrorState>}
        {!data && !error && <LoadingState>Regio's laden…</LoadingState>}
        {data && <RegioList gids={gids} regios={data.regios} />}
      </section>
    </>
  );
}
