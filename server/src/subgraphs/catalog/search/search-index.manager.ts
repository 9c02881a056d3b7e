import { randomUUID } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { followEvents, type EventChange, type EventFollower } from '../../../core/events.js';
import { BEOORDELING_TOPIC, Beoordelingen } from './beoordelingen.js';
import type { SearchIndex } from './search-index.js';
import { buildSearchIndex } from './search-index.build.js';
import { SearchIndexStore } from './search-index.store.js';
import { Decomposer, type Stemmer } from './compounds.js';
import { dutchWords } from './dutch-words.js';
import { readLexemes, singleLexeme, words, type TextTools } from './search-text.js';
import { Spelling } from './suggestie.js';
import { Synoniemen } from './synoniemen.js';

export const CHANGE_CHANNEL = 'catalog_changes';
/** Stems the splitter of search texts remembers at most (each a head of a compound someone typed). */
export const QUERY_STEMS = 20_000;

/**
 * Owns the search index of one catalog process: builds it from PostgreSQL, then LISTENs on
 * `catalog_changes` (announced by triggers on every write, whoever wrote it) and applies the changes,
 * so every replica converges on the database. Changes are applied in the order they were committed.
 *
 * Review aggregates come from the reviews subgraph as `beoordeling` events (core/events.ts), never from its
 * tables: the manager follows the topic, keeps every known aggregate, and copies it into whichever index is
 * current, also after a rebuild and when an instrument arrives after its aggregate.
 */
export class SearchIndexManager {
  private index: SearchIndex | null = null;
  private listener: pg.Client | null = null;
  private readonly store: SearchIndexStore;
  private pendingIds = new Set<string>();
  private pendingAanbieders = new Set<string>();
  private rebuildPending = false;
  private synoniemenPending = false;
  private waiting: (() => void)[] = [];
  private queue: Promise<void> = Promise.resolve();
  private scheduled = false;
  private stopped = false;
  private readonly beoordelingen = new Beoordelingen();
  private beoordelingFollower: EventFollower | null = null;
  /** Kept across rebuilds: it remembers every stem it asked PostgreSQL for (the index's lexemes' heads). */
  private readonly decomposer: Decomposer;
  /** Splits the words of search texts: a bound on what it remembers, since anyone can type anything. */
  private readonly queryDecomposer: Decomposer;
  private synoniemen = new Synoniemen();
  /** PostgreSQL's stems of many words at once, past the search texts' cache. */
  private readonly bulkStems: Stemmer = (words) => this.store.stemsInBulk(words);

  constructor(
    private readonly ds: DataSource,
    private readonly connectionString: string,
    private readonly log: (m: string) => void = () => undefined,
    /** Called after every full rebuild, which is what a taxonomy change causes. */
    private readonly onRebuild: () => Promise<void> = async () => undefined,
  ) {
    this.store = new SearchIndexStore(ds);
    this.decomposer = new Decomposer(this.bulkStems);
    this.queryDecomposer = new Decomposer(this.bulkStems, new LRUCache<string, string>({ max: QUERY_STEMS }));
  }

  async start(): Promise<void> {
    // The aggregates first: the build below then copies them into the index before it serves.
    this.beoordelingFollower = await followEvents<unknown>(this.ds, this.connectionString, {
      topic: BEOORDELING_TOPIC,
      apply: (changes, initial) => this.rate(changes, initial),
      log: this.log,
    });
    // Listen first, so no change committed during the build is missed (it is applied after it).
    await this.listen();
    const first = this.rebuild();
    this.queue = first.catch(() => undefined);
    await first;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.beoordelingFollower?.close();
    await this.queue;
    await this.listener?.end().catch(() => undefined);
  }

  current(): SearchIndex {
    if (!this.index) throw new Error('search index not built yet');
    return this.index;
  }

  get stemmer(): SearchIndexStore {
    return this.store;
  }

  /** What the text search needs of the current index, synonyms and stems. */
  textTools(): TextTools {
    const index = this.current();
    return {
      vocabulary: { text: index.text, compounds: index.compounds, synoniemen: this.synoniemen },
      stems: (words) => this.store.stems(words),
      decomposer: this.queryDecomposer,
    };
  }

  /** Resolves once every change committed before this call is in the index (tests, read-your-writes). */
  async sync(): Promise<void> {
    await this.beoordelingFollower?.sync();
    const token = randomUUID();
    const done = new Promise<void>((resolve) => this.waiting.push(resolve));
    await this.ds.query('SELECT pg_notify($1, $2)', [CHANGE_CHANNEL, `sync:${token}`]);
    await done;
  }

  private rate(changes: EventChange<unknown>[], initial: boolean): void {
    const changed = this.beoordelingen.apply(changes, initial);
    if (!this.index) return;
    if (initial) this.beoordelingen.copyTo(this.index);
    else for (const id of changed) this.copyBeoordeling(this.index, id);
  }

  private copyBeoordeling(index: SearchIndex, id: string): void {
    const { gemiddelde, aantal } = this.beoordelingen.get(id);
    index.rate(id, gemiddelde, aantal);
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on('notification', (message) => this.received(message.payload ?? ''));
    client.on('error', () => this.reconnect(client));
    client.on('end', () => this.reconnect(client));
    await client.connect();
    await client.query(`LISTEN ${CHANGE_CHANNEL}`);
    this.listener = client;
  }

