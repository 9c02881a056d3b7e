import { LRUCache } from 'lru-cache';
import { DuurEenheid, Gids, InstrumentType } from '../catalog.enums.js';
import { publicationStatus, type PublicationStatus, type PublicationWindow } from '../../../core/publicatie.js';
import { Bitset } from './bitset.js';
import { SEARCH_KOPPELINGEN, type SearchKoppeling } from '../instrument-koppelingen.js';
import type { GeografieRows, IndexRow, SearchLists, TaxonomieRow } from './search-index.store.js';
import { parseTsvector, TextIndex } from './text-index.js';
import { Compounds } from './compounds.js';
import { Spelling } from './suggestie.js';

/** Calendar days per unit, so "max duur" compares 3 weken with 20 dagen (an uur counts as 1/24 dag). */
export const DAGEN_PER_EENHEID: Record<DuurEenheid, number> = {
  [DuurEenheid.UUR]: 1 / 24,
  [DuurEenheid.DAG]: 1,
  [DuurEenheid.WEEK]: 7,
  [DuurEenheid.MAAND]: 365.25 / 12,
};

/** One instrument as the index keeps it. */
export type IndexEntry = SearchLists & {
  id: string;
  gids: Gids;
  type: InstrumentType;
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
};

/** What a sort and its cursors read of an instrument. */
export interface SortKey {
  id: string;
  naam: string;
  createdAt: number;
  /** The exact average of its visible reviews, 0 without any (beoordelingen.ts). */
  gemiddelde: number;
  aantal: number;
}

/** Memoised structures that depend on the review aggregates: dropped when one changes, the rest stays. */
const BEOORDELING_ORDER = 'o:beoordeling';
const BEOORDELING_KEYS = [BEOORDELING_ORDER, 's:1', 's:2', 's:3', 's:4', 's:5'];
/** An average of reviews lies at least 1/aantal from the next whole star; this absorbs a float's rounding. */
const STERREN_SLACK = 1e-9;

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

export function kostenCent(totaleKosten: string | null): number | null {
  return totaleKosten === null ? null : Math.round(Number(totaleKosten) * 100);
}

export function duurDagen(totaleDuur: string | null, eenheid: DuurEenheid | null): number | null {
  return totaleDuur === null || eenheid === null ? null : Number(totaleDuur) * DAGEN_PER_EENHEID[eenheid];
}

/** The aanbieder's name weighs like a samenvatting (B): a lexeme of it gets at least that weight. */
export function aanbiederWeight(weight: number): number {
  return Math.min(weight, 2) || 2;
}

function toEntry(row: IndexRow): { entry: IndexEntry; lexemes: Map<string, number> } {
  const lexemes = parseTsvector(row.zoekvector);
  for (const [lexeme, weight] of parseTsvector(row.aanbieder_zoekvector)) {
    lexemes.set(lexeme, Math.max(lexemes.get(lexeme) ?? 0, aanbiederWeight(weight)));
  }
  const lists = Object.fromEntries(SEARCH_KOPPELINGEN.map((name) => [name, row[name]])) as SearchLists;
  return {
    lexemes,
    entry: {
      ...lists,
      id: row.id,
      gids: row.gids,
      type: row.type,
      naam: row.naam,
      createdAt: new Date(row.created_at).getTime(),
      publiceren: row.publiceren,
      publiceerVanaf: row.publiceer_vanaf,
      publiceerTotEnMet: row.publiceer_tot_en_met,
      kostenCent: kostenCent(row.totale_kosten),
      duurDagen: duurDagen(row.totale_duur, row.duur_eenheid),
      intensiteit: row.intensiteit === null ? null : Number(row.intensiteit),
      aanbiederId: row.aanbieder_id,
      organisatieId: row.organisatie_id,
      landelijk: row.landelijk,
    },
  };
}

/** Strings that repeat across instruments (aanbieder and organisatie ids, dates) kept once, numbered. */
class Interned {
  private readonly numbers = new Map<string, number>();
  readonly values: string[] = [];
  /** Instruments per value. */
  readonly counts: number[] = [];

  number(value: string): number {
    let n = this.numbers.get(value);
    if (n === undefined) {
      n = this.values.push(value) - 1;
      this.numbers.set(value, n);
      this.counts.push(0);
    }
    return n;
  }

