import { Bitset } from './bitset.js';
import type { Compounds } from './compounds.js';
import type { Synoniemen } from './synoniemen.js';
import type { TextIndex } from './text-index.js';

/**
 * What a kind of match is worth; a slot's score for a word is the best of its matches, each times the weight of
 * the field it is in (naam 1, samenvatting and aanbieder 0.4, doel and werkwijze 0.2). So the naam outranks the
 * samenvatting, and within a field the word as typed outranks its beginning, a synonym, a part of a compound and
 * a typo. A query split into parts scores the mean of its parts, times `part`.
 */
export const MATCH_SCORE = { exact: 1, prefix: 0.7, synonym: 0.6, part: 0.5, fuzzy: 0.4 } as const;

export type MatchKind = keyof typeof MATCH_SCORE;

/** One word of a search text, with what PostgreSQL and the decomposer made of it. */
export interface QueryWord {
  /** Lower-cased, without accents, as typed ("re-integratie"). */
  word: string;
  /** The lexemes that stand for the whole word: its stem, and for a hyphenated word also the stem without hyphens. */
  stems: string[];
  /** The word's parts as lexemes, when it is a compound the index does not hold as a whole (or hyphenated). */
  parts: string[] | null;
}

export interface WordMatch {
  slots: Bitset;
  score: Float32Array;
  /** The best kind of match any slot got (null: none). */
  best: MatchKind | null;
}

export interface Vocabulary {
  text: TextIndex;
  compounds: Compounds;
  synoniemen: Synoniemen;
}

class Found {
  readonly slots: Bitset;
  readonly score: Float32Array;
  best: MatchKind | null = null;

  constructor(
    private readonly text: TextIndex,
    readonly size: number,
  ) {
    this.slots = new Bitset(size);
    this.score = new Float32Array(size);
  }

  add(lexeme: string, kind: MatchKind, factor = 1): void {
    if (!this.text.has(lexeme)) return;
    this.text.collect(lexeme, MATCH_SCORE[kind] * factor, this.slots, this.score);
    if (this.best === null || MATCH_SCORE[kind] > MATCH_SCORE[this.best]) this.best = kind;
  }

  /** The lexeme itself (and the lexemes that stem to it), and the compounds it is a part of. */
  addWithCompounds(lexeme: string, kind: MatchKind, compounds: Compounds, factor = 1): void {
    this.add(lexeme, kind, factor);
    for (const alias of compounds.aliasesOf(lexeme)) this.add(alias, kind, factor);
    for (const compound of compounds.containingPart(lexeme)) this.add(compound, 'part', factor * (kind === 'exact' ? 1 : MATCH_SCORE[kind]));
  }

  /** Slots that have every part: the mean of the parts' scores, times `part`. */
  addAll(parts: Found[]): void {
    if (parts.length === 0) return;
    const both = parts[0]!.slots.clone();
    for (const part of parts.slice(1)) both.and(part.slots);
    both.forEach((slot) => {
      let sum = 0;
      for (const part of parts) sum += part.score[slot]!;
      const value = (sum / parts.length) * MATCH_SCORE.part;
      this.slots.add(slot);
      if (value > this.score[slot]!) this.score[slot] = value;
    });
    if (both.count() > 0 && (this.best === null || MATCH_SCORE.part > MATCH_SCORE[this.best])) this.best = 'part';
  }
}

/**
 * The instruments matching one word: the word or its stem exactly, as the beginning of a word, as a part of a
 * compound, through a synonym, or (split) by all its parts; only when none of that finds anything and typos
 * are allowed, lexemes within one or two typos (words of 5+ letters).
 */
export function matchWord(vocabulary: Vocabulary, word: QueryWord, size: number, allowFuzzy: boolean): WordMatch {
  const { text, compounds, synoniemen } = vocabulary;
  const found = new Found(text, size);
  const forms = [...new Set([...word.stems, word.word].filter((f) => f.length > 0))];
  for (const form of forms) {
    found.addWithCompounds(form, 'exact', compounds);
    if (form.length >= 2) for (const lexeme of text.withPrefix(form)) if (lexeme !== form) found.add(lexeme, 'prefix');
  }
  for (const synonym of synoniemen.expand(forms)) found.addWithCompounds(synonym, 'synonym', compounds);
  if (word.parts) {
    found.addAll(
      word.parts.map((part) => {
        const own = new Found(text, size);
        own.addWithCompounds(part, 'exact', compounds);
        for (const synonym of synoniemen.expand([part])) own.addWithCompounds(synonym, 'synonym', compounds);
        return own;
      }),
    );
  }
  // The stem too: "solicitatietraining" is one typo from the lexeme "sollicitatietrain", but four from the word.
  if (found.best === null && allowFuzzy && word.word.length >= 5) {
    for (const form of forms) if (form.length >= 5) for (const lexeme of text.fuzzy(form)) found.add(lexeme, 'fuzzy');
  }
  return found;
}
