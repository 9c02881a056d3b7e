import { LRUCache } from 'lru-cache';
import { DuurEenheid, Gids } from '../catalog.enums.js';
import { isPublishedOn } from '../publicatie.js';
import { Bitset } from './bitset.js';
import type { GeografieRows, IndexRow, TaxonomieRow } from './search-index.store.js';
import { parseTsvector, TextIndex } from './text-index.js';

/** Calendar days per unit, so "max duur" compares 3 weken with 20 dagen (an uur counts as 1/24 dag). */
export const DAGEN_PER_EENHEID: Record<DuurEenheid, number> = {
  [DuurEenheid.UUR]: 1 / 24,
  [DuurEenheid.DAG]: 1,
  [DuurEenheid.WEEK]: 7,
  [DuurEenheid.MAAND]: 365.25 / 12,
};

export interface Doc {
  id: string;
  gids: Gids;
  naam: string;
  createdAt: number;
  publiceren: boolean;
  publiceerVanaf: string | null;
  publiceerTotEnMet: string | null;
  kostenCent: number | null;
  duurDagen: number | null;
  intensiteit: number | null;
  aanbiederId: string;
  organisatieId: string;
  landelijk: boolean;
  kenmerken: string[];
  regios: string[];
  gemeenten: string[];
  wijken: string[];
  /** Ids in the text index, to take the instrument out again. */
  lexemeIds: Int32Array;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

function toDoc(row: IndexRow): { doc: Doc; lexemes: Map<string, number> } {
  const lexemes = parseTsvector(row.zoekvector);
  for (const [lexeme, weight] of parseTsvector(row.aanbieder_zoekvector)) {
    // The aanbieder's name weighs like a samenvatting (B).
    lexemes.set(lexeme, Math.max(lexemes.get(lexeme) ?? 0, Math.min(weight, 2) || 2));
  }
  const duur = row.totale_duur === null || row.duur_eenheid === null ? null : Number(row.totale_duur) * DAGEN_PER_EENHEID[row.duur_eenheid];
  return {
    lexemes,
    doc: {
      id: row.id,
      gids: row.gids,
      naam: row.naam,
      createdAt: new Date(row.created_at).getTime(),
      publiceren: row.publiceren,
      publiceerVanaf: row.publiceer_vanaf,
      publiceerTotEnMet: row.publiceer_tot_en_met,
      kostenCent: row.totale_kosten === null ? null : Math.round(Number(row.totale_kosten) * 100),
      duurDagen: duur,
      intensiteit: row.intensiteit === null ? null : Number(row.intensiteit),
      aanbiederId: row.aanbieder_id,
      organisatieId: row.organisatie_id,
      landelijk: row.landelijk,
      kenmerken: row.kenmerken,
      regios: row.regios,
      gemeenten: row.gemeenten,
      wijken: row.wijken,
      lexemeIds: new Int32Array(0),
    },
  };
}

/**
 * Derived structures (kenmerk and area bitsets, sort orders, filter bitsets) are memoised in bytes, not
 * entries: some keys come from the caller (an organisatie's or aanbieder's id), and a cache on those must
 * not grow with every different value. 32 MiB holds about 2,600 bitsets of 100,000 instruments, several
 * times what the kenmerken, gemeenten and regio's of both guides need.
 */
export const DEFAULT_CACHE_BYTES = 32 * 1024 * 1024;
/** What a cached value without a byte length (a category list) counts for. */
const SMALL_VALUE_BYTES = 4096;

function bytesOf(value: object): number {
  const bytes = value instanceof Bitset ? value.words.byteLength : ArrayBuffer.isView(value) ? value.byteLength : SMALL_VALUE_BYTES;
  return Math.max(bytes, 1); // lru-cache wants a positive size; an empty index has empty orders
}

function count(map: Map<string, number>, key: string, delta: number): void {
  const next = (map.get(key) ?? 0) + delta;
  if (next > 0) map.set(key, next);
  else map.delete(key);
}

function addTo(map: Map<string, Bitset>, key: string, slot: number, size: number): void {
  let set = map.get(key);
  if (!set) {
    set = new Bitset(size);
    map.set(key, set);
  }
  set.add(slot);
}

/**
 * The catalog's in-memory search index: one slot per instrument and a bitset per kenmerk, gebied and
 * guide. Built from PostgreSQL at start and kept current from change notifications; everything that
 * depends on "today" (the publication window) is evaluated at query time.
 */
export class SearchIndex {
  readonly docs: (Doc | undefined)[] = [];
  readonly alive: Bitset;
  readonly gids: Record<Gids, Bitset>;
  readonly landelijk: Bitset;
  readonly kenmerk = new Map<string, Bitset>();
  readonly regio = new Map<string, Bitset>();
  readonly gemeente = new Map<string, Bitset>();
  readonly wijk = new Map<string, Bitset>();
  readonly text = new TextIndex();
  private readonly slotOf = new Map<string, number>();
  private readonly free: number[] = [];
  /** Bumped on every change; derived structures are cached per version. */
  version = 0;
  private readonly cache: LRUCache<string, object>;
  /** Instruments per organisatie and per aanbieder: a filter on an id without instruments needs no bitset. */
  private readonly perOrganisatie = new Map<string, number>();
  private readonly perAanbieder = new Map<string, number>();