  has(value: string): boolean {
    const n = this.numbers.get(value);
    return n !== undefined && this.counts[n]! > 0;
  }
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
  readonly alive: Bitset;
  readonly gids: Record<Gids, Bitset>;
  readonly typen: Record<InstrumentType, Bitset>;
  readonly landelijk: Bitset;
  /** Per searched koppeling (instrument-koppelingen.ts): a bitset per code or id. */
  private readonly sets = Object.fromEntries(SEARCH_KOPPELINGEN.map((name) => [name, new Map<string, Bitset>()])) as Record<SearchKoppeling, Map<string, Bitset>>;
  private readonly kenmerk = this.sets.kenmerken;
  private readonly regio = this.sets.regios;
  private readonly gemeente = this.sets.gemeenten;
  private readonly wijk = this.sets.wijken;
  readonly text = new TextIndex();
  /** The compounds among the text's lexemes, and up to which lexeme id they were looked for (SearchIndexManager). */
  readonly compounds = new Compounds();
  decomposedUpTo = 0;
  /** Words to suggest ("Bedoelde u …?"), set by the SearchIndexManager after a build. */
  spelling = new Spelling();
  private readonly slotOf = new Map<string, number>();
  private readonly free: number[] = [];
  /** Slots handed out so far (free ones included). */
  private used = 0;
  /** Bumped on every change; derived structures are cached per version. */
  version = 0;
  private readonly cache: LRUCache<string, object>;
  // Per slot, one array per field instead of an object per instrument: 100,000 objects with their strings
  // and arrays were most of the index's memory. NaN stands for an unknown number.
  private readonly ids: (string | undefined)[];
  private readonly naam: (string | undefined)[];
  /** Characters in each name, for the ranking's preference for short names (a typed array: read per result). */
  private readonly naamLengtes: Uint16Array;
  private readonly createdAt: Float64Array;
  private readonly publiceren: Uint8Array;
  private readonly vanaf: Int32Array;
  private readonly totEnMet: Int32Array;
  readonly kostenCent: Float64Array;
  readonly duurDagen: Float64Array;
  readonly intensiteit: Float64Array;
  private readonly aanbieder: Int32Array;
  private readonly organisatie: Int32Array;
  /** Review aggregates (0 and 0: none), set by `rate` from the events the reviews subgraph publishes. */
  private readonly gemiddelde: Float64Array;
  private readonly aantal: Int32Array;
  private readonly aanbieders = new Interned();
  private readonly organisaties = new Interned();
  /** Publication dates, numbered (-1: none). */
  private readonly dates = new Interned();

  readonly childrenOf = new Map<string, string[]>();
  readonly kenmerkInfo = new Map<string, TaxonomieRow>();
  readonly regioOfGemeente = new Map<string, string>();
  readonly gemeenteOfWijk = new Map<string, string>();

  constructor(readonly capacity: number, taxonomie: TaxonomieRow[], geografie: GeografieRows, readonly cacheBytes = DEFAULT_CACHE_BYTES) {
    this.cache = new LRUCache<string, object>({ maxSize: cacheBytes, sizeCalculation: bytesOf });
    this.alive = new Bitset(capacity);
    this.landelijk = new Bitset(capacity);
    this.gids = { [Gids.EVA]: new Bitset(capacity), [Gids.DENNIS]: new Bitset(capacity) };
    this.typen = { [InstrumentType.INSTRUMENT]: new Bitset(capacity), [InstrumentType.LEERWERKTRAJECT]: new Bitset(capacity) };
    this.ids = new Array(capacity);
    this.naam = new Array(capacity);
    this.naamLengtes = new Uint16Array(capacity);
    this.createdAt = new Float64Array(capacity);
    this.publiceren = new Uint8Array(capacity);
    this.vanaf = new Int32Array(capacity);
    this.totEnMet = new Int32Array(capacity);
    this.kostenCent = new Float64Array(capacity);
    this.duurDagen = new Float64Array(capacity);
    this.intensiteit = new Float64Array(capacity);
    this.aanbieder = new Int32Array(capacity);
    this.organisatie = new Int32Array(capacity);
    this.gemiddelde = new Float64Array(capacity);
    this.aantal = new Int32Array(capacity);
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
    const { entry, lexemes } = toEntry(row);
    const slot = this.place(entry);
    if (slot < 0) return false;
    this.text.add(slot, lexemes);
    return true;
  }

