import type { InstrumentSort } from '../__generated__/graphql';

/**
 * What a professional chose; kept in the URL so a search can be shared, bookmarked and gone back to. The guide is
 * not part of it: it is the path (`/eva/zoeken`), so switching guides is a navigation.
 */
export interface SearchState {
  kenmerken: string[];
  tekst: string;
  regio: string;
  gemeente: string;
  sort: InstrumentSort | '';
  /** Euro, as typed; empty for no limit. */
  maxKosten: string;
}

const SORTS: InstrumentSort[] = ['RELEVANTIE', 'NAAM', 'NIEUWSTE', 'BEOORDELING'];

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  return {
    kenmerken: params.getAll('k'),
    tekst: params.get('tekst') ?? '',
    regio: params.get('regio') ?? '',
    gemeente: params.get('gemeente') ?? '',
    sort: SORTS.find((sort) => sort === params.get('sort')) ?? '',
    maxKosten: params.get('maxKosten') ?? '',
  };
}

export function searchStateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  for (const code of state.kenmerken) params.append('k', code);
  if (state.tekst) params.set('tekst', state.tekst);
  if (state.regio) params.set('regio', state.regio);
  if (state.gemeente) params.set('gemeente', state.gemeente);
  if (state.sort) params.set('sort', state.sort);
  if (state.maxKosten) params.set('maxKosten', state.maxKosten);
  return params.size ? '?' + params.toString() : '';
}
