import { useSessieQuery } from './__generated__/hooks';
import type { SessieQuery } from './__generated__/graphql';

export type Beheerder = NonNullable<SessieQuery['me']>;

/** The roles that may use the beheeromgeving; a professional logs in on the guides instead. */
export const BEHEER_ROLLEN = new Set(['LANDELIJK_BEHEERDER', 'REGIO_BEHEERDER']);

/** Who is logged in (null: nobody), from the one `me` query every screen shares through the cache. */
export function useBeheerder(): { beheerder: Beheerder | null; loading: boolean; error: unknown } {
  const { data, loading, error } = useSessieQuery();
  return { beheerder: data?.me ?? null, loading, error };
}

export function isLandelijk(beheerder: Pick<Beheerder, 'rol'> | null): boolean {
  return beheerder?.rol === 'LANDELIJK_BEHEERDER';
}
