import { errorCode, formatNumber, LoadingState, useDocumentTitle } from '@instrumentengidsen/ui';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { Link as RouterLink, useParams } from 'react-router';
import { GemeentePicker } from '../components/GemeentePicker';
import { InstrumentCard } from '../components/InstrumentCard';
import { RegioAantallen } from '../components/RegioAantallen';
import { SearchEntry } from '../components/SearchEntry';
import { useRegioPageQuery } from '../__generated__/hooks';
import { useGids } from '../gidsen';
import { LoadError, NotFound } from './NotFound';

/**
 * `/:gids/regio/AM18`: one arbeidsmarktregio in one guide: its offer counted as landelijk, regionaal and lokaal (the
 * three add up to the API's regio search), its gemeenten, who maintains the offer, and the first instruments.
 */
export function RegioPage() {
  const gids = useGids();
  const { code = '' } = useParams();
  const { data, error, loading } = useRegioPageQuery({ variables: { code, gids: gids.gids } });
  const regio = data?.regios.find((r) => r.code === code);
  const missing = !loading && !regio && (!error || errorCode(error) === 'BAD_USER_INPUT' || errorCode(error) === 'NOT_FOUND');
  useDocumentTitle(regio ? `${regio.naam} – ${gids.naam}` : null);
  if (loading) return <LoadingState>Regio laden…</LoadingState>;
  if (missing) return <NotFound title="Regio niet gevonden">Deze arbeidsmarktregio bestaat niet. Kies een regio op de pagina van {gids.naam}.</NotFound>;
  if (!data || !regio) return <LoadError wat="Regio">De regio kon niet worden geladen. Probeer het later opnieuw.</LoadError>;

  const { totalCount, nodes } = data.instrumentSearch;
  const zoekRegio = `/${gids.slug}/zoeken?${new URLSearchParams({ regio: code })}`;
  const organisaties = data.organisaties.filter((o) => o.regioCode === code);
  return (
    <>
      <Paragraph>
        <RouterLink to={`/${gids.slug}`} className="utrecht-link">
          Alle regio's in {gids.naam}
        </RouterLink>
      </Paragraph>
      <Heading1>Arbeidsmarktregio {regio.naam}</Heading1>
      <Paragraph lead>
        {formatNumber(totalCount)} instrumenten in {gids.naam} voor deze regio: landelijke, regionale en lokale.
      </Paragraph>
      <RegioAantallen gids={gids} regio={regio} gemeentenAnker="gemeenten" />
      <SearchEntry gids={gids} regio={code} label={`Zoek in ${regio.naam}`} />

      <section aria-labelledby="gemeenten" className="landing-block">
        <Heading2 id="gemeenten">Gemeenten</Heading2>
        <Paragraph>Kies een gemeente om te zoeken in het aanbod daar: lokaal, regionaal en landelijk.</Paragraph>
        <GemeentePicker gids={gids} regioCode={code} gemeenten={data.gemeenten} />
      </section>

      <section aria-labelledby="organisaties" className="landing-block">
        <Heading2 id="organisaties">Wie het aanbod beheert</Heading2>
        {organisaties.length > 0 ? (
          <ul aria-label="Organisaties in de regio">
            {organisaties.map((organisatie) => (
              <li key={organisatie.id}>{organisatie.naam}</li>
            ))}
          </ul>
        ) : (
          <Paragraph>Voor deze regio beheert nog geen regionale organisatie instrumenten.</Paragraph>
        )}
        <Paragraph small>De landelijke instrumenten worden landelijk beheerd.</Paragraph>
      </section>

      <section aria-labelledby="instrumenten" className="landing-block">
        <Heading2 id="instrumenten">Instrumenten in {regio.naam}</Heading2>
        <ol className="instrument-list" aria-label="Instrumenten">
          {nodes.map((instrument) => (
            <li key={instrument.id}>
              <InstrumentCard instrument={instrument} />
            </li>
          ))}
        </ol>
        {totalCount > nodes.length && (
          <Paragraph>
            <RouterLink to={zoekRegio} className="utrecht-link">
              Alle {formatNumber(totalCount)} instrumenten in {regio.naam} zoeken
            </RouterLink>
          </Paragraph>
        )}
      </section>
    </>
  );
}
