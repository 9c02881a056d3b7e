import type { Bitset } from './bitset.js';
import type { Stemmer } from './compounds.js';
import { applyWords, prepareWords, words, type TextOutcome, type TextTools } from './search-text.js';
import { matchWord, type QueryWord } from './term-match.js';
import { editDistance, type TextIndex } from './text-index.js';

/** Fewer results than this, and the search suggests another text. */
export const FEW_RESULTS = 3;

/**
 * Words to suggest: those of the instruments' names, written as people write them (the index itself holds stems,
 * "sollicitatietrain", which nobody types), each with the number of instruments that have its stem.
 */
export class Spelling {
  private readonly known: Set<string>;

  constructor(private readonly entries: { word: string; frequency: number }[] = []) {
    this.known = new Set(entries.map((e) => e.word));
  }

  /** From the names' words, with their stems from PostgreSQL. */
  static async build(candidates: Iterable<string>, text: TextIndex, stems: Stemmer): Promise<Spelling> {
    const list = [...new Set(candidates)].filter((w) => w.length >= 4 && !/\d/.test(w));
    const stemmed = await stems(list);
    const entries = list.flatMap((word, i) => {
      const frequency = (stemmed[i] ?? '').split(' ').reduce((n, stem) => Math.max(n, stem ? text.frequency(stem) : 0), 0);
      return frequency > 0 ? [{ word, frequency }] : [];
    });
    return new Spelling(entries);
  }

  get size(): number {
    return this.entries.length;
  }

  /** This spelling with the words of changed instruments' names it did not know yet (a changed name, a new one). */
  async extend(candidates: Iterable<string>, text: TextIndex, stems: Stemmer): Promise<Spelling> {
    const fresh = [...candidates].filter((w) => !this.known.has(w));
    if (fresh.length === 0) return this;
    const added = await Spelling.build(fresh, text, stems);
    return new Spelling([...this.entries, ...added.entries]);
  }

  /** The known word closest to `word` (one typo, two for words of 8+ letters; the most used of equals). */
  closest(word: string): string | null {
    if (this.known.has(word) || word.length < 4) return null;
    const max = word.length >= 8 ? 2 : 1;
    let best: { word: string; frequency: number } | null = null;
    let bestDistance = max + 1;
    for (const entry of this.entries) {
      const distance = editDistance(word, entry.word, max);
      if (distance < bestDistance || (distance === bestDistance && distance <= max && entry.frequency > best!.frequency)) {
        best = entry;
        bestDistance = distance;
      }
    }
    return bestDistance <= max ? best!.word : null;
  }
}

/**
 * "Bedoelde u …?": when a text search finds fewer than FEW_RESULTS instruments, or found some only through a
 * typo, the closest text that finds more: each word that matched nothing (or only as a typo) spelled as the
 * nearest known word; failing that, with no results at all, the text without the word that stood in the way.
 * `base` is what the other filters leave before the text; `count` gives the results among what a text leaves of
 * it, with the filters that apply after the text; `current` is the number of results now.
 */
export async function suggest(
  tools: TextTools,
  spelling: Spelling,
  tekst: string,
  prepared: QueryWord[],
  outcome: TextOutcome,
  base: Bitset,
  count: (afterText: Bitset) => number,
  current: number,
): Promise<string | null> {
  const typo = outcome.matched.some((m) => m === 'fuzzy');
  if (current >= FEW_RESULTS && !typo) return null;
  const typed = words(tekst);
  const replaced = new Map<string, string>();
  for (const [i, word] of prepared.entries()) {
    let matched = outcome.matched[i];
    // Not tried because the words before it left nothing: try it on its own.
    if (matched === undefined) matched = matchWord(tools.vocabulary, word, base.size, false).best;
    if (matched !== null && matched !== 'fuzzy') continue;
    const closest = spelling.closest(word.word);
    if (closest) replaced.set(word.word, closest);
  }
  const tried = new Set([typed.join(' ')]);
  const attempt = async (list: string[]): Promise<{ text: string; found: number } | null> => {
    const text = list.join(' ');
    if (list.length === 0 || tried.has(text)) return null;
    tried.add(text);
    const slots = base.clone();
    applyWords(tools.vocabulary, await prepareWords(tools, text), slots);
    return { text, found: count(slots) };
  };
  const corrected = typed.map((w) => replaced.get(w) ?? w);
  const spelled = await attempt(corrected);
  if (spelled && spelled.found > 0 && (spelled.found > current || typo)) return spelled.text;
  if (current > 0 || corrected.length < 2) return null;
  let best: { text: string; found: number } | null = null;
  for (const left of corrected.keys()) {
    const without = await attempt(corrected.filter((_, i) => i !== left));
    if (without && without.found > (best?.found ?? 0)) best = without;
  }
  return best?.text ?? null;
}
