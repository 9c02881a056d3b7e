import { useMemo } from 'react';
import { useDataNamenQuery } from '../../__generated__/hooks';
import type { Gids } from '../../__generated__/graphql';

export interface Namen {
  regio: (code: string | null | undefined) => string;
  gemeente: (code: string | null | undefined) => string;
  kenmerk: (code: string) => string;
  /** The guide's tegels (its `<GIDS>_TEGEL` category), in the guide's order. */
  tegels: { code: string; naam: string }[];
  regios: { code: string; naam: string }[];
  /** The regio codes the beheerder may choose; null: any, and every regio together (landelijk). */
  eigenRegios: string[] | null;
}

/** Code → naam look-ups for the dashboard's tables, which the insights subgraph answers with codes. */
export function useNamen(gids: Gids) {
  const { data, loading, error } = useDataNamenQuery({ variables: { gids } });
  const namen = useMemo<Namen | null>(() => {
    if (!data) return null;
    const lookup = (paren: { code: string; naam: string }[]) => {
      const map = new Map(paren.map((p) => [p.code, p.naam]));
      return (code: string | null | undefined) => (code ? (map.get(code) ?? code) : '');
    };
    const kenmerken = data.kenmerkCategorieen.flatMap((c) => c.kenmerken.flatMap((k) => [k, ...k.children]));
    const landelijk = data.me?.rol === 'LANDELIJK_BEHEERDER';
    const eigen = [...new Set((data.me?.organisaties ?? []).map((o) => o.regioCode).filter((c): c is string => !!c))].sort();
    return {
      regio: lookup(data.regios),
      gemeente: lookup(data.gemeenten),
      kenmerk: lookup(kenmerken) as (code: string) => string,
      tegels: data.kenmerkCategorieen.find((c) => c.code.endsWith('_TEGEL'))?.kenmerken ?? [],
      regios: landelijk ? data.regios : data.regios.filter((r) => eigen.includes(r.code)),
      eigenRegios: landelijk ? null : eigen,
    };
  }, [data]);
  return { namen, loading, error };
}
