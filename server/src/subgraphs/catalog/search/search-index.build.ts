import { aanbiederWeight, duurDagen, kostenCent, SearchIndex } from './search-index.js';
import { SEARCH_KOPPELINGEN } from '../instrument-koppelingen.js';
import { BUILD_LISTS_AT, BUILD_ZOEKVECTOR_AT, type AanbiederVector, type BuildRow, type GeografieRows, type SearchIndexStore, type SearchLists, type TaxonomieRow } from './search-index.store.js';
import { scanTsvector, type TextIndex } from './text-index.js';

const list = (codes: string | null): string[] => (codes === null ? [] : codes.split(','));

/**
 * The lexemes of one instrument as text-index entries (lexeme id * 4 + weight), each lexeme once with its
 * highest weight, in buffers reused for every row: the build makes no Map or string per lexeme.
 */
class LexemeCollector {
  entries = new Int32Array(256);
  count = 0;
  private row = 0;
  /** Per lexeme id: the row that last saw it, and where in `entries` it is. */
  private seenIn = new Int32Array(1024).fill(-1);
  private at = new Int32Array(1024);

  constructor(private readonly text: TextIndex) {}

  next(): void {
    this.row++;
    this.count = 0;
  }

  readonly add = (source: string, start: number, end: number, weight: number): void => this.addId(this.text.lexemeIdIn(source, start, end), weight);

  addId(id: number, weight: number): void {
    if (id >= this.seenIn.length) this.grow(id);
    if (this.seenIn[id] === this.row) {
      const i = this.at[id]!;
      if (weight > (this.entries[i]! & 3)) this.entries[i] = id * 4 + weight;
      return;
    }
    if (this.count === this.entries.length) {
      const grown = new Int32Array(this.count * 2);
      grown.set(this.entries);
      this.entries = grown;
    }
    this.seenIn[id] = this.row;
    this.at[id] = this.count;
    this.entries[this.count++] = id * 4 + weight;
  }

  private grow(id: number): void {
    const size = Math.max(id + 1, this.seenIn.length * 2);
    const seenIn = new Int32Array(size).fill(-1);
    seenIn.set(this.seenIn);
    const at = new Int32Array(size);
    at.set(this.at);
    this.seenIn = seenIn;
    this.at = at;
  }
}

/**
 * A full build of the search index from one snapshot of the database, streamed row by row. Room to grow
 * before the next rebuild; changes committed meanwhile arrive as notifications and are applied after.
 */
export async function buildSearchIndex(store: SearchIndexStore, taxonomie: TaxonomieRow[], geografie: GeografieRows): Promise<SearchIndex> {
  let index: SearchIndex | undefined;
  let collector: LexemeCollector | undefined;
  /** Per aanbieder: its zoekvector's lexemes as entries, already at the aanbieder's weight. */
  const aanbiederEntries = new Map<string, Int32Array>();
  const start = (count: number, aanbieders: AanbiederVector[]) => {
    index = new SearchIndex(Math.max(1024, Math.ceil(count * 1.25)), taxonomie, geografie);
    collector = new LexemeCollector(index.text);
    for (const aanbieder of aanbieders) {
      collector.next();
      scanTsvector(aanbieder.zoekvector, collector.add);
      aanbiederEntries.set(aanbieder.id, collector.entries.slice(0, collector.count).map((e) => (e & ~3) | aanbiederWeight(e & 3)));
    }
  };
  const instrument = (row: BuildRow) => {
    const [id, gids, naam, createdAt, publiceren, vanaf, totEnMet, kosten, duur, eenheid, intensiteit, aanbiederId, organisatieId, landelijk, type] = row;
    collector!.next();
    scanTsvector(row[BUILD_ZOEKVECTOR_AT] as string | null, collector!.add);
    for (const entry of aanbiederEntries.get(aanbiederId) ?? []) collector!.addId(entry >>> 2, entry & 3);
    const entry = {
      id,
      gids,
      type,
      naam,
      createdAt: new Date(createdAt).getTime(),
      publiceren,
      publiceerVanaf: vanaf,
      publiceerTotEnMet: totEnMet,
      kostenCent: kostenCent(kosten),
      duurDagen: duurDagen(duur, eenheid),
      intensiteit: intensiteit === null ? null : Number(intensiteit),
      aanbiederId,
      organisatieId,
      landelijk,
    } as Parameters<SearchIndex['append']>[0];
    // The lists added one by one in the declaration's order: every row's object gets the same shape. (A spread
    // of Object.fromEntries made each one a dictionary, and the build three times slower.)
    const lists = entry as SearchLists;
    for (let i = 0; i < SEARCH_KOPPELINGEN.length; i++) lists[SEARCH_KOPPELINGEN[i]!] = list((row[BUILD_LISTS_AT + i] as string | null) ?? null);
    if (!index!.append(entry, collector!.entries, collector!.count)) throw new Error('search index capacity exceeded during rebuild');
  };
  await store.build({ start, instrument });
  index!.text.compact();
  index!.byNaam();
  return index!;
}