  readonly childrenOf = new Map<string, string[]>();
  readonly kenmerkInfo = new Map<string, TaxonomieRow>();
  readonly regioOfGemeente = new Map<string, string>();
  readonly gemeenteOfWijk = new Map<string, string>();

  constructor(readonly capacity: number, taxonomie: TaxonomieRow[], geografie: GeografieRows, readonly cacheBytes = DEFAULT_CACHE_BYTES) {
    this.cache = new LRUCache<string, object>({ maxSize: cacheBytes, sizeCalculation: bytesOf });
    this.alive = new Bitset(capacity);
    this.landelijk = new Bitset(capacity);
    this.gids = { [Gids.EVA]: new Bitset(capacity), [Gids.DENNIS]: new Bitset(capacity) };
    for (const row of taxonomie) {
      this.kenmerkInfo.set(row.code, row);
      if (row.parent_code) this.childrenOf.set(row.parent_code, [...(this.childrenOf.get(row.parent_code) ?? []), row.code]);
    }
    for (const g of geografie.gemeenten) this.regioOfGemeente.set(g.code, g.regio_code);
    for (const w of geografie.wijken) this.gemeenteOfWijk.set(w.id, w.gemeente_code);
  }

  get size(): number {
    return this.slotOf.size;
  }

  /** False when the index is full: the caller then rebuilds it with more room. */
  upsert(row: IndexRow): boolean {
    this.remove(row.id);
    const slot = this.free.pop() ?? (this.docs.length < this.capacity ? this.docs.length : -1);
    if (slot < 0) return false;
    const { doc, lexemes } = toDoc(row);
    this.docs[slot] = doc;
    this.slotOf.set(doc.id, slot);
    this.alive.add(slot);
    this.gids[doc.gids].add(slot);
    if (doc.landelijk) this.landelijk.add(slot);
    count(this.perOrganisatie, doc.organisatieId, 1);
    count(this.perAanbieder, doc.aanbiederId, 1);
    for (const code of doc.kenmerken) addTo(this.kenmerk, code, slot, this.capacity);
    for (const code of doc.regios) addTo(this.regio, code, slot, this.capacity);
    for (const code of doc.gemeenten) addTo(this.gemeente, code, slot, this.capacity);
    for (const id of doc.wijken) addTo(this.wijk, id, slot, this.capacity);
    doc.lexemeIds = this.text.add(slot, lexemes);
    this.changed();
    return true;
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    const doc = this.docs[slot]!;
    this.alive.delete(slot);
    this.gids[doc.gids].delete(slot);
    this.landelijk.delete(slot);
    count(this.perOrganisatie, doc.organisatieId, -1);
    count(this.perAanbieder, doc.aanbiederId, -1);
    for (const code of doc.kenmerken) this.kenmerk.get(code)?.delete(slot);
    for (const code of doc.regios) this.regio.get(code)?.delete(slot);
    for (const code of doc.gemeenten) this.gemeente.get(code)?.delete(slot);
    for (const wijkId of doc.wijken) this.wijk.get(wijkId)?.delete(slot);
    this.text.remove(slot, doc.lexemeIds);
    this.docs[slot] = undefined;
    this.slotOf.delete(id);
    this.free.push(slot);
    this.changed();
  }

  slot(id: string): number | undefined {
    return this.slotOf.get(id);
  }

  private changed(): void {
    this.version++;
    this.cache.clear();
  }

  /** Memoises a derived structure until the next change (or until the least recently used ones make room). */
  cached<T extends object>(key: string, build: () => T): T {
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit as T;
    const value = build();
    this.cache.set(key, value);
    return value;
  }

  /** Entries and bytes the memoised structures take now (the bound is `cacheBytes`). */
  cacheStats(): { entries: number; bytes: number; maxBytes: number } {
    return { entries: this.cache.size, bytes: this.cache.calculatedSize, maxBytes: this.cacheBytes };
  }

  /** Instruments of this organisatie; an id without instruments is not remembered. */
  organisatieSet(id: string): Bitset {
    if (!this.perOrganisatie.has(id)) return this.empty();
    return this.cached(`org:${id}`, () => this.where((d) => d.organisatieId === id));
  }

