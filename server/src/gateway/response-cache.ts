import { getOperationAST, parse } from 'graphql';
import { LRUCache } from 'lru-cache';
import pg from 'pg';
import { logger } from '../core/log.js';
import type { GatewayConfig } from './config.js';
import { hasCredentials } from './session.js';

/** The catalog's triggers announce every committed change to instruments, koppelingen, aanbieders and taxonomy here. */
const CATALOG_CHANNEL = 'catalog_changes';
/** Gateways announce here that a logged-in caller sent a mutation, so every replica drops its cache too. */
const GATEWAY_CHANNEL = 'gateway_writes';

export interface ResponseCacheSettings {
  /** Backstop for writes nobody announces (SQL on tables without triggers, the date turning). */
  ttlMs: number;
  /** After an instrument change: the catalog's search index catches up within this time. */
  settleMs: number;
  /** After a taxonomy change or an `*` notification the catalog rebuilds its whole index (seconds at 100,000). */
  rebuildSettleMs: number;
  /** A mutation is in flight and its commit not yet announced: nothing read meanwhile is stored. */
  mutationSettleMs: number;
  /** Bytes of JSON kept at most. */
  maxBytes: number;
}

/** The key-value cache shape Hive Gateway's `cache` option takes (ttl in seconds). */
interface KeyValueCache {
  get(key: string): object | undefined;
  set(key: string, value: object, options?: { ttl?: number | null }): void;
  delete(key: string): boolean;
  getKeysByPrefix(prefix: string): string[];
}

export const DEFAULT_RESPONSE_CACHE: ResponseCacheSettings = {
  ttlMs: 60_000,
  settleMs: 1_000,
  rebuildSettleMs: 30_000,
  mutationSettleMs: 5_000,
  maxBytes: 64 * 1024 * 1024,
};

/**
 * Anonymous responses, dropped whole on every change. A response is stored only when nothing changed between its
 * cache miss and its completion (its miss generation is still current) and no settle window is open, so a read
 * that raced a write, or that a catalog replica answered from a search index still catching up, is never kept.
 */
export class AnonymousResponseStore implements KeyValueCache {
  private readonly entries: LRUCache<string, object>;
  /** The generation in which a key first missed, until its response is stored. Bounded: misses of failing queries never complete. */
  private readonly missedIn = new LRUCache<string, number>({ max: 10_000 });
  private generation = 0;
  private quietUntil = 0;
  private settleTimer: NodeJS.Timeout | undefined;
  /** Off until LISTEN runs (and while reconnecting): without notifications a cached response could go stale unseen. */
  active = false;

  constructor(private readonly settings: ResponseCacheSettings) {
    this.entries = new LRUCache<string, object>({
      maxSize: settings.maxBytes,
      sizeCalculation: (value) => Math.max(1, JSON.stringify(value).length),
    });
  }

  get(key: string): object | undefined {
    const value = this.entries.get(key);
    if (value === undefined && !this.missedIn.has(key)) this.missedIn.set(key, this.generation);
    return value;
  }

  set(key: string, value: object, options?: { ttl?: number | null }): void {
    const missedIn = this.missedIn.get(key);
    this.missedIn.delete(key);
    if (!this.active || missedIn !== this.generation || Date.now() < this.quietUntil) return;
    const ttl = options?.ttl ? options.ttl * 1000 : this.settings.ttlMs;
    this.entries.set(key, value, { ttl: Math.min(ttl, this.settings.ttlMs) });
  }

  delete(key: string): boolean {
    return this.entries.delete(key);
  }

  getKeysByPrefix(prefix: string): string[] {
    return [...this.entries.keys()].filter((key) => key.startsWith(prefix));
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * Drops everything now and stores nothing for `settleMs`. When the window closes the generation moves once more,
   * so a response whose miss fell inside the window (read while a replica was still catching up) is not stored.
   */
  changed(settleMs: number): void {
    this.generation++;
    this.entries.clear();
    if (settleMs <= 0) return;
    const until = Date.now() + settleMs;
    if (until <= this.quietUntil) return;
    this.quietUntil = until;
    clearTimeout(this.settleTimer);
    // Only the generation moves here: calling changed(0) from the timer re-armed it every millisecond, for ever.
    this.settleTimer = setTimeout(() => this.generation++, settleMs);
    this.settleTimer.unref();
  }

  stop(): void {
    this.active = false;
    clearTimeout(this.settleTimer);
    this.entries.clear();
  }
}

/** Keeps `store` in step with the database's change notifications, reconnecting (and dropping everything) when the connection breaks. */
class ChangeListener {
  private client: pg.Client | null = null;
  private stopped = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly store: AnonymousResponseStore,
    private readonly settings: ResponseCacheSettings,
  ) {}

