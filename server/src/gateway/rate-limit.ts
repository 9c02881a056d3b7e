import type { IncomingMessage } from 'node:http';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import pg from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { isIntegration, type Caller } from '../core/caller.js';
import { rateLimitKey } from '../core/client-address.js';
import { tooManyAttempts } from '../core/errors.js';
import { logger } from '../core/log.js';
import { CLIENT_ADDRESS_HEADER, hasCredentials } from './session.js';

export interface RateLimitSettings {
  /** GraphQL requests per client address (IPv6 per /64) per minute without a valid login. */
  anonymousPerMinute: number;
  /** Requests per gebruiker per minute with a valid login (far higher: beheerders are known and accountable). */
  loggedInPerMinute: number;
  /** Requests per API key per minute: a system's own budget, apart from its organisatie's people. */
  apiKeyPerMinute: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitSettings = { anonymousPerMinute: 600, loggedInPerMinute: 6000, apiKeyPerMinute: 1200 };

type Kind = 'anoniem' | 'gebruiker' | 'sleutel';
const KINDS: readonly Kind[] = ['anoniem', 'gebruiker', 'sleutel'];

const WINDOW_SECONDS = 60;

/** The schema and table the gateway keeps its counters in: rate-limiter-flexible's own layout. */
export const RATE_LIMIT_SCHEMA = 'gateway';
export const RATE_LIMIT_TABLE = 'rate_limit';

/**
 * Counts requests per key; `wait` answers the milliseconds until the key may call again (null: allowed now).
 * With a database the counts live in PostgreSQL, so every gateway replica sees the same numbers; the gateway
 * creates its table on start. Without one (or while PostgreSQL fails) each process counts in memory.
 */
export interface RequestRateLimiter {
  wait(kind: Kind, key: string): Promise<number | null>;
  close(): Promise<void>;
}

export function createRequestRateLimiter(settings: RateLimitSettings, databaseUrl?: string): RequestRateLimiter {
  const points: Record<Kind, number> = { anoniem: settings.anonymousPerMinute, gebruiker: settings.loggedInPerMinute, sleutel: settings.apiKeyPerMinute };
  const memory = (kind: Kind) => new RateLimiterMemory({ keyPrefix: kind, points: points[kind], duration: WINDOW_SECONDS });
  const each = (make: (kind: Kind) => RateLimiterAbstract) => Object.fromEntries(KINDS.map((kind) => [kind, make(kind)])) as Record<Kind, RateLimiterAbstract>;
  if (!databaseUrl) {
    const limiters = each(memory);
    return { wait: (kind, key) => waitFor(limiters[kind], key), close: async () => undefined };
  }
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  // An idle client's error (PostgreSQL restarted) must not crash the gateway; the next query reconnects.
  pool.on('error', (error) => logger.warn({ err: error }, 'gateway: verbinding voor rate limits verbroken'));
  const postgres = (kind: Kind) =>
    new RateLimiterPostgres({
      storeClient: pool,
      storeType: 'pool',
      schemaName: RATE_LIMIT_SCHEMA,
      tableName: RATE_LIMIT_TABLE,
      tableCreated: true,
      keyPrefix: kind,
      points: points[kind],
      duration: WINDOW_SECONDS,
      // A key over its limit is refused from memory until its window ends: a flood costs no queries.
      inMemoryBlockOnConsumed: points[kind] + 1,
      // While PostgreSQL fails, count in this process instead of letting everything through.
      insuranceLimiter: memory(kind),
    });
  const ready = createTable(pool).then(() => each(postgres));
  ready.catch((error: unknown) => logger.error({ err: error }, 'gateway: tabel voor rate limits niet aangemaakt; tellen in het geheugen'));
  const fallback = each(memory);
  return {
    wait: async (kind, key) => waitFor((await ready.catch(() => fallback))[kind], key),
    close: async () => {
      await ready.catch(() => undefined);
      await pool.end();
    },
  };
}

async function createTable(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    // Replicas starting together would race on IF NOT EXISTS (a unique violation, or "tuple concurrently
    // updated"); one lock per database lets them take turns.
    await client.query('BEGIN');
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('${RATE_LIMIT_SCHEMA}.${RATE_LIMIT_TABLE}'))`);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${RATE_LIMIT_SCHEMA}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${RATE_LIMIT_SCHEMA}.${RATE_LIMIT_TABLE} (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`,
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function waitFor(limiter: RateLimiterAbstract, key: string): Promise<number | null> {
  try {
    await limiter.consume(key);
    return null;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return rejection.msBeforeNext;
    // The store failed and had no insurance: better to serve than to refuse everyone.
    logger.error({ err: rejection }, 'gateway: rate limit niet te tellen');
    return null;
  }
}

const tooManyRequests = (retryAfterSeconds: number) =>
  tooManyAttempts(`Te veel aanvragen in korte tijd. Probeer het over ${retryAfterSeconds} ${retryAfterSeconds === 1 ? 'seconde' : 'seconden'} opnieuw.`, retryAfterSeconds);

/**
 * Refuses a request over its limit before anything is parsed: HTTP 429 with Retry-After, and a GraphQL error
 * (FORBIDDEN with `extensions.retryAfterSeconds`) as body. A request counts against its gebruiker only when its
 * token is valid (a made-up token counts as anonymous), so nobody escapes the address limit by sending one; a
 * request with an API key counts against that key (a wrong key never gets this far: http.ts refused it).
 */
export function rateLimitPlugin(limiter: RequestRateLimiter, callerOf: (req: IncomingMessage) => Promise<Caller | null>): GatewayPlugin {
  return {
    async onRequest({ request, serverContext, endResponse, fetchAPI }) {
      if (request.method === 'OPTIONS') return;
      // The node request the HTTP layer already checked the session of (http.ts): the check is not repeated.
      const req = (serverContext as { req?: IncomingMessage } | undefined)?.req;
      const caller = req && hasCredentials(request) ? await callerOf(req) : null;
      const wait = caller
        ? await limiter.wait(isIntegration(caller) ? 'sleutel' : 'gebruiker', caller.id)
        : await limiter.wait('anoniem', rateLimitKey(request.headers.get(CLIENT_ADDRESS_HEADER) ?? ''));
      if (wait === null) return;
      const retryAfterSeconds = Math.max(1, Math.ceil(wait / 1000));
      const error = tooManyRequests(retryAfterSeconds);
      endResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [{ message: error.message, extensions: error.extensions }] }), {
          status: 429,
          headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(retryAfterSeconds) },
        }),
      );
    },
    onDispose: () => limiter.close(),
  };
}
