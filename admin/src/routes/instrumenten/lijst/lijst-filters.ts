import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { Gids, InstrumentStatus } from '../../../__generated__/graphql';
import { GIDSEN, oneOf, STATUSSEN } from '../labels';

export interface LijstFilters {
  tekst: string;
  gids: Gids | undefined;
  status: InstrumentStatus | undefined;
  organisatieId: string | undefined;
  /** The cursor of the page shown (none: the first page). */
  na: string | undefined;
  /** The cursors of the pages before it, so "vorige pagina" works from a shared or reloaded link too. */
  terug: string[];
}

/** Cursors are base64url, so a dot cannot occur in one. */
const SEPARATOR = '.';

/**
 * The list's filters and page live in the URL (`?status=GEPUBLICEERD` from the dashboard, a link to share, the back
 * button): this reads them and changes them. Changing a filter starts again at the first page.
 */
export function useLijstFilters(): [LijstFilters, (change: Partial<Omit<LijstFilters, 'na' | 'terug'>>) => void, (na: string | undefined, terug: string[]) => void] {
  const [params, setParams] = useSearchParams();
  const filters: LijstFilters = {
    tekst: params.get('zoek') ?? '',
    gids: oneOf(params.get('gids'), GIDSEN.map((g) => g.gids)),
    status: oneOf(params.get('status'), STATUSSEN.map((s) => s.status)),
    organisatieId: params.get('organisatie') || undefined,
    na: params.get('na') || undefined,
    terug: (params.get('terug') ?? '').split(SEPARATOR).filter(Boolean),
  };
  const setFilters = useCallback(
    (change: Partial<Omit<LijstFilters, 'na' | 'terug'>>) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        const keys = { tekst: 'zoek', gids: 'gids', status: 'status', organisatieId: 'organisatie' } as const;
        for (const [field, key] of Object.entries(keys)) {
          if (!(field in change)) continue;
          const value = change[field as keyof typeof keys];
          if (value) next.set(key, value);
          else next.delete(key);
        }
        next.delete('na');
        next.delete('terug');
        return next;
      }),
    [setParams],
  );
  const setPage = useCallback(
    (na: string | undefined, terug: string[]) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        if (na) next.set('na', na);
        else next.delete('na');
        if (terug.length) next.set('terug', terug.join(SEPARATOR));
        else next.delete('terug');
        return next;
      }),
    [setParams],
  );
  return [filters, setFilters, setPage];
}
