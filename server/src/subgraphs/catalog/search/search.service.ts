import { badUserInput, type FieldProblem } from '../../../core/errors.js';
import { isUuid } from '../../../core/ids.js';
import { decodeCursor, encodeCursor, pageSize } from '../../../core/pagination.js';
import { Gids } from '../catalog.enums.js';
import { InstrumentSort, type InstrumentFilter } from '../instrument.input.js';
import { amsterdamToday } from '../publicatie.js';
import { Bitset } from './bitset.js';
import { compareNaam, compareNieuwste, DAGEN_PER_EENHEID, type SearchIndex } from './search-index.js';
import type { SearchIndexManager } from './search-index.manager.js';

export interface FacetCount {
  categorieCode: string;
  opties: { code: string; count: number; selected: boolean }[];
}

export interface SearchOutcome {
  totalCount: number;
  ids: string[];
  hasNextPage: boolean;
  endCursor: string | null;
  /** Computed only when asked for. */
  facets: () => FacetCount[];
}

export interface SearchRequest {
  gids: Gids | null;
  filter: InstrumentFilter | null | undefined;
  first: number | null | undefined;
  after: string | null | undefined;
  sort: InstrumentSort | null | undefined;
}

const MAX_TEKST = 200;
const MAX_WORDS = 8;
/** More than every option of both guides: a longer list can only be an attempt to make the search slow. */
export const MAX_FILTER_KENMERKEN = 200;
/**
 * Typo matching compares a word with the whole dictionary (about 3 ms a word at 100,000 lexemes); a text of
 * eight made-up words would cost that eight times. Beyond three words with typos, a word must match as typed.
 */
const MAX_TYPO_WORDS = 3;

/** Words of a search text, lower-cased and without accents, as PostgreSQL's unaccent would make them. */
export function words(tekst: string): string[] {
  return [...new Set(tekst.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0))].slice(0, MAX_WORDS);
}

/**
 * Faceted search over the in-memory index. Within a category the chosen kenmerken combine with OR,
 * across categories and with the other conditions with AND. A facet option's count is the number of
 * results with every other category's choice applied and its own category's choice left out.
 */
export class SearchService {
  constructor(private readonly manager: SearchIndexManager) {}

  /** How much the search path keeps in memory now (tests and diagnostics). */
  cacheStats(): { entries: number; bytes: number; maxBytes: number; stems: number } {
    return { ...this.manager.current().cacheStats(), stems: this.manager.stemmer.stemCacheSize };
  }

  async search(request: SearchRequest): Promise<SearchOutcome> {
    const limit = pageSize(request.first);
    const filter = request.filter ?? {};
    const index = this.manager.current();
    const gids = request.gids ?? filter.gids ?? null;
    const problems: FieldProblem[] = [];
    if (request.gids && filter.gids && filter.gids !== request.gids) problems.push({ field: 'filter.gids', message: 'filter.gids verschilt van de gekozen gids.' });

    const base = index.published(amsterdamToday()).clone();
    if (gids) base.and(index.gids[gids]);
    this.applyArea(index, filter, base, problems);
    this.applyRanges(index, filter, base, problems);
    const kenmerken = filter.kenmerken ?? [];
    if (kenmerken.length > MAX_FILTER_KENMERKEN) problems.push({ field: 'filter.kenmerken', message: `Kies hoogstens ${MAX_FILTER_KENMERKEN} kenmerken.` });
    const selection = this.selection(index, gids, kenmerken.length > MAX_FILTER_KENMERKEN ? [] : kenmerken, problems);
    const tekst = (filter.tekst ?? '').trim();
    if (tekst.length > MAX_TEKST) problems.push({ field: 'filter.tekst', message: `Gebruik hoogstens ${MAX_TEKST} tekens.` });
    if (problems.length) throw badUserInput('De zoekopdracht klopt niet: ' + problems.map((p) => p.message).join(' '), problems);

    const score = tekst ? await this.applyText(index, tekst, base) : null;
    const result = base.clone();
    for (const set of selection.values()) result.and(set);

    const sort = score ? (request.sort ?? InstrumentSort.RELEVANTIE) : request.sort === InstrumentSort.NIEUWSTE ? InstrumentSort.NIEUWSTE : InstrumentSort.NAAM;
    const page = this.page(index, result, sort, score, limit, request.after ?? null);
    let facets: FacetCount[] | undefined;
    return {
      totalCount: result.count(),
      ...page,
      // Computed once per result however often the query asks (aliases of `facets`).
      facets: () => (facets ??= this.facets(index, gids, base, selection, kenmerken)),
    };
  }

