import type { WordList } from './dutch-words.js';

/**
 * Dutch compound words, split against the catalogue's own vocabulary: a split is only worth making when every
 * part is a word the index holds, so the dictionary of the index decides, not a general word list. (A word list
 * would split "taalcursus" just as well, but also into parts no instrument uses; hyphenation patterns mark
 * syllables, not the seams between words.)
 *
 * Works on PostgreSQL's lexemes (stems): the last part of a compound is stemmed with the whole word, so it is a
 * lexeme itself ("werkervaringsplat" ends in "plat", the stem of "plaats"); the parts before it are written in
 * full ("taal", "ervarings") and are stemmed by PostgreSQL, the only stemmer, so both sides agree.
 */

/** What may join two parts: nothing, the linking -s- and -e(n)- of Dutch spelling, or a hyphen. */
const LINKS = ['', 's', 'e', 'en', '-'];
/** Shorter parts ("re", "op") would split ordinary words at random. */
const MIN_PART = 3;
/** Parts of a compound, at most ("werk" + "ervaring" + "plaats" + …). */
const MAX_PARTS = 4;
/**
 * A last part known only from the word list that is shorter than this comes after a head of at least this many
 * letters, a longer one after a head of four: "tijk" is no part of "praktijk", "plek" is one of "werkervaringsplek".
 */
const LISTED_TAIL = 5;
/** Letters the Dutch stemmer takes off a word at most ("ervaringen" to "ervar"). */
const STEMMED_OFF = 5;
/** Rounds of asking PostgreSQL for the stems of heads; a head split again needs its own parts' stems. */
const MAX_ROUNDS = MAX_PARTS;

/** Each word's stem from PostgreSQL ('' when it is a stop word), in the order given. */
export type Stemmer = (words: string[]) => Promise<string[]>;

/** Where a Decomposer keeps the stems it learned (a Map, or an lru-cache LRUCache). */
export interface StemMemory {
  get(word: string): string | undefined;
  set(word: string, stem: string): unknown;
  has(word: string): boolean;
  readonly size: number;
}

/** Which strings count as words: the index's lexemes, and the words of a word list. */
export interface Words {
  /** A lexeme of the index (a stem). */
  known: (lexeme: string) => boolean;
  /** Words as written (dutch-words.ts); none when splitting a query, whose parts must be in the index. */
  listed?: WordList;
}

/**
 * Splits lexemes into the lexemes they are made of. Keeps every stem it learned (a word's stem never
 * changes), so a rebuild or a query asks PostgreSQL only for words it has not seen.
 */
export class Decomposer {
  /**
   * @param stemOf the stems learned: a Map for the index's lexemes (a bounded set), an LRU cache for the words of
   *   search texts, which anyone can make up.
   */
  constructor(
    private readonly stemmer: Stemmer,
    private readonly stemOf: StemMemory = new Map<string, string>(),
  ) {}

  get remembered(): number {
    return this.stemOf.size;
  }

  /**
   * The parts of each lexeme that splits into words (lexemes that do not split are left out): `parts` in order,
   * the fewest that make the lexeme; `inner` adds the parts of long parts ("loonkost" in "loonkostensubsidie" is
   * "loon" + "kost"), so each of those words finds the compound too.
   */
  async decompose(lexemes: Iterable<string>, words: Words): Promise<Map<string, { parts: string[]; inner: string[] }>> {
    const result = new Map<string, { parts: string[]; inner: string[] }>();
    let pending = [...lexemes].filter((l) => l.length >= 2 * MIN_PART);
    for (let round = 0; round < MAX_ROUNDS && pending.length > 0; round++) {
      const missing = new Missing();
      const retry: string[] = [];
      for (const lexeme of pending) {
        const before = missing.asked;
        const parts = this.split(lexeme, words, missing, 1);
        const inner = parts?.flatMap((part) => (part.length >= 2 * MIN_PART ? (this.split(part, words, missing, 2) ?? []) : [])) ?? [];
        // Kept even when stems are missing: a later round, knowing them, may only find a better split.
        if (parts) result.set(lexeme, { parts, inner });
        if (missing.asked > before) retry.push(lexeme);
      }
      if (missing.asked === 0) break;
      await this.learn([...missing.words]);
      pending = retry;
    }
    if (words.listed) await this.addStandaloneLastParts(result, words.listed);
    return result;
  }

