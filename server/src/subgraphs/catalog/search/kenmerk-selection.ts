import type { Problems } from '../../../core/problems.js';
import { Gids } from '../catalog.enums.js';
import { Bitset } from './bitset.js';
import type { SearchIndex } from './search-index.js';

/** More than every option of both guides: a longer list can only be an attempt to make the search slow. */
export const MAX_FILTER_KENMERKEN = 200;

export interface FacetCount {
  categorieCode: string;
  opties: { code: string; count: number; selected: boolean }[];
}

/** Every chosen kenmerk exists and belongs to the guide searched. */
export function checkKenmerken(index: SearchIndex, gids: Gids | null, codes: string[], problems: Problems): void {
  if (codes.length > MAX_FILTER_KENMERKEN) return problems.add('filter.kenmerken', `Kies hoogstens ${MAX_FILTER_KENMERKEN} kenmerken.`);
  for (const code of new Set(codes)) {
    const info = index.kenmerkInfo.get(code);
    if (!info) problems.add('filter.kenmerken', `Kenmerk '${code}' bestaat niet.`);
    else if (gids && info.gids !== gids) problems.add('filter.kenmerken', `Kenmerk '${code}' hoort niet bij ${gids === Gids.EVA ? 'Eva' : 'Dennis'}.`);
  }
}

/** The chosen (checked) kenmerken per category, each category as the OR of its choices. */
export function selection(index: SearchIndex, codes: string[]): Map<string, Bitset> {
  const byCategorie = new Map<string, Bitset>();
  for (const code of new Set(codes)) {
    const info = index.kenmerkInfo.get(code)!;
    const set = byCategorie.get(info.categorie_code) ?? new Bitset(index.capacity);
    byCategorie.set(info.categorie_code, set.or(index.kenmerkSet(code)));
  }
  return byCategorie;
}

/**
 * Per category of the guide, every option with the number of results it would leave: every other category's
 * choice applies, this category's own choice does not.
 */
export function facets(index: SearchIndex, gids: Gids | null, base: Bitset, chosen: Map<string, Bitset>, codes: string[]): FacetCount[] {
  const selected = new Set(codes);
  const categories = index.cached(`cats:${gids}`, () => categoriesOf(index, gids));
  return categories.map(({ categorieCode, codes }) => {
    const scope = base.clone();
    for (const [code, set] of chosen) if (code !== categorieCode) scope.and(set);
    return {
      categorieCode,
      opties: codes.map((code) => ({ code, count: scope.countAnd(index.kenmerkSet(code)), selected: selected.has(code) })),
    };
  });
}

/** Categories of a guide in their order, each with its kenmerken parent-first (5, 5.1, 5.2, 5.3, 6, ...). */
function categoriesOf(index: SearchIndex, gids: Gids | null): { categorieCode: string; codes: string[] }[] {
  const result = new Map<string, string[]>();
  const visit = (code: string, into: string[]) => {
    into.push(code);
    for (const child of index.childrenOf.get(code) ?? []) visit(child, into);
  };
  for (const info of index.kenmerkInfo.values()) {
    if (gids && info.gids !== gids) continue;
    const codes = result.get(info.categorie_code) ?? [];
    result.set(info.categorie_code, codes);
    if (!info.parent_code) visit(info.code, codes);
  }
  return [...result].map(([categorieCode, codes]) => ({ categorieCode, codes }));
}