  /**
   * During a full build: an instrument with its text as entries (lexeme id * 4 + weight, ids from
   * `text.lexemeId`, each lexeme once). False when the index is full.
   */
  append(entry: IndexEntry, lexemes: Int32Array, count: number): boolean {
    const slot = this.place(entry);
    if (slot < 0) return false;
    if (!this.text.appendBuilt(slot, lexemes, count)) {
      const byLexeme = new Map<string, number>();
      for (let i = 0; i < count; i++) byLexeme.set(this.text.lexeme(lexemes[i]! >>> 2), lexemes[i]! & 3);
      this.text.add(slot, byLexeme);
    }
    return true;
  }

  /** Everything but the text: a slot with the instrument's fields and bitsets, or -1 when full. */
  private place(entry: IndexEntry): number {
    this.remove(entry.id);
    const slot = this.free.pop() ?? (this.used < this.capacity ? this.used++ : -1);
    if (slot < 0) return -1;
    this.ids[slot] = entry.id;
    this.naam[slot] = entry.naam;
    this.naamLengtes[slot] = Math.min(entry.naam.length, 0xffff);
    this.createdAt[slot] = entry.createdAt;
    this.publiceren[slot] = entry.publiceren ? 1 : 0;
    this.vanaf[slot] = entry.publiceerVanaf === null ? -1 : this.dates.number(entry.publiceerVanaf);
    this.totEnMet[slot] = entry.publiceerTotEnMet === null ? -1 : this.dates.number(entry.publiceerTotEnMet);
    this.kostenCent[slot] = entry.kostenCent ?? NaN;
    this.duurDagen[slot] = entry.duurDagen ?? NaN;
    this.intensiteit[slot] = entry.intensiteit ?? NaN;
    const aanbieder = (this.aanbieder[slot] = this.aanbieders.number(entry.aanbiederId));
    const organisatie = (this.organisatie[slot] = this.organisaties.number(entry.organisatieId));
    this.aanbieders.counts[aanbieder]!++;
    this.organisaties.counts[organisatie]!++;
    // A re-placed instrument gets its aggregate back from the caller (`rate`), who keeps every known one.
    this.gemiddelde[slot] = 0;
    this.aantal[slot] = 0;
    this.slotOf.set(entry.id, slot);
    this.alive.add(slot);
    this.gids[entry.gids].add(slot);
    this.typen[entry.type].add(slot);
    if (entry.landelijk) this.landelijk.add(slot);
    for (const name of SEARCH_KOPPELINGEN) for (const key of entry[name]) addTo(this.sets[name], key, slot, this.capacity);
    this.changed();
    return slot;
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.alive.delete(slot);
    this.gids[Gids.EVA].delete(slot);
    this.gids[Gids.DENNIS].delete(slot);
    for (const set of Object.values(this.typen)) set.delete(slot);
    this.landelijk.delete(slot);
    this.aanbieders.counts[this.aanbieder[slot]!]!--;
    this.organisaties.counts[this.organisatie[slot]!]!--;
    // No list of each instrument's codes is kept: clearing the slot in every set is a few hundred word writes.
    for (const name of SEARCH_KOPPELINGEN) for (const set of this.sets[name].values()) set.delete(slot);
    this.text.remove(slot);
    this.ids[slot] = undefined;
    this.naam[slot] = undefined;
    this.gemiddelde[slot] = 0;
    this.aantal[slot] = 0;
    this.slotOf.delete(id);
    this.free.push(slot);
    this.changed();
  }

  /** The number of characters in the slot's name. */
  naamLengte(slot: number): number {
    return this.naamLengtes[slot]!;
  }

  /** The names of the instruments in the index. */
  *names(): Iterable<string> {
    for (const slot of this.alive.slots()) yield this.naam[slot]!;
  }

  idOf(slot: number): string {
    return this.ids[slot]!;
  }

  sortKey(slot: number): SortKey {
    return { id: this.ids[slot]!, naam: this.naam[slot]!, createdAt: this.createdAt[slot]!, gemiddelde: this.gemiddelde[slot]!, aantal: this.aantal[slot]! };
  }

