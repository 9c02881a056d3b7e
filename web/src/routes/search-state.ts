import type { Gids } from '../__generated__/graphql';

/** What a professional chose; kept in the URL so a search can be shared, bookmarked and gone back to. */
export interface SearchState {
  gids: Gids;
  kenmerken: string[];
  tekst: string;
  regio: string;
  gemeente: string;
}

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  return {
    gids: params.get('gids') === 'dennis' ? 'DENNIS' : 'EVA',
    kenmerken: params.getAll('k'),
    tekst: params.get('tekst') ?? '',
    regio: params.get('regio') ?? '',
    gemeente: params.get('gemeente') ?? '',
  };
}

export function searchStateToQuery(state: SearchState): string {
  const params = new URLSearchParams({ gids: state.gids.toLowerCase() });
  for (const code of state.kenmerken) params.append('k', code);
  if (state.tekst) params.set('tekst', state.tekst);
  if (state.regio) params.set('regio', state.regio);
  if (state.gemeente) params.set('gemeente', state.gemeente);
  return '?' + params.toString();
}