  start(): void {
    const client = new pg.Client({ connectionString: this.databaseUrl });
    this.client = client;
    client.on('notification', (message) => this.received(message.channel, message.payload ?? ''));
    client.on('error', () => this.reconnect(client));
    client.on('end', () => this.reconnect(client));
    client
      .connect()
      .then(() => client.query(`LISTEN ${CATALOG_CHANNEL}; LISTEN ${GATEWAY_CHANNEL}`))
      .then(() => {
        if (this.stopped || this.client !== client) return;
        // Whatever was announced before LISTEN ran is unknown: start from nothing.
        this.store.changed(0);
        this.store.active = true;
      })
      .catch(() => this.reconnect(client));
  }

  /** Tells every gateway (this one too) that a write is on its way. */
  announceWrite(): void {
    this.client?.query(`SELECT pg_notify('${GATEWAY_CHANNEL}', '')`).catch(() => undefined);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.store.stop();
    await this.client?.end().catch(() => undefined);
  }

  private received(channel: string, payload: string): void {
    if (channel === GATEWAY_CHANNEL) return this.store.changed(this.settings.mutationSettleMs);
    const [kind, ids] = payload.split(/:(.*)/s);
    if (kind === 'sync') return; // the catalog's own read-your-writes marker, no change
    this.store.changed(kind === 'taxonomie' || ids === '*' ? this.settings.rebuildSettleMs : this.settings.settleMs);
  }

  private reconnect(client: pg.Client): void {
    if (this.stopped || this.client !== client) return;
    this.client = null;
    this.store.active = false;
    this.store.changed(0);
    logger.warn('responscache: verbinding voor wijzigingen verbroken, opnieuw verbinden');
    client.end().catch(() => undefined);
    setTimeout(() => this.stopped || this.start(), 1000).unref();
  }
}

/** The operation a request runs is a mutation; unreadable counts as one, so an unrecognised write is never missed. */
function isMutation(params: { query?: string; operationName?: string | null } | undefined): boolean {
  if (!params?.query) return true;
  try {
    return getOperationAST(parse(params.query), params.operationName ?? undefined)?.operation !== 'query';
  } catch {
    return true;
  }
}

/**
 * Hive Gateway options for a response cache of ANONYMOUS reads, shared by all anonymous callers (session null).
 * A request with a session token (valid or not) never reads or fills it; a mutation by such a caller empties the
 * cache of every gateway replica, and the catalog's `catalog_changes` notifications empty it on every committed
 * change, including writes that bypass the gateway. Off without a database URL.
 */
export function responseCacheOptions(config: GatewayConfig, settings: ResponseCacheSettings = DEFAULT_RESPONSE_CACHE) {
  if (!config.databaseUrl || !config.responseCache) return {};
  const store = new AnonymousResponseStore(settings);
  const listener = new ChangeListener(config.databaseUrl, store, settings);
  listener.start();
  const writesSeen = new WeakSet<object>();
  const cache = Object.assign(store, { [Symbol.asyncDispose]: () => listener.stop() });
  return {
    cache,
    responseCaching: {
      session: () => null,
      ttl: settings.ttlMs,
      // Invalidation is wholesale (above); tracking entities per response would only cost. Mutations still take
      // the plugin's invalidation path, which is what keeps an anonymous mutation's result (a login) out of the cache.
      idFields: [],
      includeExtensionMetadata: false,
      enabled(request: Request, context?: { params?: { query?: string; operationName?: string | null } }): boolean {
        if (!hasCredentials(request)) return store.active;
        // Called before execution (once per phase): a logged-in mutation opens the settle window before it commits.
        if (context?.params && !writesSeen.has(request) && isMutation(context.params)) {
          writesSeen.add(request);
          store.changed(settings.mutationSettleMs);
          listener.announceWrite();
        }
        return false;
      },
    },
  };
}