  /** Instruments of this aanbieder; an id without instruments is not remembered. */
  aanbiederSet(id: string): Bitset {
    if (!this.perAanbieder.has(id)) return this.empty();
    return this.cached(`aan:${id}`, () => this.where((d) => d.aanbiederId === id));
  }

  private empty(): Bitset {
    return new Bitset(this.capacity);
  }

  /** Instruments with this kenmerk or, for a parent like "Aandachtspunten klant", any of its children. */
  kenmerkSet(code: string): Bitset {
    return this.cached(`k:${code}`, () => {
      const set = this.kenmerk.get(code)?.clone() ?? this.empty();
      for (const child of this.childrenOf.get(code) ?? []) set.or(this.kenmerkSet(child));
      return set;
    });
  }

  /** Published on `today` (YYYY-MM-DD, Amsterdam), inside the window, both ends included. */
  published(today: string): Bitset {
    return this.cached(`p:${today}`, () => {
      const set = this.empty();
      for (const slot of this.alive.slots()) {
        if (isPublishedOn(this.docs[slot]!, today)) set.add(slot);
      }
      return set;
    });
  }

  private union(map: Map<string, Bitset>, keys: Iterable<string>, into: Bitset): Bitset {
    for (const key of keys) {
      const set = map.get(key);
      if (set) into.or(set);
    }
    return into;
  }

  /** Available in a gemeente: landelijk, its arbeidsmarktregio, the gemeente itself or one of its wijken. */
  gemeenteArea(code: string): Bitset {
    return this.cached(`g:${code}`, () => {
      const set = this.landelijk.clone();
      const regio = this.regioOfGemeente.get(code);
      if (regio) this.union(this.regio, [regio], set);
      this.union(this.gemeente, [code], set);
      return this.union(this.wijk, [...this.gemeenteOfWijk].filter(([, g]) => g === code).map(([w]) => w), set);
    });
  }

  /** Available in an arbeidsmarktregio: landelijk, the regio, its gemeenten and their wijken. */
  regioArea(code: string): Bitset {
    return this.cached(`r:${code}`, () => {
      const gemeenten = new Set([...this.regioOfGemeente].filter(([, r]) => r === code).map(([g]) => g));
      const set = this.landelijk.clone();
      this.union(this.regio, [code], set);
      this.union(this.gemeente, gemeenten, set);
      return this.union(this.wijk, [...this.gemeenteOfWijk].filter(([, g]) => gemeenten.has(g)).map(([w]) => w), set);
    });
  }

  /** Available in a wijk: landelijk, its regio, its gemeente or the wijk itself. */
  wijkArea(id: string): Bitset {
    return this.cached(`w:${id}`, () => {
      const gemeente = this.gemeenteOfWijk.get(id);
      const regio = gemeente ? this.regioOfGemeente.get(gemeente) : undefined;
      const set = this.landelijk.clone();
      if (regio) this.union(this.regio, [regio], set);
      if (gemeente) this.union(this.gemeente, [gemeente], set);
      return this.union(this.wijk, [id], set);
    });
  }

  /** Slots whose value passes `test` (null values never do). */
  where(test: (doc: Doc) => boolean): Bitset {
    const set = this.empty();
    for (const slot of this.alive.slots()) if (test(this.docs[slot]!)) set.add(slot);
    return set;
  }

  /** Alive slots by naam (Dutch collation), then id: the order behind sort NAAM and its cursors. */
  byNaam(): Int32Array {
    return this.cached('o:naam', () =>
      Int32Array.from([...this.alive.slots()].sort((a, b) => compareNaam(this.docs[a]!, this.docs[b]!))),
    );
  }

  /** Each slot's position in byNaam(): a cheap numeric tie-breaker with the same order as compareNaam. */
  naamRank(): Int32Array {
    return this.cached('r:naam', () => {
      const rank = new Int32Array(this.capacity);
      this.byNaam().forEach((slot, position) => (rank[slot] = position));
      return rank;
    });
  }

  /** Alive slots newest first, then by id. */
  byNieuwste(): Int32Array {
    return this.cached('o:nieuw', () =>
      Int32Array.from([...this.alive.slots()].sort((a, b) => compareNieuwste(this.docs[a]!, this.docs[b]!))),
    );
  }
}

export function compareNaam(a: Pick<Doc, 'naam' | 'id'>, b: Pick<Doc, 'naam' | 'id'>): number {
  return collator.compare(a.naam, b.naam) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function compareNieuwste(a: Pick<Doc, 'createdAt' | 'id'>, b: Pick<Doc, 'createdAt' | 'id'>): number {
  return b.createdAt - a.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
