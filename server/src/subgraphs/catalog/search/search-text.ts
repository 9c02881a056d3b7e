import type { Bitset } from './bitset.js';
import type { Decomposer, Stemmer } from './compounds.js';
import { matchWord, type MatchKind, type QueryWord, type Vocabulary } from './term-match.js';

export const MAX_TEKST = 200;
const MAX_WORDS = 8;
/**
 * Typo matching compares a word with the whole dictionary (about 3 ms a word at 100,000 lexemes); a text of
 * eight made-up words would cost that eight times. Beyond three words with typos, a word must match as typed.
 */
const MAX_TYPO_WORDS = 3;

/** What the text search needs besides the index: PostgreSQL's stems and the compound splitter. */
export interface TextTools {
  vocabulary: Vocabulary;
  stems: Stemmer;
  decomposer: Decomposer;
}

/**
 * Words of a search text, lower-cased and without accents, as PostgreSQL's unaccent would make them. A hyphen
 * inside a word keeps it one word ("re-integratie"), as PostgreSQL indexes it.
 */
export function words(tekst: string): string[] {
  const found = tekst
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .map((w) => w.replace(/^-+|-+$/g, '').replace(/-{2,}/g, '-'))
    .filter((w) => w.length > 0);
  return [...new Set(found)].slice(0, MAX_WORDS);
}

/**
 * PostgreSQL's lexemes of one word, as `SearchIndexStore.stems` gives them (space-separated): a hyphenated word
 * has its whole ("re-integratie") and its parts ("re", "integratie"). Null for a stop word.
 */
export function readLexemes(stem: string): { whole: string; parts: string[] } | null {
  const lexemes = stem.split(' ').filter((l) => l.length > 0);
  if (lexemes.length === 0) return null;
  return { whole: lexemes.find((l) => l.includes('-')) ?? lexemes[0]!, parts: lexemes.filter((l) => !l.includes('-')) };
}

/** The stem when it is one lexeme, else '' (PostgreSQL made more of the word: no one lexeme stands for it). */
export const singleLexeme = (stem: string): string => (stem.includes(' ') ? '' : stem);

/**
 * The words of a text with their stems; a stop word ("de", "naar", "voor") is left out: the instruments' texts
 * are indexed without them, so requiring one would find nothing ("begeleiding naar werk"). A word the index
 * does not hold as a whole gets its parts, when it splits into words the index does hold ("taalcursus").
 */
export async function prepareWords(tools: TextTools, tekst: string): Promise<QueryWord[]> {
  const list = words(tekst);
  const joined = list.map((w) => w.replace(/-/g, ''));
  const stems = await tools.stems([...list, ...joined]);
  // The Dutch stemmer is not idempotent: "werkervaringsplaatsen" becomes "werkervaringsplaats", which the texts'
  // "werkervaringsplaats" became "werkervaringsplat". Stemming the stem again finds that one too.
  const again = await tools.stems(stems.slice(0, list.length).map(singleLexeme));
  const { text, compounds } = tools.vocabulary;
  const prepared: QueryWord[] = [];
  /** Words to split, by their stem: all in one call, so PostgreSQL is asked once per round for every word's heads. */
  const unsplit = new Map<string, QueryWord>();
  for (const [i, word] of list.entries()) {
    const read = readLexemes(stems[i] ?? '');
    if (!read) continue;
    const { whole, parts: hyphenParts } = read;
    const stemsOfWord = [...new Set([whole, singleLexeme(stems[list.length + i] ?? ''), again[i] ?? ''].filter((s) => s.length > 0))];
    const parts = whole.includes('-') && hyphenParts.length > 1 ? hyphenParts : null;
    const entry: QueryWord = { word, stems: stemsOfWord, parts };
    prepared.push(entry);
    if (!parts && !stemsOfWord.some((s) => text.has(s)) && !text.has(word)) unsplit.set(whole, entry);
  }
  if (unsplit.size > 0) {
    // Parts must be in the index: a part only in the word list would find nothing.
    const known = (lexeme: string) => text.has(lexeme) || compounds.containingPart(lexeme).length > 0;
    const split = await tools.decomposer.decompose(unsplit.keys(), { known });
    for (const [whole, word] of unsplit) word.parts = split.get(whole)?.parts ?? null;
  }
  return prepared;
}

export interface TextOutcome {
  /** Per slot, the sum over the words of each word's best match. */
  score: Float32Array;
  /** Per word, how it matched at best; words after the result ran empty are not tried (undefined). */
  matched: (MatchKind | null | undefined)[];
}

/**
 * Of two otherwise equal results the one with the shorter name ranks first: "Werkervaringsplaats" is a closer
 * answer to "werkervaringsplaats" than "Werkervaringsplaats in de metaal voor jongeren (Zaanstad)". Small
 * enough never to lift one kind of match above a better one (the kinds differ by 0.1 or more).
 */
const SHORT_NAME_BONUS = 0.02;

export function preferShortNames(outcome: TextOutcome, result: Bitset, naamLengte: (slot: number) => number): void {
  const score = outcome.score;
  result.forEach((slot) => (score[slot]! += (SHORT_NAME_BONUS * 20) / (20 + naamLengte(slot))));
}

/** Narrows `base` to instruments matching every word (AND); the score adds up each word's best match. */
export function applyWords(vocabulary: Vocabulary, list: QueryWord[], base: Bitset): TextOutcome {
  const size = base.size;
  const score = new Float32Array(size);
  const matched: (MatchKind | null | undefined)[] = new Array(list.length);
  let typosLeft = MAX_TYPO_WORDS;
  for (const [i, word] of list.entries()) {
    const match = matchWord(vocabulary, word, size, typosLeft > 0);
    matched[i] = match.best;
    if (match.best === 'fuzzy') typosLeft--;
    base.and(match.slots);
    const own = match.score;
    match.slots.forEach((slot) => (score[slot]! += own[slot]!));
    // Nothing left: later words cannot bring anything back, so their (typo) matching is skipped.
    if (base.count() === 0) break;
  }
  return { score, matched };
}
