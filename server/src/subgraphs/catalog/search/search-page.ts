import { badUserInput } from '../../../core/errors.js';
import { decodeCursor, encodeCursor } from '../../../core/pagination.js';
import type { Bitset } from './bitset.js';
import { InstrumentSort } from './instrument-sort.js';
import { compareBeoordeling, compareNaam, compareNieuwste, type SearchIndex } from './search-index.js';

export interface Page {
  ids: string[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** RELEVANTIE only with a text to be relevant to (else NAAM); NIEUWSTE and BEOORDELING when asked. */
export function effectiveSort(requested: InstrumentSort | null | undefined, withText: boolean): InstrumentSort {
  if (withText) return requested ?? InstrumentSort.RELEVANTIE;
  return requested && requested !== InstrumentSort.RELEVANTIE ? requested : InstrumentSort.NAAM;
}

/** The `limit` results after the cursor in `sort` order (`score` only for RELEVANTIE), and the next cursor. */
export function page(index: SearchIndex, result: Bitset, sort: InstrumentSort, score: Float32Array | null, limit: number, after: string | null): Page {
  const picked = sort === InstrumentSort.RELEVANTIE ? byRelevance(index, result, score!, limit, after) : inOrder(index, result, sort, limit, after);
  const hasNextPage = picked.length > limit;
  const slots = picked.slice(0, limit);
  const last = slots[slots.length - 1];
  return { ids: slots.map((slot) => index.idOf(slot)), hasNextPage, endCursor: last === undefined ? null : cursorOf(index, sort, score, last) };
}

function cursorOf(index: SearchIndex, sort: InstrumentSort, score: Float32Array | null, slot: number): string {
  const doc = index.sortKey(slot);
  if (sort === InstrumentSort.RELEVANTIE) return encodeCursor([sort, score![slot]!, doc.naam, doc.id]);
  if (sort === InstrumentSort.NIEUWSTE) return encodeCursor([sort, doc.createdAt, doc.id]);
  if (sort === InstrumentSort.BEOORDELING) return encodeCursor([sort, doc.gemiddelde, doc.aantal, doc.naam, doc.id]);
  return encodeCursor([sort, doc.naam, doc.id]);
}

/**
 * Scores are per search, so the results are ranked here: only the `limit + 1` best after the cursor's place are
 * picked (a heap of that size), not every result sorted; a broad word has tens of thousands of results.
 */
function byRelevance(index: SearchIndex, result: Bitset, score: Float32Array, limit: number, after: string | null): number[] {
  const rank = index.naamRank();
  /** Negative when slot a ranks before slot b. */
  const order = (a: number, b: number) => score[b]! - score[a]! || rank[a]! - rank[b]!;
  let afterCursor: ((slot: number) => boolean) | null = null;
  if (after) {
    const [kind, value, naam, id] = decodeCursor(after, ['string', 'number', 'string', 'string']);
    if (kind !== InstrumentSort.RELEVANTIE) throw wrongCursor();
    const key = { naam: String(naam), id: String(id) };
    const cut = Number(value);
    afterCursor = (slot) => score[slot]! < cut || (score[slot] === cut && compareNaam(index.sortKey(slot), key) > 0);
  }
  const best = new WorstFirstHeap(limit + 1, order);
  result.forEach((slot) => {
    if (!afterCursor || afterCursor(slot)) best.offer(slot);
  });
  return best.sorted();
}

/** At most `size` items, the worst ranked on top, so a better one replaces it in log(size) steps. */
class WorstFirstHeap {
  private readonly items: number[] = [];

  constructor(
    private readonly size: number,
    private readonly order: (a: number, b: number) => number,
  ) {}

  offer(item: number): void {
    const items = this.items;
    if (items.length < this.size) {
      items.push(item);
      for (let i = items.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (this.order(items[i]!, items[parent]!) <= 0) break;
        [items[i], items[parent]] = [items[parent]!, items[i]!];
        i = parent;
      }
    } else if (this.size > 0 && this.order(item, items[0]!) < 0) {
      items[0] = item;
      for (let i = 0; ; ) {
        const left = 2 * i + 1;
        const right = left + 1;
        let worst = i;
        if (left < items.length && this.order(items[left]!, items[worst]!) > 0) worst = left;
        if (right < items.length && this.order(items[right]!, items[worst]!) > 0) worst = right;
        if (worst === i) break;
        [items[i], items[worst]] = [items[worst]!, items[i]!];
        i = worst;
      }
    }
  }

  sorted(): number[] {
    return [...this.items].sort(this.order);
  }
}

/** NAAM, NIEUWSTE and BEOORDELING walk the index's kept order from the cursor's place, taking the results they meet. */
function inOrder(index: SearchIndex, result: Bitset, sort: InstrumentSort, limit: number, after: string | null): number[] {
  const order = sort === InstrumentSort.NIEUWSTE ? index.byNieuwste() : sort === InstrumentSort.BEOORDELING ? index.byBeoordeling() : index.byNaam();
  const picked: number[] = [];
  for (let i = after ? positionAfter(index, order, sort, after) : 0; i < order.length && picked.length <= limit; i++) {
    if (result.has(order[i]!)) picked.push(order[i]!);
  }
  return picked;
}

/** First position in `order` that sorts after the cursor's key (binary search: the order is sorted by it). */
function positionAfter(index: SearchIndex, order: Int32Array, sort: InstrumentSort, after: string): number {
  let compare: (slot: number) => number;
  if (sort === InstrumentSort.NIEUWSTE) {
    const [kind, createdAt, id] = decodeCursor(after, ['string', 'number', 'string']);
    if (kind !== sort) throw wrongCursor();
    compare = (slot) => compareNieuwste(index.sortKey(slot), { createdAt: Number(createdAt), id: String(id) });
  } else if (sort === InstrumentSort.BEOORDELING) {
    const [kind, gemiddelde, aantal, naam, id] = decodeCursor(after, ['string', 'number', 'number', 'string', 'string']);
    if (kind !== sort) throw wrongCursor();
    const key = { gemiddelde: Number(gemiddelde), aantal: Number(aantal), naam: String(naam), id: String(id) };
    compare = (slot) => compareBeoordeling(index.sortKey(slot), key);
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

function wrongCursor() {
  return badUserInput('Deze cursor hoort bij een andere sortering. Begin opnieuw bij de eerste pagina.', [{ field: 'after', message: 'Ongeldige cursor.' }]);
}
