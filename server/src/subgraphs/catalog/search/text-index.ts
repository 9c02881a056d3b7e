import type { Bitset } from './bitset.js';

/** Field weights from the zoekvector: A naam, B samenvatting/aanbieder, C doel/werkwijze, D rest. */
const WEIGHT_SCORE = [0.1, 0.2, 0.4, 1.0]; // D, C, B, A

/**
 * Reads PostgreSQL's text form of a tsvector ('lexeme':1A,4B 'other':2), calling `found` with each lexeme,
 * as `source.slice(start, end)`, and its highest weight code (positions without a letter weigh D). A
 * hand-written scanner that makes no string per lexeme: the build reads millions of them, and a regular
 * expression with strings per lexeme and position cost most of its time.
 */
export function scanTsvector(text: string | null, found: (source: string, start: number, end: number, weight: number) => void): void {
  if (!text) return;
  const end = text.length;
  let i = text.indexOf("'");
  while (i >= 0 && i < end) {
    // A lexeme: from after the quote to the next single quote; a doubled quote is a quote in the lexeme.
    let j = i + 1;
    let escaped = false;
    for (;;) {
      const q = text.indexOf("'", j);
      if (q < 0) return;
      if (text.charCodeAt(q + 1) === QUOTE) {
        escaped = true;
        j = q + 2;
        continue;
      }
      j = q;
      break;
    }
    if (j === i + 1) {
      i = j; // '' is no lexeme: the closing quote may open the next one
      continue;
    }
    let weight = 0;
    let k = j + 1;
    if (text.charCodeAt(k) === COLON && isPositionChar(text.charCodeAt(k + 1))) {
      for (k++; k < end; k++) {
        const c = text.charCodeAt(k);
        if (!isPositionChar(c)) break;
        // 'A' (65) is weight 3 ... 'D' (68) is 0.
        if (c >= 65 && 68 - c > weight) weight = 68 - c;
      }
    }
    if (escaped) {
      const lexeme = text.slice(i + 1, j).replace(/''/g, "'");
      found(lexeme, 0, lexeme.length, weight);
    } else found(text, i + 1, j, weight);
    i = text.indexOf("'", k);
  }
}

const QUOTE = 39;

/** FNV-1a over UTF-16 code units. */
function hashRange(source: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ source.charCodeAt(i), 16777619);
  return hash;
}

function equalsRange(lexeme: string, source: string, start: number, end: number): boolean {
  if (lexeme.length !== end - start) return false;
  for (let i = 0; i < lexeme.length; i++) if (lexeme.charCodeAt(i) !== source.charCodeAt(start + i)) return false;
  return true;
}
const COLON = 58;

/** The characters of a position list: digits, weight letters A-D and commas. */
function isPositionChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 68) || c === 44;
}

/** Each lexeme of a tsvector's text form with its highest weight code. */
export function parseTsvector(text: string | null): Map<string, number> {
  const result = new Map<string, number>();
  scanTsvector(text, (source, start, end, weight) => {
    const lexeme = source.slice(start, end);
    result.set(lexeme, Math.max(weight, result.get(lexeme) ?? 0));
  });
  return result;
}

/** The edit distance of two words, or max + 1 as soon as it is certain to be more than max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return Math.min(previous[b.length]!, max + 1);
}

const editDistanceAtMost = (a: string, b: string, max: number): boolean => editDistance(a, b, max) <= max;

const EMPTY = new Int32Array(0);

/**
 * An inverted index from lexemes to instrument slots, with weights. Kept compact: a posting is one number
 * (slot * 4 + weight) in a typed array per lexeme, and lexemes are numbered so each instrument keeps small
 * numbers (for removal) instead of strings. A full build appends whole instruments in slot order
 * (`appendBuilt`) and `compact` then lays every posting list out in one buffer; later changes grow and
 * shrink single lists.
 */
