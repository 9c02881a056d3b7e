import type { Problems } from '../../../core/problems.js';
import type { Bitset } from './bitset.js';
import type { InstrumentFilter } from './instrument-filter.input.js';
import type { SearchIndex } from './search-index.js';

/** One choice of a filter with its count: how many results the search gives with this choice instead. */
export interface FilterOptie<T = number> {
  waarde: T;
  count: number;
  selected: boolean;
}

/**
 * One filter of InstrumentFilter: what makes its value unsearchable, and the instruments it leaves. `narrow`
 * runs only when no filter had a problem; it returns null when the filter is not used.
 */
export interface FilterApplier<T = unknown> {
  check(filter: InstrumentFilter, index: SearchIndex, problems: Problems): void;
  narrow(filter: InstrumentFilter, index: SearchIndex): Bitset | null;
  /**
   * Only for a filter shown with a count per choice (like a kenmerk facet): `scope` is the result with every
   * other filter, kenmerken and text applied and this filter left out. The search applies such a filter last.
   */
  opties?(filter: InstrumentFilter, index: SearchIndex, scope: Bitset): FilterOptie<T>[];
}

/** `opties` for a filter with a fixed list of choices: each choice's instruments counted within the scope. */
export function countEach<T>(
  choices: readonly T[],
  setOf: (index: SearchIndex, choice: T) => Bitset,
  isSelected: (filter: InstrumentFilter, choice: T) => boolean,
): NonNullable<FilterApplier<T>['opties']> {
  return (filter, index, scope) => choices.map((waarde) => ({ waarde, count: scope.countAnd(setOf(index, waarde)), selected: isSelected(filter, waarde) }));
}