  private applyArea(index: SearchIndex, filter: InstrumentFilter, base: Bitset, problems: FieldProblem[]): void {
    if (filter.regio) {
      if (![...index.regioOfGemeente.values()].includes(filter.regio)) problems.push({ field: 'filter.regio', message: `Regio '${filter.regio}' bestaat niet.` });
      else base.and(index.regioArea(filter.regio));
    }
    if (filter.gemeente) {
      if (!index.regioOfGemeente.has(filter.gemeente)) problems.push({ field: 'filter.gemeente', message: `Gemeente '${filter.gemeente}' bestaat niet.` });
      else base.and(index.gemeenteArea(filter.gemeente));
    }
    if (filter.wijk) {
      if (!index.gemeenteOfWijk.has(filter.wijk)) problems.push({ field: 'filter.wijk', message: `Wijk '${filter.wijk}' bestaat niet.` });
      else base.and(index.wijkArea(filter.wijk));
    }
  }

  private applyRanges(index: SearchIndex, filter: InstrumentFilter, base: Bitset, problems: FieldProblem[]): void {
    const { organisatieId, aanbiederId, maxKosten, maxDuur, minIntensiteit, maxIntensiteit } = filter;
    // Only a well-formed id is looked up; one without instruments simply finds nothing.
    if (organisatieId) {
      if (!isUuid(organisatieId)) problems.push({ field: 'filter.organisatieId', message: 'Ongeldig id.' });
      else base.and(index.organisatieSet(organisatieId.toLowerCase()));
    }
    if (aanbiederId) {
      if (!isUuid(aanbiederId)) problems.push({ field: 'filter.aanbiederId', message: 'Ongeldig id.' });
      else base.and(index.aanbiederSet(aanbiederId.toLowerCase()));
    }
    if (maxKosten != null) {
      const cent = Math.round(Number(maxKosten) * 100);
      if (cent < 0) problems.push({ field: 'filter.maxKosten', message: 'Maximale kosten kunnen niet negatief zijn.' });
      else base.and(index.where(index.kostenCent, (kosten) => kosten <= cent));
    }
    if (maxDuur) {
      if (!(maxDuur.waarde >= 0)) problems.push({ field: 'filter.maxDuur', message: 'Maximale duur kan niet negatief zijn.' });
      // A little slack so 4 weken passes a limit of 28 dagen despite floating point.
      const dagen = maxDuur.waarde * DAGEN_PER_EENHEID[maxDuur.eenheid] + 1e-9;
      base.and(index.where(index.duurDagen, (duur) => duur <= dagen));
    }
    if (minIntensiteit != null && maxIntensiteit != null && minIntensiteit > maxIntensiteit) {
      problems.push({ field: 'filter.minIntensiteit', message: 'Minimale intensiteit is groter dan de maximale.' });
    }
    if (minIntensiteit != null) base.and(index.where(index.intensiteit, (uren) => uren >= minIntensiteit));
    if (maxIntensiteit != null) base.and(index.where(index.intensiteit, (uren) => uren <= maxIntensiteit));
  }

  /** The chosen kenmerken per category, each category as the OR of its choices. */
  private selection(index: SearchIndex, gids: Gids | null, codes: string[], problems: FieldProblem[]): Map<string, Bitset> {
    const byCategorie = new Map<string, Bitset>();
    for (const code of new Set(codes)) {
      const info = index.kenmerkInfo.get(code);
      if (!info) {
        problems.push({ field: 'filter.kenmerken', message: `Kenmerk '${code}' bestaat niet.` });
        continue;
      }
      if (gids && info.gids !== gids) {
        problems.push({ field: 'filter.kenmerken', message: `Kenmerk '${code}' hoort niet bij ${gids === Gids.EVA ? 'Eva' : 'Dennis'}.` });
        continue;
      }
      const set = byCategorie.get(info.categorie_code) ?? new Bitset(index.capacity);
      byCategorie.set(info.categorie_code, set.or(index.kenmerkSet(code)));
    }
    return byCategorie;
  }

