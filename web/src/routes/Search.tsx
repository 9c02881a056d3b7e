import { EmptyState, ErrorState, formatNumber, useDocumentTitle } from '@instrumentengidsen/ui';
import { Button, ButtonGroup, FormFieldTextbox, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { ActiveFilters } from '../components/ActiveFilters';
import { AreaFilter } from '../components/AreaFilter';
import { FacetFilters } from '../components/FacetFilters';
import { InstrumentCard } from '../components/InstrumentCard';
import { SortChoice } from '../components/SortChoice';
import { useInstrumentSearchQuery } from '../__generated__/hooks';
import { GIDSEN, useGids } from '../gidsen';
import { useRecordInteractie } from '../interacties';
import { readSearchState, searchStateToQuery, type SearchState } from './search-state';

const PAGE_SIZE = 20;
const TYPING_PAUSE_MS = 250;

/** Methodical searching in Eva or Dennis: text, then filters with counts, results twenty at a time. */
export function Search() {
  const gids = useGids();
  // A new guide starts from its own URL: the state is read once per guide.
  return <GidsSearch key={gids.slug} />;
}

function GidsSearch() {
  const gids = useGids();
  const [state, setState] = useState<SearchState>(() => readSearchState(window.location.search));
  const [typed, setTyped] = useState(state.tekst);

  const navigate = useNavigate();
  useEffect(() => {
    navigate({ search: searchStateToQuery(state) }, { replace: true });
  }, [state, navigate]);
  useEffect(() => {
    const timer = setTimeout(() => setState((s) => (s.tekst === typed ? s : { ...s, tekst: typed })), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed]);

  // A gemeente narrows within its regio, so only the most precise choice is sent.
  const maxKosten = /^\d+([.,]\d{1,2})?$/.test(state.maxKosten) ? state.maxKosten.replace(',', '.') : null;
  const filter = { kenmerken: state.kenmerken, tekst: state.tekst || null, gemeente: state.gemeente || null, regio: state.gemeente ? null : state.regio || null, maxKosten };
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
    JSON.stringify([gids.gids, state.kenmerken, state.tekst, state.regio, state.gemeente, maxKosten]),
  );
  useDocumentTitle(`Zoeken in ${gids.naam} – Instrumentengids`);
  const toggle = (code: string) =>
    setState((s) => ({ ...s, kenmerken: s.kenmerken.includes(code) ? s.kenmerken.filter((c) => c !== code) : [...s.kenmerken, code] }));

  return (
    <>
      <Heading1>Instrumenten zoeken in {gids.naam}</Heading1>
      <ButtonGroup aria-label="Kies een gids">
        {GIDSEN.map((g) => (
          <Button
            key={g.gids}
            appearance={g.gids === gids.gids ? 'primary-action-button' : 'secondary-action-button'}
            aria-pressed={g.gids === gids.gids}
            // The kenmerken and the costs belong to one guide; text, area and sort carry over.
            onClick={() => navigate(`/${g.slug}/zoeken${searchStateToQuery({ ...state, kenmerken: [], maxKosten: '' })}`)}
          >
            {g.naam} · voor {g.voor}
          </Button>
        ))}
      </ButtonGroup>
      <div className="search-layout">
        <aside className="search-filters" aria-label="Filters">
          <FormFieldTextbox id="zoektekst" label="Zoek op woorden" type="search" value={typed} onChange={(event) => setTyped((event.target as HTMLInputElement).value)} />
          {gids.gids === 'EVA' && (
            <FormFieldTextbox
              id="max-kosten"
              label="Maximale kosten (euro)"
              inputMode="decimal"
              value={state.maxKosten}
              invalid={state.maxKosten !== '' && maxKosten === null}
              errorMessage={state.maxKosten !== '' && maxKosten === null ? 'Vul een bedrag in, bijvoorbeeld 500 of 499,95.' : undefined}
              onChange={(event) => setState((s) => ({ ...s, maxKosten: (event.target as HTMLInputElement).value.trim() }))}
            />
          )}
          <AreaFilter area={state} onChange={({ regio, gemeente }) => setState((s) => ({ ...s, regio, gemeente }))} />
          {state.kenmerken.length > 0 && (
            <Button appearance="subtle-button" onClick={() => setState((s) => ({ ...s, kenmerken: [] }))}>
              Wis alle filters
            </Button>
          )}
          {result && <FacetFilters result={result} chosen={state.kenmerken} onToggle={toggle} />}
        </aside>
        <section className="search-results" aria-label="Resultaten">
          {error && <ErrorState>De instrumenten konden niet worden geladen. Probeer het later opnieuw.</ErrorState>}
          <Paragraph aria-live="polite">
            {result ? `${formatNumber(result.totalCount)} instrumenten gevonden.` : 'Instrumenten laden…'}
          </Paragraph>
          {result && (
            <ActiveFilters
              result={result}
              chosen={state.kenmerken}
              tekst={state.tekst}
              onRemove={toggle}
              onClearTekst={() => {
                setTyped('');
                setState((s) => ({ ...s, tekst: '' }));
              }}
            />
          )}
          {result?.totalCount === 0 && <EmptyState>Probeer minder filters, een ander woord of een groter gebied.</EmptyState>}
          <SortChoice value={sort ?? (state.tekst ? 'RELEVANTIE' : 'NAAM')} withRelevance={Boolean(state.tekst)} onChange={(value) => setState((s) => ({ ...s, sort: value }))} />
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