  /**
   * The last part of a compound is stemmed as the end of a long word, which the Dutch stemmer may do otherwise
   * than the word on its own: "sollicitatietraining" ends in "train", "training" alone is "training". So each
   * compound also counts as containing the standalone stems of the words that end it ("training", "trainingen"
   * and "trainen" when "sollicitatie" + that word stems to the compound; "trainer" does not).
   */
  private async addStandaloneLastParts(result: Map<string, { parts: string[]; inner: string[] }>, listed: WordList): Promise<void> {
    const asks: { entry: { parts: string[]; inner: string[] }; tail: string; lexeme: string; word: string; whole: string }[] = [];
    for (const [lexeme, entry] of result) {
      const tail = entry.parts[entry.parts.length - 1]!;
      const head = lexeme.slice(0, lexeme.length - tail.length);
      for (const word of listed.withPrefix(tail, STEMMED_OFF)) asks.push({ entry, tail, lexeme, word, whole: head + word });
    }
    await this.learn([...new Set(asks.flatMap((a) => [a.word, a.whole]))].filter((w) => !this.stemOf.has(w)));
    for (const { entry, tail, lexeme, word, whole } of asks) {
      const alone = this.stemOf.get(word);
      if (alone && alone !== tail && this.stemOf.get(whole) === lexeme && !entry.inner.includes(alone)) entry.inner.push(alone);
    }
  }

  /**
   * The lexemes whose own stem differs from them: the Dutch stemmer makes "stageplaats" of "stageplaatsen" but
   * "stageplat" of "stageplaats", so a text with the plural is found by the singular only through this alias.
   */
  async restems(lexemes: string[]): Promise<Map<string, string>> {
    await this.learn(lexemes.filter((l) => !this.stemOf.has(l)));
    const result = new Map<string, string>();
    for (const lexeme of lexemes) {
      const stem = this.stemOf.get(lexeme);
      if (stem && stem !== lexeme && !stem.includes(' ')) result.set(lexeme, stem);
    }
    return result;
  }

  private async learn(words: string[]): Promise<void> {
    if (words.length === 0) return;
    const stems = await this.stemmer(words);
    words.forEach((word, i) => this.stemOf.set(word, stems[i] ?? ''));
  }

  /**
   * `lexeme` as a head followed by a last part, the longest last part first (the fewest parts); see lastPart and
   * head for what counts as a word. Heads whose stem is not learned yet go into `missing`.
   */
  private split(lexeme: string, words: Words, missing: Missing, parts: number): string[] | null {
    for (let at = MIN_PART; at <= lexeme.length - MIN_PART; at++) {
      const tail = lexeme.slice(at);
      // A word of the list ends in no three-letter part: "meestal" is no "mees" + "taal".
      if (tail.length === MIN_PART && words.listed?.has(lexeme)) continue;
      const last = this.lastPart(tail, at, words, missing);
      // A last part known only from the list needs a longer head: "werkervaringsplek" but not "praktijk" (prak + tijk).
      if (!last || (last === 'listed' && at < (tail.length >= LISTED_TAIL ? LISTED_TAIL - 1 : LISTED_TAIL))) continue;
      const head = this.head(lexeme.slice(0, at), words, missing, parts + 1, tail);
      if (head) return [...head, tail];
    }
    return null;
  }