  /** Every word must match (AND); the score adds up each word's best match. */
  private async applyText(index: SearchIndex, tekst: string, base: Bitset): Promise<Float32Array> {
    const list = words(tekst);
    const stems = await this.manager.stemmer.stems(list);
    const total = new Float32Array(index.capacity);
    let typosLeft = MAX_TYPO_WORDS;
    for (const [i, word] of list.entries()) {
      const stem = stems[i] ?? '';
      // A stop word ("de", "het") has no stem and does not narrow the search.
      if (!stem && word.length < 4) continue;
      const match = index.text.match({ stem, word }, index.capacity, typosLeft > 0);
      if (match.fuzzy) typosLeft--;
      base.and(match.slots);
      for (const slot of match.slots.slots()) total[slot]! += match.score[slot]!;
      // Nothing left: later words cannot bring anything back, so their (typo) matching is skipped.
      if (base.count() === 0) break;
    }
    return total;
  }

  private page(index: SearchIndex, result: Bitset, sort: InstrumentSort, score: Float32Array | null, limit: number, after: string | null) {
    const picked: number[] = [];
    if (sort === InstrumentSort.RELEVANTIE) {
      const rank = index.naamRank();
      const byScore = (a: number, b: number) => score![b]! - score![a]! || rank[a]! - rank[b]!;
      const ranked = [...result.slots()].sort(byScore);
      let start = 0;
      if (after) {
        const [kind, value, naam, id] = decodeCursor(after, ['string', 'number', 'string', 'string']);
        if (kind !== sort) throw wrongCursor();
        const key = { naam: String(naam), id: String(id) };
        start = ranked.findIndex((slot) => score![slot]! < Number(value) || (score![slot] === Number(value) && compareNaam(index.sortKey(slot), key) > 0));
        if (start < 0) start = ranked.length;
      }
      picked.push(...ranked.slice(start, start + limit + 1));
    } else {
      const order = sort === InstrumentSort.NIEUWSTE ? index.byNieuwste() : index.byNaam();
      let start = 0;
      if (after) start = this.positionAfter(index, order, sort, after);
      for (let i = start; i < order.length && picked.length <= limit; i++) if (result.has(order[i]!)) picked.push(order[i]!);
    }
    const hasNextPage = picked.length > limit;
    const slots = picked.slice(0, limit);
    const last = slots[slots.length - 1];
    const doc = last === undefined ? undefined : index.sortKey(last);
    const endCursor = !doc
      ? null
      : sort === InstrumentSort.RELEVANTIE
        ? encodeCursor([sort, score![last!]!, doc.naam, doc.id])
        : sort === InstrumentSort.NIEUWSTE
          ? encodeCursor([sort, doc.createdAt, doc.id])
          : encodeCursor([sort, doc.naam, doc.id]);
    return { ids: slots.map((slot) => index.idOf(slot)), hasNextPage, endCursor };
  }

  /** First position in `order` that sorts after the cursor's key (binary search: the order is sorted by it). */
  private positionAfter(index: SearchIndex, order: Int32Array, sort: InstrumentSort, after: string): number {
    let compare: (slot: number) => number;
    if (sort === InstrumentSort.NIEUWSTE) {
      const [kind, createdAt, id] = decodeCursor(after, ['string', 'number', 'string']);
      if (kind !== sort) throw wrongCursor();
      compare = (slot) => compareNieuwste(index.sortKey(slot), { createdAt: Number(createdAt), id: String(id) });
    } else {
      const [kind, naam, id] = decodeCursor(after, ['string', 'string', 'string']);
      if (kind !== sort) throw wrongCursor();
      compare = (slot) => compareNaam(index.sortKey(slot), { naam: String(naam), id: String(id) });
    }
    let low = 0;
    let high = order.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compare(order[mid]!) <= 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private facets(index: SearchIndex, gids: Gids | null, base: Bitset, selection: Map<string, Bitset>, chosen: string[]): FacetCount[] {
    const selected = new Set(chosen);
    const categories = index.cached(`cats:${gids}`, () => categoriesOf(index, gids));
    return categories.map(({ categorieCode, codes }) => {
      // Every other category's choice applies; this category's own choice does not.
      const scope = base.clone();
      for (const [code, set] of selection) if (code !== categorieCode) scope.and(set);
      return {
        categorieCode,
        opties: codes.map((code) => ({ code, count: scope.countAnd(index.kenmerkSet(code)), selected: selected.has(code) })),
      };
    });
  }
}

function wrongCursor() {
  return badUserInput('Deze cursor hoort bij een andere sortering. Begin opnieuw bij de eerste pagina.', [{ field: 'after', message: 'Ongeldige cursor.' }]);
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