  /**
   * Sets an instrument's review aggregate (0, 0: none); an id the index does not hold is ignored (the caller
   * keeps it and rates the instrument when it arrives). Only what depends on aggregates is recomputed.
   */
  rate(id: string, gemiddelde: number, aantal: number): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined || (this.gemiddelde[slot] === gemiddelde && this.aantal[slot] === aantal)) return;
    this.gemiddelde[slot] = gemiddelde;
    this.aantal[slot] = aantal;
    this.version++;
    for (const key of BEOORDELING_KEYS) if (key !== BEOORDELING_ORDER) this.cache.delete(key);
    const order = this.cache.peek(BEOORDELING_ORDER) as Int32Array | undefined;
    if (order) this.reposition(order, slot);
  }

  /**
   * Moves one slot to its place in the kept rating order (a review write changes one aggregate): a scan and two
   * memmoves of an Int32Array, where sorting 100,000 slots anew took 60-90 ms.
   */
  private reposition(order: Int32Array, slot: number): void {
    const from = order.indexOf(slot);
    if (from < 0) return void this.cache.delete(BEOORDELING_ORDER);
    order.copyWithin(from, from + 1);
    const last = order.length - 1;
    const compare = this.beoordelingComparator();
    let low = 0;
    let high = last;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(order[middle]!, slot) < 0) low = middle + 1;
      else high = middle;
    }
    order.copyWithin(low + 1, low, last);
    order[low] = slot;
  }

  private beoordelingComparator(): (a: number, b: number) => number {
    const rank = this.naamRank();
    return (a, b) => this.gemiddelde[b]! - this.gemiddelde[a]! || this.aantal[b]! - this.aantal[a]! || rank[a]! - rank[b]!;
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
    if (!this.organisaties.has(id)) return this.empty();
    const n = this.organisaties.number(id);
    return this.cached(`org:${id}`, () => this.whereSlot((slot) => this.organisatie[slot] === n));
  }

  /** Instruments of this aanbieder; an id without instruments is not remembered. */
  aanbiederSet(id: string): Bitset {
    if (!this.aanbieders.has(id)) return this.empty();
    const n = this.aanbieders.number(id);
    return this.cached(`aan:${id}`, () => this.whereSlot((slot) => this.aanbieder[slot] === n));
  }

  private empty(): Bitset {
    return new Bitset(this.capacity);
  }

  /** Instruments linked to this code or id by a searched koppeling (parents and areas not expanded). */
  koppelingSet(name: SearchKoppeling, key: string): Bitset {
    return this.sets[name].get(key) ?? this.empty();
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
    return this.cached(`p:${today}`, () => this.withStatus('GEPUBLICEERD', today));
  }

  /** Instruments with this publication status on `today` (the data dashboard counts concepts too). */
  statusSet(status: PublicationStatus, today: string): Bitset {
    return status === 'GEPUBLICEERD' ? this.published(today) : this.cached(`st:${status}:${today}`, () => this.withStatus(status, today));
  }

  private withStatus(status: PublicationStatus, today: string): Bitset {
    return this.whereSlot((slot) => publicationStatus(this.window(slot), today) === status);
  }

  private window(slot: number): PublicationWindow {
    const date = (n: number) => (n < 0 ? null : this.dates.values[n]!);
    return { publiceren: this.publiceren[slot] === 1, publiceerVanaf: date(this.vanaf[slot]!), publiceerTotEnMet: date(this.totEnMet[slot]!) };
  }

  /** The organisaties that have instruments now (the data dashboard's rows). */
  organisatieIds(): string[] {
    return this.organisaties.values.filter((id) => this.organisaties.has(id));
  }

  /** The aanbieders that have instruments now. */
  aanbiederIds(): string[] {
    return this.aanbieders.values.filter((id) => this.aanbieders.has(id));
  }

  /** A slot's organisatie and aanbieder: counting per organisatie walks the slots once instead of a bitset each. */
  organisatieOf(slot: number): string {
    return this.organisaties.values[this.organisatie[slot]!]!;
  }

  aanbiederOf(slot: number): string {
    return this.aanbieders.values[this.aanbieder[slot]!]!;
  }

  /** Instruments per aanbieder id in `scope`, in one walk over its slots (no bitset per aanbieder). */
  countPerAanbieder(scope: Bitset): Map<string, number> {
    const counts = new Int32Array(this.aanbieders.values.length);
    for (const slot of scope.slots()) counts[this.aanbieder[slot]!]!++;
    const result = new Map<string, number>();
    counts.forEach((count, n) => count > 0 && result.set(this.aanbieders.values[n]!, count));
    return result;
  }

  /** The wijken of a gemeente (ids). */
  wijkenOf(gemeente: string): string[] {
    return [...this.gemeenteOfWijk].filter(([, g]) => g === gemeente).map(([w]) => w);
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
      return this.union(this.wijk, this.wijkenOf(code), set);
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

  /** Slots whose value in `column` (kostenCent, duurDagen, intensiteit) passes `test`; unknown values never do. */
  where(column: Float64Array, test: (value: number) => boolean): Bitset {
    return this.whereSlot((slot) => {
      const value = column[slot]!;
      return value === value && test(value);
    });
  }

  private whereSlot(test: (slot: number) => boolean): Bitset {
    const set = this.empty();
    for (const slot of this.alive.slots()) if (test(slot)) set.add(slot);
    return set;
  }

  /** Alive slots by naam (Dutch collation), then id: the order behind sort NAAM and its cursors. */
  byNaam(): Int32Array {
    return this.cached('o:naam', () => {
      // Names repeat (a provider offers "Jobcoaching" in many places): the collator, the slow part, compares
      // each different name only, and slots are then sorted by that name's rank and their id.
      const slots = Int32Array.from(this.alive.slots());
      const names = [...new Set(Array.from(slots, (slot) => this.naam[slot]!))].sort(collator.compare);
      const rankOfName = new Map<string, number>();
      let rank = 0;
      names.forEach((name, i) => {
        // Names the collator calls equal ("Werkfit", "werkfit") share a rank, so their ids decide.
        if (i > 0 && collator.compare(names[i - 1]!, name) !== 0) rank++;
        rankOfName.set(name, rank);
      });
      const rankOf = new Int32Array(this.capacity);
      for (const slot of slots) rankOf[slot] = rankOfName.get(this.naam[slot]!)!;
      return slots.sort((a, b) => rankOf[a]! - rankOf[b]! || compareIds(this.ids[a]!, this.ids[b]!));
    });
  }

  /** Each slot's position in byNaam(): a cheap numeric tie-breaker with the same order as compareNaam. */
  naamRank(): Int32Array {
    return this.cached('r:naam', () => {
      const rank = new Int32Array(this.capacity);
      this.byNaam().forEach((slot, position) => (rank[slot] = position));
      return rank;
    });
  }

  /** Instruments with at least `sterren` (1..5) stars on average; those without reviews never pass. */
  minSterrenSet(sterren: number): Bitset {
    return this.cached(`s:${sterren}`, () => this.whereSlot((slot) => this.aantal[slot]! > 0 && this.gemiddelde[slot]! >= sterren - STERREN_SLACK));
  }

  /** Alive slots by average (highest first), then number of reviews (most first), then as byNaam; unrated last. */
  byBeoordeling(): Int32Array {
    return this.cached(BEOORDELING_ORDER, () => Int32Array.from(this.alive.slots()).sort(this.beoordelingComparator()));
  }

  /** Alive slots newest first, then by id. */
  byNieuwste(): Int32Array {
    return this.cached('o:nieuw', () =>
      Int32Array.from(this.alive.slots()).sort((a, b) => this.createdAt[b]! - this.createdAt[a]! || compareIds(this.ids[a]!, this.ids[b]!)),
    );
  }
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareNaam(a: Pick<SortKey, 'naam' | 'id'>, b: Pick<SortKey, 'naam' | 'id'>): number {
  return collator.compare(a.naam, b.naam) || compareIds(a.id, b.id);
}

/** The order of byBeoordeling for keys (cursors): unrated instruments have 0 and 0, so they come last. */
export function compareBeoordeling(a: Pick<SortKey, 'gemiddelde' | 'aantal' | 'naam' | 'id'>, b: Pick<SortKey, 'gemiddelde' | 'aantal' | 'naam' | 'id'>): number {
  return b.gemiddelde - a.gemiddelde || b.aantal - a.aantal || compareNaam(a, b);
}

export function compareNieuwste(a: Pick<SortKey, 'createdAt' | 'id'>, b: Pick<SortKey, 'createdAt' | 'id'>): number {
  return b.createdAt - a.createdAt || compareIds(a.id, b.id);
}
