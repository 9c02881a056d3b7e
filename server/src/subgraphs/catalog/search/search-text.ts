import type { Bitset } from './bitset.js';
import type { SearchIndex } from './search-index.js';
import type { SearchIndexStore } from './search-index.store.js';

export const MAX_TEKST = 200;
const MAX_WORDS = 8;
/**
 * Typo matching compares a word with the whole dictionary (about 3 ms a word at 100,000 lexemes); a text of
 * eight made-up words would cost that eight times. Beyond three words with typos, a word must match as typed.
 */
const MAX_TYPO_WORDS = 3;

/** Words of a search text, lower-cased and without accents, as PostgreSQL's unaccent would make them. */
export function words(tekst: string): string[] {
  return [...new Set(tekst.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0))].slice(0, MAX_WORDS);
}

/** Narrows `base` to instruments matching every word (AND); the score adds up each word's best match. */
export async function applyText(index: SearchIndex, stemmer: SearchIndexStore, tekst: string, base: Bitset): Promise<Float32Array> {
  const list = words(tekst);
  const stems = await stemmer.stems(list);
  const total = new Float32Array(index.capacity);
  let typosLeft = MAX_TYPO_WORDS;
  for (const [i, word] of list.entries()) {
    const stem = stems[i] ?? '';
    // A stop word ("de", "het", "naar", "voor") has no stem and does not narrow the search: the instruments'
    // texts are indexed without them, so requiring one would find nothing ("begeleiding naar werk").
    if (!stem) continue;
    const match = index.text.match({ stem, word }, index.capacity, typosLeft > 0);
    if (match.fuzzy) typosLeft--;
    base.and(match.slots);
    for (const slot of match.slots.slots()) total[slot]! += match.score[slot]!;
    // Nothing left: later words cannot bring anything back, so their (typo) matching is skipped.
    if (base.count() === 0) break;
  }
  return total;
}