  private reconnect(client: pg.Client): void {
    if (this.stopped || this.listener !== client) return;
    this.listener = null;
    setTimeout(() => {
      if (this.stopped) return;
      // Notifications may have been missed while disconnected: rebuild from the database.
      this.listen().then(() => this.enqueue(() => this.rebuild()), () => this.reconnect(client));
    }, 1000);
  }

  private received(payload: string): void {
    const [kind, ids = ''] = payload.split(/:(.*)/s);
    if (kind === 'sync') {
      // Everything announced before the marker is already pending; resolve after the next flush.
    } else if (kind === 'synoniemen') this.synoniemenPending = true;
    else if (ids === '*' || kind === 'taxonomie') this.rebuildPending = true;
    else if (kind === 'instrument') for (const id of ids.split(',')) this.pendingIds.add(id);
    else if (kind === 'aanbieder') for (const id of ids.split(',')) this.pendingAanbieders.add(id);
    if (!this.scheduled) {
      this.scheduled = true;
      // A short pause gathers the notifications of a burst (a bulk import) into one update.
      setTimeout(() => this.enqueue(() => this.flush()), 5);
    }
  }

  private enqueue(work: () => Promise<void>): void {
    this.queue = this.queue.then(work).catch((error) => this.log(`zoekindex: bijwerken mislukt: ${String(error)}`));
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const waiting = this.waiting;
    this.waiting = [];
    const rebuild = this.rebuildPending;
    const synoniemen = this.synoniemenPending;
    const ids = this.pendingIds;
    const aanbieders = this.pendingAanbieders;
    this.rebuildPending = false;
    this.synoniemenPending = false;
    this.pendingIds = new Set();
    this.pendingAanbieders = new Set();
    try {
      if (synoniemen && !rebuild) await this.loadSynoniemen();
      if (rebuild) await this.rebuild();
      else {
        if (aanbieders.size) for (const id of await this.store.instrumentIdsOfAanbieders([...aanbieders])) ids.add(id);
        if (ids.size) await this.apply([...ids]);
      }
    } finally {
      for (const resolve of waiting) resolve();
    }
  }

  private async apply(ids: string[]): Promise<void> {
    const index = this.current();
    const rows = await this.store.instruments(ids);
    const present = new Set(rows.map((r) => r.id));
    for (const id of ids) if (!present.has(id)) index.remove(id);
    for (const row of rows) {
      if (!index.upsert(row)) return this.rebuild(); // full: rebuild with more room
      this.copyBeoordeling(index, row.id);
    }
    await this.splitCompounds(index);
    const names = new Set(rows.flatMap((row) => words(row.naam)));
    index.spelling = await index.spelling.extend(names, index.text, this.bulkStems);
  }

  /** The synonym groups with the lexemes of their terms: the term's stem, and for "re-integratie" also "reintegratie"'s. */
  private async loadSynoniemen(): Promise<void> {
    const groups = await this.store.synoniemgroepen();
    const terms = [...new Set(groups.flat())];
    const joined = terms.map((t) => t.replace(/-/g, ''));
    const stems = await this.bulkStems([...terms, ...joined]);
    const lexemesOf = new Map(
      terms.map((term, i) => {
        const whole = readLexemes(stems[i] ?? '')?.whole ?? '';
        return [term, [...new Set([whole, singleLexeme(stems[terms.length + i] ?? '')].filter((l) => l.length > 0))]];
      }),
    );
    this.synoniemen = new Synoniemen(groups.map((group) => group.map((term) => ({ term, lexemes: lexemesOf.get(term) ?? [] }))));
  }

  /** Finds the compounds among the lexemes the index got since the last call (all of them after a build). */
  private async splitCompounds(index: SearchIndex): Promise<void> {
    const { lexemes, next } = index.text.lexemesFrom(index.decomposedUpTo);
    const known = (lexeme: string) => index.text.has(lexeme);
    index.compounds.add(await this.decomposer.decompose(lexemes, { known, listed: await dutchWords() }));
    index.compounds.addAliases(await this.decomposer.restems(lexemes));
    index.decomposedUpTo = next;
  }

  /** The words to suggest: those of the instruments' names. */
  private async spell(index: SearchIndex): Promise<void> {
    const candidates = new Set<string>();
    for (const naam of index.names()) for (const word of words(naam)) candidates.add(word);
    index.spelling = await Spelling.build(candidates, index.text, this.bulkStems);
  }

  private async rebuild(): Promise<void> {
    const started = Date.now();
    const [taxonomie, geografie] = await Promise.all([this.store.taxonomie(), this.store.geografie()]);
    const index = await buildSearchIndex(this.store, taxonomie, geografie);
    await this.loadSynoniemen();
    const textStarted = Date.now();
    await this.splitCompounds(index);
    await this.spell(index);
    const textMs = Date.now() - textStarted;
    // Synchronously with the swap: an aggregate that arrived during the build is in the store, not yet here.
    this.beoordelingen.copyTo(index);
    this.index = index;
    await this.onRebuild();
    this.log(
      `zoekindex: ${index.size} instrumenten in ${Date.now() - started} ms, waarvan ${textMs} ms voor ${index.compounds.size} samenstellingen en ` +
        `${index.spelling.size} woorden voor suggesties; proces ${megabytes(process.memoryUsage().rss)} MB RSS, heap ${megabytes(process.memoryUsage().heapUsed)} MB`,
    );
  }
}

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);