export class TextIndex {
  /** Lexeme id to lexeme, and back. */
  private readonly lexemes: string[] = [];
  private readonly ids = new Map<string, number>();
  /** Lexeme ids + 1 by hash of the lexeme's characters (0: empty), and each id's hash. */
  private table = new Int32Array(1 << 12);
  private readonly hashes: number[] = [];
  /** Per lexeme id: its postings (the first `lengths[id]` entries of the array). */
  private readonly lists: Int32Array[] = [];
  private readonly lengths: number[] = [];
  private sorted: string[] | null = null;
  /** Instruments of the full build: slot s has entries (lexeme id * 4 + weight) builtEntries[builtStart[s] .. builtStart[s+1]). */
  private builtEntries = new Int32Array(1 << 16);
  private builtLength = 0;
  private builtStart: number[] | Int32Array = [0];
  private compacted = false;
  /** Entries of instruments added or removed after the build; these override the built ones. */
  private readonly later = new Map<number, Int32Array>();

  /** The id of a lexeme, numbering it when new. */
  lexemeId(lexeme: string): number {
    return this.ids.get(lexeme) ?? this.lexemeIdIn(lexeme, 0, lexeme.length);
  }

  /**
   * The id of the lexeme `source.slice(start, end)`, numbering it when new. Looked up by a hash of its
   * characters in an open-addressing table, so a known lexeme (nearly all of them in a build) costs no string.
   */
  lexemeIdIn(source: string, start: number, end: number): number {
    const hash = hashRange(source, start, end);
    const mask = this.table.length - 1;
    let at = hash & mask;
    for (let entry = this.table[at]!; entry !== 0; entry = this.table[at]!) {
      const id = entry - 1;
      if (this.hashes[id] === hash && equalsRange(this.lexemes[id]!, source, start, end)) return id;
      at = (at + 1) & mask;
    }
    // A copy, not a slice: a slice would keep the whole tsvector text of its row alive.
    const own = Buffer.from(source.slice(start, end), 'utf8').toString('utf8');
    const id = this.lexemes.push(own) - 1;
    this.ids.set(own, id);
    this.hashes.push(hash);
    this.lists.push(EMPTY);
    this.lengths.push(0);
    this.table[at] = id + 1;
    if (this.lexemes.length * 2 > this.table.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = table.length - 1;
    this.hashes.forEach((hash, id) => {
      let at = hash & mask;
      while (table[at] !== 0) at = (at + 1) & mask;
      table[at] = id + 1;
    });
    this.table = table;
  }

  lexeme(id: number): string {
    return this.lexemes[id]!;
  }

  /** During a full build: the next slot's entries (lexeme id * 4 + weight), slots in order from 0. */
  appendBuilt(slot: number, entries: Int32Array, count: number): boolean {
    if (this.compacted || slot !== this.builtStart.length - 1) return false;
    if (this.builtLength + count > this.builtEntries.length) {
      const grown = new Int32Array(Math.max(this.builtLength + count, Math.ceil(this.builtEntries.length * 1.5)));
      grown.set(this.builtEntries.subarray(0, this.builtLength));
      this.builtEntries = grown;
    }
    for (let i = 0; i < count; i++) {
      const entry = entries[i]!;
      this.builtEntries[this.builtLength++] = entry;
      this.lengths[entry >>> 2]!++;
    }
    (this.builtStart as number[]).push(this.builtLength);
    return true;
  }

  /** Adds the slot's lexemes (lexeme to weight code). */
  add(slot: number, lexemes: Map<string, number>): void {
    this.compact();
    const entries = new Int32Array(lexemes.size);
    let i = 0;
    for (const [lexeme, weight] of lexemes) {
      const id = this.lexemeId(lexeme);
      this.push(id, slot * 4 + weight);
      entries[i++] = id * 4 + weight;
    }
    this.later.set(slot, entries);
  }

  private push(id: number, posting: number): void {
    const length = this.lengths[id]!;
    let list = this.lists[id]!;
    if (length === list.length) {
      const grown = new Int32Array(Math.max(4, length * 2));
      grown.set(list.subarray(0, length));
      this.lists[id] = list = grown;
    }
    list[length] = posting;
    this.lengths[id] = length + 1;
    if (length === 0) this.sorted = null;
  }

  private entriesOf(slot: number): Int32Array {
    const later = this.later.get(slot);
    if (later) return later;
    if (slot < this.builtStart.length - 1) return this.builtEntries.subarray(this.builtStart[slot]!, this.builtStart[slot + 1]!);
    return EMPTY;
  }

  remove(slot: number): void {
    this.compact();
    for (const entry of this.entriesOf(slot)) {
      const id = entry >>> 2;
      const list = this.lists[id]!;
      const length = this.lengths[id]!;
      let kept = 0;
      for (let i = 0; i < length; i++) if (list[i]! >>> 2 !== slot) list[kept++] = list[i]!;
      this.lengths[id] = kept;
      if (kept === 0 && length > 0) {
        this.lists[id] = EMPTY;
        this.sorted = null;
      }
    }
    this.later.set(slot, EMPTY);
  }

  /**
   * Lays out the built instruments' postings, one list per lexeme in slot order: ends the full build (the first
   * single change or search does it too, so built entries are never read before they are in the lists).
   */
  compact(): void {
    if (this.compacted) return;
    this.compacted = true;
    const built = this.builtEntries.subarray(0, this.builtLength);
    const offsets = new Int32Array(this.lexemes.length + 1);
    for (let id = 0; id < this.lexemes.length; id++) offsets[id + 1] = offsets[id]! + this.lengths[id]!;
    const postings = new Int32Array(this.builtLength);
    const fill = offsets.slice(0, this.lexemes.length);
    const starts = this.builtStart as number[];
    for (let slot = 0; slot + 1 < starts.length; slot++) {
      for (let i = starts[slot]!; i < starts[slot + 1]!; i++) {
        const entry = built[i]!;
        postings[fill[entry >>> 2]!++] = slot * 4 + (entry & 3);
      }
    }
    for (let id = 0; id < this.lexemes.length; id++) this.lists[id] = postings.subarray(offsets[id]!, offsets[id + 1]!);
    // Exact sizes: the build's slack is not kept.
    this.builtEntries = built.slice();
    this.builtStart = Int32Array.from(starts);
    this.sorted = null;
  }

  /** The lexemes some instrument has, sorted. */
  dictionary(): string[] {
    this.sorted ??= this.lexemes.filter((_, id) => this.lengths[id]! > 0).sort();
    return this.sorted;
  }

  /** Lexemes starting with `prefix`, by binary search in the sorted dictionary. */
  withPrefix(prefix: string): string[] {
    const words = this.dictionary();
    let low = 0;
    let high = words.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (words[mid]! < prefix) low = mid + 1;
      else high = mid;
    }
    const found: string[] = [];
    for (let i = low; i < words.length && words[i]!.startsWith(prefix); i++) found.push(words[i]!);
    return found;
  }