  /**
   * Whether `tail`, after a head of `head` letters, is a word: a lexeme of the index ('index'; of three letters
   * only after a head of four or more), or a word of the list as it is or as its stem ("ervar" of "ervaring",
   * which PostgreSQL tells) of four letters or more ('listed').
   */
  private lastPart(tail: string, head: number, words: Words, missing: Missing): 'index' | 'listed' | null {
    if (words.known(tail)) return tail.length > MIN_PART || head > MIN_PART ? 'index' : null;
    if (!words.listed || tail.length <= MIN_PART) return null;
    if (words.listed.has(tail)) return 'listed';
    let found = false;
    for (const word of words.listed.withPrefix(tail, STEMMED_OFF)) {
      const stem = this.stemOf.get(word);
      if (stem === undefined) missing.add(word);
      else if (stem === tail) found = true;
    }
    return found ? 'listed' : null;
  }

  /**
   * A head as the lexemes it stands for: a word (the index's, or the list's, as its stem), or else split again.
   * Not a stop word: those are the particles of verbs and prepositions ("onderzoek", "aangepast", "overdracht").
   */
  private head(head: string, words: Words, missing: Missing, parts: number, tail: string): string[] | null {
    const candidates = LINKS.filter((link) => head.endsWith(link))
      .map((link) => head.slice(0, head.length - link.length))
      .filter((word) => word.length >= MIN_PART && !word.endsWith('-'));
    for (const word of candidates) {
      // A three-letter head ("job", "ver") only before a long last part the index has: "jobcoach", not "verschil".
      if (word.length === MIN_PART && !(tail.length >= 5 && words.known(tail))) continue;
      if (words.known(word)) return [word];
      const stem = this.stemOf.get(word);
      if (stem === undefined) missing.add(word);
      else if (stem && (words.listed?.has(word) || words.known(stem))) return [stem];
    }
    if (parts >= MAX_PARTS) return null;
    for (const word of candidates) {
      const stem = this.stemOf.get(word);
      if (stem === undefined) missing.add(word);
      else if (stem.length >= 2 * MIN_PART) {
        const split = this.split(stem, words, missing, parts);
        if (split) return split;
      }
    }
    return null;
  }
}

/** Words whose stems a round of splitting needed and did not know; `asked` counts every need, also repeated ones. */
class Missing {
  readonly words = new Set<string>();
  asked = 0;

  add(word: string): void {
    this.words.add(word);
    this.asked++;
  }
}

/** For each lexeme of the dictionary that is a part of compounds: those compounds; and each lexeme's aliases. */
export class Compounds {
  private readonly containing = new Map<string, string[]>();
  private readonly partsOf = new Map<string, string[]>();
  private readonly aliases = new Map<string, string[]>();

  add(split: Map<string, { parts: string[]; inner: string[] }>): void {
    for (const [compound, { parts, inner }] of split) {
      this.partsOf.set(compound, parts);
      for (const part of new Set([...parts, ...inner])) {
        const list = this.containing.get(part);
        if (list) list.push(compound);
        else this.containing.set(part, [compound]);
      }
    }
  }

  /** Each lexeme under the stem PostgreSQL makes of it when it differs (Decomposer.restems). */
  addAliases(aliases: Map<string, string>): void {
    for (const [lexeme, stem] of aliases) {
      const list = this.aliases.get(stem);
      if (list) list.push(lexeme);
      else this.aliases.set(stem, [lexeme]);
    }
  }

  /** Lexemes that stem to `stem` ("stageplat": "stageplaats"). */
  aliasesOf(stem: string): readonly string[] {
    return this.aliases.get(stem) ?? [];
  }

  /** Lexemes of which `part` is a part ("ervar" → "werkervaringsplat"). */
  containingPart(part: string): readonly string[] {
    return this.containing.get(part) ?? [];
  }

  parts(compound: string): readonly string[] | undefined {
    return this.partsOf.get(compound);
  }

  get size(): number {
    return this.partsOf.size;
  }
}
