import { EmptyState, ErrorState, formatNumber, useDocumentTitle } from '@instrumentengidsen/ui';
import { Button, ButtonGroup, FormFieldTextbox, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ActiveFilters } from '../components/ActiveFilters';
import { AreaFilter } from '../components/AreaFilter';
import { FacetFilters } from '../components/FacetFilters';
import { PraktischeKeuzes } from '../components/PraktischeKeuzes';
import { InstrumentCard } from '../components/InstrumentCard';
import { Suggestie } from '../components/Suggestie';
import { SortChoice } from '../components/SortChoice';
import { useInstrumentSearchQuery } from '../__generated__/hooks';
import { GIDSEN, useGids } from '../gidsen';
import { useRecordInteractie } from '../interacties';
import { KEUZES, readSearchState, searchFilter, searchStateToQuery, type Keuze, type SearchState } from './search-state';

const PAGE_SIZE = 20;
const TYPING_PAUSE_MS = 250;
const ALLE_KEUZES_LEEG = Object.fromEntries(KEUZES.map((keuze) => [keuze, ''])) as Pick<SearchState, Keuze>;

/** Methodical searching in Eva or Dennis: text, then filters with counts, results twenty at a time. */
export function Search() {
  const gids = useGids();
  // A new guide starts from its own URL: the state is read once per guide.
  return <GidsSearch key={gids.slug} />;
}

