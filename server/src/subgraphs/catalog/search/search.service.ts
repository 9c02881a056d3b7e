import { badUserInput } from '../../../core/errors.js';
import { pageSize } from '../../../core/pagination.js';
import { Problems } from '../../../core/problems.js';
import type { Gids } from '../catalog.enums.js';
import { amsterdamToday } from '../../../core/publicatie.js';
import type { InstrumentFilter } from './instrument-filter.input.js';
import type { InstrumentSort } from './instrument-sort.js';
import { checkKenmerken, facets, selection, type FacetCount } from './kenmerk-selection.js';
import type { FilterApplier, FilterOptie } from './filter-applier.js';
import { minSterren } from './praktische-filters.js';
import { FILTERS } from './search-filters.js';
import type { Bitset } from './bitset.js';
import type { SearchIndex } from './search-index.js';
import type { SearchIndexManager } from './search-index.manager.js';
import { effectiveSort, page } from './search-page.js';
import { applyWords, MAX_TEKST, preferShortNames, prepareWords, type TextOutcome } from './search-text.js';
import { suggest } from './suggestie.js';
import type { QueryWord } from './term-match.js';

export interface SearchOutcome {
  totalCount: number;
  ids: string[];
  hasNextPage: boolean;
  endCursor: string | null;
  /** Computed only when asked for. */
  facets: () => FacetCount[];
  /**
   * Per choice of a filter counted per choice (`FilterApplier.opties`), the results it would give instead of the
   * current choice; computed only when asked for, once per filter.
   */
  opties: <T>(applier: FilterApplier<T>) => FilterOptie<T>[];
  /** `opties(minSterren)`. */
  sterren: () => FilterOptie[];
  /** A search text that would give (more) results, or null; computed only when asked for. */
  suggestie: () => Promise<string | null>;
}

export interface SearchRequest {
  gids: Gids | null;
  filter: InstrumentFilter | null | undefined;
  first: number | null | undefined;
  after: string | null | undefined;
  sort: InstrumentSort | null | undefined;
}

/** A request with its defaults filled in. */
interface Query {
  gids: Gids | null;
  filter: InstrumentFilter;
  kenmerken: string[];
  tekst: string;
}

/**
 * Faceted search over the in-memory index. Within a category the chosen kenmerken combine with OR,
 * across categories and with the other conditions with AND. A facet option's count is the number of
 * results with every other category's choice applied and its own category's choice left out.
 */
export class SearchService {
  constructor(private readonly manager: SearchIndexManager) {}

  /** How much the search path keeps in memory now (tests and diagnostics). */
  cacheStats(): { entries: number; bytes: number; maxBytes: number; stems: number; splitStems: number } {
    return { ...this.manager.current().cacheStats(), stems: this.manager.stemmer.stemCacheSize, splitStems: this.manager.textTools().decomposer.remembered };
  }

  async search(request: SearchRequest): Promise<SearchOutcome> {
    const limit = pageSize(request.first);
    const index = this.manager.current();
    const filter = request.filter ?? {};
    const query: Query = { gids: request.gids ?? filter.gids ?? null, filter, kenmerken: filter.kenmerken ?? [], tekst: (filter.tekst ?? '').trim() };
    this.validate(index, request, query);

    const base = index.published(amsterdamToday()).clone();
    if (query.gids) base.and(index.gids[query.gids]);
    // Filters counted per choice narrow last, so each one's counts can leave it out (text and kenmerken included).
    const last = new Map<FilterApplier<unknown>, Bitset>();
    for (const applier of FILTERS) {
      const set = applier.narrow(filter, index);
      if (set && applier.opties) last.set(applier, set);
      else if (set) base.and(set);
    }
    const tools = this.manager.textTools();
    let text: { prepared: QueryWord[]; outcome: TextOutcome; before: Bitset } | null = null;
    if (query.tekst) {
      const before = base.clone();
      const prepared = await prepareWords(tools, query.tekst);
      const outcome = applyWords(tools.vocabulary, prepared, base);
      preferShortNames(outcome, base, (slot) => index.naamLengte(slot));
      text = { prepared, outcome, before };
    }
    const score = text?.outcome.score ?? null;
    const chosen = selection(index, query.kenmerken);
    const withChosen = (set: Bitset) => {
      for (const chosenSet of chosen.values()) set.and(chosenSet);
      return set;
    };
    const withoutLast = withChosen(base.clone());
    const narrowLast = (set: Bitset, except?: FilterApplier<any>) => {
      for (const [applier, own] of last) if (applier !== except) set.and(own);
      return set;
    };
    const result = narrowLast(withoutLast.clone());

    const sort = effectiveSort(request.sort, score !== null);
    let counts: FacetCount[] | undefined;
    const optiesOf = new Map<FilterApplier<any>, FilterOptie<any>[]>();
    const opties = <T>(applier: FilterApplier<T>): FilterOptie<T>[] => {
      let found = optiesOf.get(applier);
      if (!found) optiesOf.set(applier, (found = applier.opties!(filter, index, narrowLast(withoutLast.clone(), applier))));
      return found;
    };
    return {
      totalCount: result.count(),
      ...page(index, result, sort, score, limit, request.after ?? null),
      // Computed once per result however often the query asks (aliases of `facets`).
      facets: () => (counts ??= facets(index, query.gids, narrowLast(base.clone()), chosen, query.kenmerken)),
      opties,
      sterren: () => opties(minSterren),
      suggestie: async () =>
        text && suggest(tools, index.spelling, query.tekst, text.prepared, text.outcome, text.before, (slots) => narrowLast(withChosen(slots)).count(), result.count()),
    };
  }

  /** Every problem of the request at once, as BAD_USER_INPUT naming each field. */
  private validate(index: SearchIndex, request: SearchRequest, { gids, filter, kenmerken, tekst }: Query): void {
    const problems = new Problems();
    if (request.gids && filter.gids && filter.gids !== request.gids) problems.add('filter.gids', 'filter.gids verschilt van de gekozen gids.');
    for (const applier of FILTERS) applier.check(filter, index, problems);
    checkKenmerken(index, gids, kenmerken, problems);
    if (tekst.length > MAX_TEKST) problems.add('filter.tekst', `Gebruik hoogstens ${MAX_TEKST} tekens.`);
    // Not Problems.throwIfAny: the search screen shows this message as it is, without field names.
    if (problems.list.length) throw badUserInput('De zoekopdracht klopt niet: ' + problems.list.map((p) => p.message).join(' '), problems.list);
  }
}
