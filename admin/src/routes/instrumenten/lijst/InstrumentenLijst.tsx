import { EmptyState, ErrorState, formatNumber, LoadingState, NoticeState, useDocumentTitle } from '@instrumentengidsen/ui';
import { Button, ButtonGroup, FormFieldTextbox, Heading1, Paragraph } from '@utrecht/component-library-react';
import { Link as RouterLink, useLocation } from 'react-router';
import { useAlleOrganisatiesQuery, useInstrumentenLijstQuery } from '../../../__generated__/hooks';
import { isLandelijk, useBeheerder } from '../../../session';
import { KnopLink } from '../KnopLink';
import { GIDSEN, STATUSSEN } from '../labels';
import { InstrumentenTabel } from './InstrumentenTabel';
import { KeuzeFilter } from './KeuzeFilter';
import { useLijstFilters } from './lijst-filters';
import { StatusAantallen } from './StatusAantallen';

export const PER_PAGINA = 20;

/** "Instrumenten": the beheerder's instruments with search, filters, the count per status and paging. */
export function InstrumentenLijst() {
  useDocumentTitle('Instrumenten – Beheeromgeving');
  const { beheerder } = useBeheerder();
  const landelijk = isLandelijk(beheerder);
  const [filters, setFilters, setPage] = useLijstFilters();
  const melding = (useLocation().state as { melding?: string } | null)?.melding;
  const { data, previousData, error, loading } = useInstrumentenLijstQuery({
    variables: {
      tekst: filters.tekst || undefined,
      gids: filters.gids,
      status: filters.status,
      organisatieId: filters.organisatieId,
      first: PER_PAGINA,
      after: filters.na,
    },
    fetchPolicy: 'cache-and-network',
  });
  const alleOrganisaties = useAlleOrganisatiesQuery({ skip: !landelijk });
  const organisaties = (landelijk ? alleOrganisaties.data?.organisaties : beheerder?.organisaties) ?? [];
  const shown = data ?? previousData;
  const pagina = filters.na ? filters.terug.length + 2 : 1;
  const paginas = shown ? Math.max(1, Math.ceil(shown.lijst.totalCount / PER_PAGINA)) : 1;

  return (
    <>
      <div className="instrumenten-kop">
        <Heading1>Instrumenten</Heading1>
        <KnopLink to="nieuw" primair>Nieuw instrument</KnopLink>
      </div>
      {melding && <NoticeState>{melding}</NoticeState>}

      <form
        role="search"
        aria-label="Instrumenten zoeken"
        className="instrumenten-filters"
        onSubmit={(event) => {
          event.preventDefault();
          setFilters({ tekst: String(new FormData(event.currentTarget).get('zoek') ?? '').trim() });
        }}
      >
        <div className="instrumenten-filters__zoek">
          <FormFieldTextbox label="Zoek op naam" name="zoek" type="search" defaultValue={filters.tekst} key={filters.tekst} />
          <Button type="submit" appearance="secondary-action-button">
            Zoeken
          </Button>
        </div>
        <KeuzeFilter id="filter-gids" label="Gids" alle="Eva en Dennis" value={filters.gids} onChange={(gids) => setFilters({ gids: gids as typeof filters.gids })}
          opties={GIDSEN.map((g) => ({ value: g.gids, label: g.naam }))} />
        <KeuzeFilter id="filter-status" label="Status" alle="Alle statussen" value={filters.status} onChange={(status) => setFilters({ status: status as typeof filters.status })}
          opties={STATUSSEN.map((s) => ({ value: s.status, label: s.label }))} />
        <KeuzeFilter id="filter-organisatie" label="Organisatie" alle={landelijk ? 'Alle organisaties' : 'Al mijn organisaties'} value={filters.organisatieId}
          onChange={(organisatieId) => setFilters({ organisatieId })} opties={organisaties.map((o) => ({ value: o.id, label: o.naam }))} />
      </form>

      {shown && (
        <StatusAantallen
          actief={filters.status}
          aantallen={{ alle: shown.alle.totalCount, concept: shown.concept.totalCount, gepland: shown.gepland.totalCount, gepubliceerd: shown.gepubliceerd.totalCount, verlopen: shown.verlopen.totalCount }}
        />
      )}
      {loading && !shown && <LoadingState>Instrumenten laden…</LoadingState>}
      {error && <ErrorState>De instrumenten konden niet worden geladen. Probeer het later opnieuw.</ErrorState>}
      {shown && !error && (
        <div aria-busy={loading}>
          <Paragraph aria-live="polite" className="instrumenten-aantal">
            {shown.lijst.totalCount === 1 ? '1 instrument' : `${formatNumber(shown.lijst.totalCount)} instrumenten`}
            {paginas > 1 && ` · pagina ${formatNumber(pagina)} van ${formatNumber(paginas)}`}
          </Paragraph>
          {shown.lijst.nodes.length === 0 ? (
            <EmptyState>
              Er zijn geen instrumenten die hierbij passen. Pas de zoekwoorden of filters aan, of maak een{' '}
              <RouterLink to="nieuw" className="utrecht-link">
                nieuw instrument
              </RouterLink>
              .
            </EmptyState>
          ) : (
            <InstrumentenTabel rijen={shown.lijst.nodes} caption={`Instrumenten, pagina ${pagina}`} />
          )}
          {(pagina > 1 || shown.lijst.pageInfo.hasNextPage) && (
            <nav aria-label="Paginering">
              <ButtonGroup>
                <Button appearance="secondary-action-button" disabled={pagina === 1} onClick={() => setPage(filters.terug.at(-1), filters.terug.slice(0, -1))}>
                  Vorige pagina
                </Button>
                <Button
                  appearance="secondary-action-button"
                  disabled={!shown.lijst.pageInfo.hasNextPage || loading}
                  onClick={() => setPage(shown.lijst.pageInfo.endCursor ?? undefined, filters.na ? [...filters.terug, filters.na] : [])}
                >
                  Volgende pagina
                </Button>
              </ButtonGroup>
            </nav>
          )}
        </div>
      )}
    </>
  );
}