function GidsSearch() {
  const gids = useGids();
  const location = useLocation();
  // The router applies a navigation as a transition, after the event; meanwhile the boxes show the choice at once.
  const [pending, setPending] = useState<string | null>(null);
  useEffect(() => setPending(null), [location.search]);
  const search = pending ?? location.search;
  const state = useMemo(() => readSearchState(search), [search]);
  const navigate = useNavigate();
  /**
   * The URL is the one source of truth: every change of filter is a navigation, a new history entry (the back
   * button returns to the previous filters), typing replaces its entry. It reads the URL as it is now, not as it
   * was at the last render, so a change made within the typing pause is not lost.
   */
  const update = useCallback(
    (change: Partial<SearchState>, { replace = false } = {}) => {
      const next = searchStateToQuery({ ...readSearchState(window.location.search), ...change });
      if (next === window.location.search) return;
      setPending(next);
      navigate({ search: next }, { replace });
    },
    [navigate],
  );

  // A link from elsewhere (the regio page, an old bookmark) is written the one way this screen writes it.
  useEffect(() => {
    const canonical = searchStateToQuery(readSearchState(location.search));
    if (canonical !== location.search) navigate({ search: canonical }, { replace: true });
  }, [location.search, navigate]);

  const [typed, setTyped] = useState(state.tekst);
  const [filtersOpen, setFiltersOpen] = useState(false);
  // Back and forward bring their own text.
  useEffect(() => setTyped(state.tekst), [state.tekst]);
  useEffect(() => {
    if (typed === state.tekst) return;
    const timer = setTimeout(() => update({ tekst: typed }, { replace: true }), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed, state.tekst, update]);

  const filter = searchFilter(state);
  // Relevance only means something with a search text; without one the API sorts by naam.
  const sort = state.sort === 'RELEVANTIE' && !state.tekst ? null : state.sort || null;
  const { data, previousData, error, loading, fetchMore } = useInstrumentSearchQuery({
    variables: { gids: gids.gids, filter, first: PAGE_SIZE, sort },
  });
  // Keep the previous answer on screen while a click is answered, so the page does not flash.
  const result = (data ?? previousData)?.instrumentSearch;
  // One search for the dashboard per set of filters answered (not per sort or page); never the text itself.
  const answered = data?.instrumentSearch;
  useRecordInteractie(
    answered
      ? { soort: 'ZOEKEN', gids: gids.gids, kenmerken: state.kenmerken, regio: state.regio || null, gemeente: state.gemeente || null, resultaten: answered.totalCount, tekstGebruikt: Boolean(state.tekst) }
      : null,
    JSON.stringify([gids.gids, filter]),
  );
  useDocumentTitle(`Zoeken in ${gids.naam} – Instrumentengids`);
  const toggle = (code: string) => update({ kenmerken: state.kenmerken.includes(code) ? state.kenmerken.filter((c) => c !== code) : [...state.kenmerken, code] });
  const setKeuze = (keuze: Keuze, value: string) => update({ [keuze]: value });
  const gekozen = state.kenmerken.length + KEUZES.filter((keuze) => state[keuze]).length;

  return (
    <>
      <Heading1>Instrumenten zoeken in {gids.naam}</Heading1>
      <ButtonGroup aria-label="Kies een gids">
        {GIDSEN.map((g) => (
          <Button
            key={g.gids}
            appearance={g.gids === gids.gids ? 'primary-action-button' : 'secondary-action-button'}
            aria-pressed={g.gids === gids.gids}
            // The kenmerken and the choices of step 2 belong to one guide; text, area, wijk and sort carry over.
            onClick={() => navigate(`/${g.slug}/zoeken${searchStateToQuery({ ...state, kenmerken: [], ...ALLE_KEUZES_LEEG, wijk: state.wijk })}`)}
          >
            {g.naam} · voor {g.voor}
          </Button>
        ))}
      </ButtonGroup>
      <div className="search-layout">
        <aside className={filtersOpen ? 'search-filters search-filters--open' : 'search-filters'} aria-label="Filters">
          <FormFieldTextbox id="zoektekst" label="Zoek op woorden" type="search" value={typed} onChange={(event) => setTyped((event.target as HTMLInputElement).value)} />
          <AreaFilter area={state} onChange={({ regio, gemeente }) => update({ regio, gemeente, wijk: '' })} />
          {/* On a phone the two steps fold away, so the results are not a long scroll below them (CSS shows this button there only). */}
          <Button className="search-filters__toggle" appearance="secondary-action-button" aria-expanded={filtersOpen} aria-controls="stappen" onClick={() => setFiltersOpen((open) => !open)}>
            {filtersOpen ? 'Filters verbergen' : gekozen > 0 ? `Filters tonen (${gekozen} gekozen)` : 'Filters tonen'}
          </Button>
          <div id="stappen" className="search-filters__stappen">
            {gekozen > 0 && (
              <Button appearance="subtle-button" onClick={() => update({ kenmerken: [], ...ALLE_KEUZES_LEEG })}>
                Wis alle filters
              </Button>
            )}
            {result && (
              <FacetFilters
                result={result}
                chosen={state.kenmerken}
                onToggle={toggle}
                praktisch={<PraktischeKeuzes result={result} gids={gids.gids} state={state} onChange={setKeuze} />}
              />
            )}
          </div>
        </aside>
        <section className="search-results" aria-label="Resultaten">
          {error && <ErrorState>De instrumenten konden niet worden geladen. Probeer het later opnieuw.</ErrorState>}
          <Paragraph aria-live="polite">
            {result ? `${formatNumber(result.totalCount)} instrumenten gevonden.` : 'Instrumenten laden…'}
          </Paragraph>
          {result && (
            <ActiveFilters
              result={result}
              state={state}
              onRemove={toggle}
              onRemoveKeuze={(keuze) => setKeuze(keuze, '')}
              onClearTekst={() => {
                setTyped('');
                update({ tekst: '' });
              }}
            />
          )}
          {result && <Suggestie result={result} searchFor={(tekst) => searchStateToQuery({ ...state, tekst })} />}
          {result?.totalCount === 0 && <EmptyState>Probeer minder filters, een ander woord of een groter gebied.</EmptyState>}
          <SortChoice value={sort ?? (state.tekst ? 'RELEVANTIE' : 'NAAM')} withRelevance={Boolean(state.tekst)} onChange={(value) => update({ sort: value })} />
          <ol className="instrument-list" aria-label="Instrumenten" aria-busy={loading}>
            {result?.nodes.map((instrument) => (
              <li key={instrument.id}>
                <InstrumentCard instrument={instrument} />
              </li>
            ))}
          </ol>
          {result?.pageInfo.hasNextPage && (
            <Button appearance="secondary-action-button" disabled={loading} onClick={() => fetchMore({ variables: { after: result.pageInfo.endCursor } })}>
              Meer instrumenten tonen
            </Button>
          )}
        </section>
      </div>
    </>
  );
}
