import { LRUCache } from 'lru-cache';
import type { DataSource } from 'typeorm';
import type { DuurEenheid, Gids } from '../catalog.enums.js';

/** One instrument as the search index needs it: everything it filters, counts and sorts on. */
export interface IndexRow {
  id: string;
  gids: Gids;
  naam: string;
  created_at: Date;
  publiceren: boolean;
  publiceer_vanaf: string | null;
  publiceer_tot_en_met: string | null;
  totale_kosten: string | null;
  totale_duur: string | null;
  duur_eenheid: DuurEenheid | null;
  intensiteit: string | null;
  aanbieder_id: string;
  organisatie_id: string;
  landelijk: boolean;
  zoekvector: string | null;
  aanbieder_zoekvector: string | null;
  kenmerken: string[];
  regios: string[];
  gemeenten: string[];
  wijken: string[];
}

export interface TaxonomieRow {
  code: string;
  categorie_code: string;
  parent_code: string | null;
  gids: Gids;
}

export interface GeografieRows {
  gemeenten: { code: string; regio_code: string }[];
  wijken: { id: string; gemeente_code: string }[];
}

/** The SQL behind the in-memory search index. PostgreSQL stays the source of truth. */
export class SearchIndexStore {
  constructor(private readonly ds: DataSource) {}

  /** These instruments. */
  instruments(ids: string[]): Promise<IndexRow[]> {
    return this.select('i.id = ANY($1::uuid[])', [ids]);
  }

  /** All instruments in pages by id, so a rebuild never holds every row's texts at once. */
  async *allInstruments(pageSize = 10_000): AsyncGenerator<IndexRow[]> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.select('i.id > $1::uuid ORDER BY i.id LIMIT $2', [after, pageSize]);
      if (rows.length === 0) return;
      yield rows;
      after = rows[rows.length - 1]!.id;
    }
  }

  async count(): Promise<number> {
    const [{ n }] = await this.ds.query('SELECT count(*) AS n FROM instrument');
    return n;
  }

  private select(condition: string, params: unknown[]): Promise<IndexRow[]> {
    return this.ds.query(
      `SELECT i.id, i.gids, i.naam, i.created_at, i.publiceren, i.publiceer_vanaf, i.publiceer_tot_en_met,
              i.totale_kosten, i.totale_duur, i.duur_eenheid, i.intensiteit, i.aanbieder_id, i.organisatie_id, i.landelijk,
              i.zoekvector::text AS zoekvector, a.zoekvector::text AS aanbieder_zoekvector,
              ARRAY(SELECT kenmerk_code FROM instrument_kenmerk x WHERE x.instrument_id = i.id) AS kenmerken,
              ARRAY(SELECT regio_code FROM instrument_regio x WHERE x.instrument_id = i.id) AS regios,
              ARRAY(SELECT gemeente_code FROM instrument_gemeente x WHERE x.instrument_id = i.id) AS gemeenten,
              ARRAY(SELECT wijk_id::text FROM instrument_wijk x WHERE x.instrument_id = i.id) AS wijken
         FROM instrument i JOIN aanbieder a ON a.id = i.aanbieder_id
        WHERE ${condition}`,
      params,
    );
  }

  async instrumentIdsOfAanbieders(aanbiederIds: string[]): Promise<string[]> {
    const rows: { id: string }[] = await this.ds.query('SELECT id FROM instrument WHERE aanbieder_id = ANY($1::uuid[])', [aanbiederIds]);
    return rows.map((r) => r.id);
  }

  taxonomie(): Promise<TaxonomieRow[]> {
    return this.ds.query(
      `SELECT k.code, k.categorie_code, k.parent_code, c.gids
         FROM kenmerk k JOIN kenmerk_categorie c ON c.code = k.categorie_code
        ORDER BY c.gids, c.volgorde, k.volgorde, k.naam`,
    );
  }

  async geografie(): Promise<GeografieRows> {
    const [gemeenten, wijken] = await Promise.all([
      this.ds.query('SELECT code, regio_code FROM gemeente'),
      this.ds.query('SELECT id, gemeente_code FROM wijk'),
    ]);
    return { gemeenten, wijken };
  }

  /** A word's stem never changes; the bound keeps odd input from growing the cache without end. */
  private readonly stemCache = new LRUCache<string, string>({ max: 10_000 });

  /** Each word of a search text with the lexeme PostgreSQL's Dutch configuration makes of it ('' for stop words). */
  async stems(words: string[]): Promise<string[]> {
    const missing = words.filter((w) => !this.stemCache.has(w));
    if (missing.length) {
      const fresh = await this.stemsFromDatabase(missing);
      missing.forEach((w, i) => this.stemCache.set(w, fresh[i]!));
    }
    return words.map((w) => this.stemCache.get(w) ?? '');
  }

  get stemCacheSize(): number {
    return this.stemCache.size;
  }

  private async stemsFromDatabase(words: string[]): Promise<string[]> {
    const rows: { word: string; stem: string | null }[] = await this.ds.query(
      `SELECT w AS word, (SELECT string_agg(lexeme, ' ') FROM unnest(to_tsvector('catalog.nl', w))) AS stem
         FROM unnest($1::text[]) AS w`,
      [words],
    );
    const byWord = new Map(rows.map((r) => [r.word, r.stem ?? '']));
    return words.map((w) => byWord.get(w) ?? '');
  }
}
