import { LRUCache } from 'lru-cache';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import type { DuurEenheid, Gids, InstrumentType } from '../catalog.enums.js';
import { live } from '../prullenbak/live.js';
import { INSTRUMENT_COLUMN, keyAsText, KOPPELINGEN, SEARCH_KOPPELINGEN, type SearchKoppeling } from '../instrument-koppelingen.js';

/** The codes or ids of each koppeling the index reads (instrument-koppelingen.ts), by its name. */
export type SearchLists = Record<SearchKoppeling, string[]>;

/** One instrument as the search index needs it: everything it filters, counts and sorts on. */
export type IndexRow = SearchLists & {
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
  type: InstrumentType;
  zoekvector: string | null;
  aanbieder_zoekvector: string | null;
};

export interface AanbiederVector {
  id: string;
  zoekvector: string | null;
}

/**
 * One instrument of a full build, as positional columns (no object per row): after the zoekvector each
 * SEARCH_KOPPELINGEN as one comma-separated string (codes and ids hold no commas), null when there are none.
 */
export type BuildRow = [
  id: string,
  gids: Gids,
  naam: string,
  created_at: Date,
  publiceren: boolean,
  publiceer_vanaf: string | null,
  publiceer_tot_en_met: string | null,
  totale_kosten: string | null,
  totale_duur: string | null,
  duur_eenheid: DuurEenheid | null,
  intensiteit: string | null,
  aanbieder_id: string,
  organisatie_id: string,
  landelijk: boolean,
  type: InstrumentType,
  zoekvector: string | null,
  ...lists: (string | null)[],
];

/** Where a BuildRow's zoekvector and first koppeling list are. */
export const BUILD_ZOEKVECTOR_AT = 15;
export const BUILD_LISTS_AT = 16;

const INSTRUMENT_COLUMNS = `i.id, i.gids, i.naam, i.created_at, i.publiceren, i.publiceer_vanaf, i.publiceer_tot_en_met,
         i.totale_kosten, i.totale_duur, i.duur_eenheid, i.intensiteit, i.aanbieder_id, i.organisatie_id, i.landelijk, i.type`;

const searched = SEARCH_KOPPELINGEN.map((name) => ({ name, table: KOPPELINGEN[name].table, key: keyAsText(KOPPELINGEN[name]) }));

const BUILD_QUERY = `
  SELECT ${INSTRUMENT_COLUMNS},
         i.zoekvector::text, ${searched.map(({ table }) => `${table}.codes`).join(', ')}
    FROM instrument i
    ${searched
      .map(({ table, key }) => `LEFT JOIN (SELECT ${INSTRUMENT_COLUMN}, string_agg(${key}, ',') AS codes FROM ${table} GROUP BY ${INSTRUMENT_COLUMN}) AS ${table} ON ${table}.${INSTRUMENT_COLUMN} = i.id`)
      .join('\n    ')}
   WHERE ${live('i')}
   ORDER BY i.id`;

const SELECT_QUERY = `
  SELECT ${INSTRUMENT_COLUMNS},
         i.zoekvector::text AS zoekvector, a.zoekvector::text AS aanbieder_zoekvector,
         ${searched.map(({ name, table, key }) => `ARRAY(SELECT ${key} FROM ${table} x WHERE x.${INSTRUMENT_COLUMN} = i.id) AS ${name}`).join(',\n         ')}
    FROM instrument i JOIN aanbieder a ON a.id = i.aanbieder_id`;

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

/** Words per query when stemming in bulk: one parameter array, well below what a statement should carry. */
const BULK_STEMS = 20_000;

/** The SQL behind the in-memory search index. PostgreSQL stays the source of truth. */
export class SearchIndexStore {
  constructor(private readonly ds: DataSource) {}

  /** These instruments. */
  instruments(ids: string[]): Promise<IndexRow[]> {
    return this.select(`i.id = ANY($1::uuid[]) AND ${live('i')}`, [ids]);
  }

  /**
   * Every instrument and aanbieder zoekvector as of one snapshot, for a full build. The instruments stream
   * (`instrument` is called for each row as it arrives, as a BuildRow), so neither every
   * row nor every text is held at once, and PostgreSQL produces the next rows while the index takes the last.
   * The koppelingen come grouped per instrument in one scan each, not as a subquery per instrument.
   */
  async build(handlers: {
    start: (count: number, aanbieders: AanbiederVector[]) => void;
    instrument: (row: BuildRow) => void;
  }): Promise<void> {
    const [client, release] = (await (this.ds.driver as PostgresDriver).obtainMasterConnection()) as [pg.PoolClient, (error?: unknown) => void];
    let failed: unknown;
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const counted = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM instrument WHERE ${live()}`);
      const aanbieders = await client.query<AanbiederVector>('SELECT id, zoekvector::text AS zoekvector FROM aanbieder');
      handlers.start(counted.rows[0]!.n, aanbieders.rows);
      // A plan that streams: the instruments in id order merge-joined with each koppeling table's rows grouped
      // in its primary key order, so the first row comes at once and nothing is hashed or sorted (the planner's
      // own choice hashed every instrument with its zoekvector and spilled to disk before sending a row).
      await client.query(
        'SET LOCAL enable_hashjoin = off; SET LOCAL enable_hashagg = off; SET LOCAL enable_sort = off; SET LOCAL max_parallel_workers_per_gather = 0',
      );
      let rowError: unknown;
      await new Promise<void>((resolve, reject) => {
        const query = client.query(new pg.Query({ text: BUILD_QUERY, rowMode: 'array' } as pg.QueryConfig));
        query.on('row', (row: BuildRow) => {
          if (rowError === undefined) {
            try {
              handlers.instrument(row);
            } catch (error) {
              rowError = error;
            }
          }
        });
        query.on('error', reject);
        query.on('end', () => resolve());
      });
      if (rowError !== undefined) throw rowError;
      await client.query('COMMIT');
    } catch (error) {
      failed = error;
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      release(failed);
    }
  }

  private select(condition: string, params: unknown[]): Promise<IndexRow[]> {
    return this.ds.query(`${SELECT_QUERY} WHERE ${condition}`, params);
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

  /** The terms of every synonym group (table synoniemgroep, kept by the landelijk beheerder). */
  async synoniemgroepen(): Promise<string[][]> {
    const rows: { termen: string[] }[] = await this.ds.query('SELECT termen FROM synoniemgroep ORDER BY id');
    return rows.map((r) => r.termen);
  }

  /** A word's stem never changes; the bound keeps odd input from growing the cache without end. */
  private readonly stemCache = new LRUCache<string, string>({ max: 10_000 });

  /** Each word of a search text with the lexeme PostgreSQL's Dutch configuration makes of it ('' for stop words). */
  async stems(words: string[]): Promise<string[]> {
    const missing = [...new Set(words.filter((w) => w.length > 0 && !this.stemCache.has(w)))];
    if (missing.length) {
      const fresh = await this.stemsFromDatabase(missing);
      missing.forEach((w, i) => this.stemCache.set(w, fresh[i]!));
    }
    return words.map((w) => this.stemCache.get(w) ?? '');
  }

  get stemCacheSize(): number {
    return this.stemCache.size;
  }

  /**
   * Stems of many words at once (the compound splitter's heads, the names' words), past the cache: each is asked
   * once per process, and they would push the search texts' stems out.
   */
  async stemsInBulk(words: string[]): Promise<string[]> {
    const result: string[] = [];
    for (let i = 0; i < words.length; i += BULK_STEMS) result.push(...(await this.stemsFromDatabase(words.slice(i, i + BULK_STEMS))));
    return result;
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
