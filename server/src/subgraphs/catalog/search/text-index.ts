import { Bitset } from './bitset.js';

/** Field weights from the zoekvector: A naam, B samenvatting/aanbieder, C doel/werkwijze, D rest. */
const WEIGHT_SCORE = [0.1, 0.2, 0.4, 1.0]; // D, C, B, A
const WEIGHT_CODE: Record<string, number> = { D: 0, C: 1, B: 2, A: 3 };

/** How a query term matched a lexeme: exact beats prefix beats a typo. */
const MATCH_SCORE = { exact: 1, prefix: 0.7, fuzzy: 0.5 } as const;

/**
 * Parses PostgreSQL's text form of a tsvector ('lexeme':1A,4B 'other':2) into [lexeme, weight code],
 * keeping the highest weight per lexeme.
 */
export function parseTsvector(text: string | null): Map<string, number> {
  const result = new Map<string, number>();
  if (!text) return result;
  const pattern = /'((?:[^']|'')+)'(?::([0-9A-D,]+))?/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const lexeme = match[1]!.replace(/''/g, "'");
    let weight = 0;
    for (const position of (match[2] ?? '').split(',')) {
      const code = WEIGHT_CODE[position.replace(/[0-9]/g, '') || 'D'] ?? 0;
      if (code > weight) weight = code;
    }
    result.set(lexeme, Math.max(weight, result.get(lexeme) ?? 0));
  }
  return result;
}

function editDistanceAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
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
    if (rowMin > max) return false;
    previous = current;
  }
  return previous[b.length]! <= max;
}

export interface QueryTerm {
  /** The stemmed lexeme PostgreSQL made of the word (may be empty for a stop word). */
  stem: string;
  /** The word itself, lower-cased and without accents: typing "sollicit" must find "sollicitatie...". */
  word: string;
}

/**
 * An inverted index from lexemes to instrument slots, with weights. Kept compact (a posting is one
 * number, slot * 4 + weight) so 100,000 instruments fit in a few tens of megabytes.
 */
export class TextIndex {
  private readonly postings = new Map<string, number[] | Int32Array>();
  /** Lexeme ids, so each instrument keeps small numbers (for removal) instead of millions of strings. */
  private readonly ids = new Map<string, number>();
  private readonly lexemes: string[] = [];
  private sorted: string[] | null = null;

  /** Adds the slot's lexemes and returns their ids, which `remove` needs later. */
  add(slot: number, lexemes: Map<string, number>): Int32Array {
    const added = new Int32Array(lexemes.size);
    let i = 0;
    for (const [lexeme, weight] of lexemes) {
      let id = this.ids.get(lexeme);
      if (id === undefined) {
        // A copy, not a slice: a slice would keep the whole tsvector text of its row alive.
        const own = Buffer.from(lexeme, 'utf8').toString('utf8');
        id = this.lexemes.push(own) - 1;
        this.ids.set(own, id);
      }
      const key = this.lexemes[id]!;
      const existing = this.postings.get(key);
      if (!existing) this.sorted = null;
      // Compacted lists are typed arrays; an instrument added later turns its lists back into plain arrays.
      const list = existing instanceof Int32Array ? Array.from(existing) : (existing ?? []);
      list.push(slot * 4 + weight);
      if (list !== existing) this.postings.set(key, list);
      added[i++] = id;
    }
    return added;
  }

  remove(slot: number, ids: Int32Array): void {
    for (const id of ids) {
      const lexeme = this.lexemes[id]!;
      const list = this.postings.get(lexeme);
      if (!list) continue;
      const kept = list.filter((posting) => posting >>> 2 !== slot);
      if (kept.length) this.postings.set(lexeme, kept);
      else {
        this.postings.delete(lexeme);
        this.sorted = null;
      }
    }
  }

  /** Packs every posting list into a typed array (4 bytes a posting); done after a full build. */
  compact(): void {
    for (const [lexeme, list] of this.postings) if (!(list instanceof Int32Array)) this.postings.set(lexeme, Int32Array.from(list));
  }

  private dictionary(): string[] {
    this.sorted ??= [...this.postings.keys()].sort();
    return this.sorted;
  }

  /** Lexemes starting with `prefix`, by binary search in the sorted dictionary. */
  private withPrefix(prefix: string): string[] {
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
  private fuzzy(word: string): string[] {
    const max = word.length >= 9 ? 2 : 1;
    const lengths = [word.length - 1, word.length, word.length + 1];
    return this.dictionary().filter(
      (lexeme) => editDistanceAtMost(word, lexeme, max) || lengths.some((n) => n < lexeme.length && editDistanceAtMost(word, lexeme.slice(0, n), max)),
    );
  }

  /**
   * Slots matching one query term, and each slot's score for it. Exact and prefix matches on the stem and
   * on the word; only when those find nothing, lexemes within one or two typos (words of 5+ letters).
   */
  match(term: QueryTerm, size: number, allowFuzzy = true): { slots: Bitset; score: Float32Array; fuzzy: boolean } {
    const candidates = new Map<string, number>();
    const consider = (lexemes: string[], quality: number) => {
      for (const lexeme of lexemes) candidates.set(lexeme, Math.max(quality, candidates.get(lexeme) ?? 0));
    };
    for (const text of new Set([term.stem, term.word].filter((t) => t.length > 0))) {
      if (this.postings.has(text)) consider([text], MATCH_SCORE.exact);
      if (text.length >= 2) consider(this.withPrefix(text), MATCH_SCORE.prefix);
    }
    const fuzzy = allowFuzzy && candidates.size === 0 && term.word.length >= 5;
    if (fuzzy) consider(this.fuzzy(term.word), MATCH_SCORE.fuzzy);

    const slots = new Bitset(size);
    const score = new Float32Array(size);
    for (const [lexeme, quality] of candidates) {
      for (const posting of this.postings.get(lexeme) ?? []) {
        const slot = posting >>> 2;
        const value = quality * WEIGHT_SCORE[posting & 3]!;
        slots.add(slot);
        if (value > score[slot]!) score[slot] = value;
      }
    }
    return { slots, score, fuzzy };
  }
}