  /** Lexemes within one typo (two for long words) of the word, or of a prefix of about its length. */
  fuzzy(word: string): string[] {
    const max = word.length >= 9 ? 2 : 1;
    const lengths = [word.length - 1, word.length, word.length + 1];
    return this.dictionary().filter(
      (lexeme) => editDistanceAtMost(word, lexeme, max) || lengths.some((n) => n < lexeme.length && editDistanceAtMost(word, lexeme.slice(0, n), max)),
    );
  }

  /** Whether some instrument has this lexeme. */
  has(lexeme: string): boolean {
    const id = this.ids.get(lexeme);
    return id !== undefined && this.lengths[id]! > 0;
  }

  /** How many instruments have this lexeme. */
  frequency(lexeme: string): number {
    const id = this.ids.get(lexeme);
    return id === undefined ? 0 : this.lengths[id]!;
  }

  /** Every lexeme numbered so far, from id `from` on (the ones a change added since an earlier call). */
  lexemesFrom(from: number): { lexemes: string[]; next: number } {
    return { lexemes: this.lexemes.slice(from), next: this.lexemes.length };
  }

  /**
   * Adds the instruments with this lexeme to `slots`, each scoring `quality` times the weight of the field it is
   * in; a slot keeps its best score.
   */
  collect(lexeme: string, quality: number, slots: Bitset, score: Float32Array): void {
    this.compact();
    const id = this.ids.get(lexeme);
    if (id === undefined) return;
    const list = this.lists[id]!;
    const length = this.lengths[id]!;
    for (let i = 0; i < length; i++) {
      const posting = list[i]!;
      const slot = posting >>> 2;
      const value = quality * WEIGHT_SCORE[posting & 3]!;
      slots.add(slot);
      if (value > score[slot]!) score[slot] = value;
    }
  }
}
