import { MAX_REQUEST_BODY_BYTES } from '../core/bestanden.js';
import { limitSettingsFromEnv, type LimitSettings } from './limits.js';

/**
 * Everything the gateway can be told from outside, read once at start. One place, so `npm start`, the
 * separately served gateway (docker-compose) and the tests configure it the same way.
 */
export interface GatewayConfig {
  /** NODE_ENV=production: GraphiQL, introspection and field suggestions off; the strict settings below. */
  production: boolean;
  /** Origins whose browsers may call the API with credentials (CORS_ORIGINS, comma separated). */
  corsOrigins: string[];
  /** Proxies whose X-Forwarded-For is believed (TRUSTED_PROXIES: addresses or CIDR ranges, comma separated). */
  trustedProxies: string[];
  /**
   * Trusted documents (TRUSTED_DOCUMENTS): `off` (default outside production), `browser` (requests from the
   * web/admin origins may only send the operations codegen generated; integrators send any), `all`.
   */
  trustedDocuments: 'off' | 'browser' | 'all';
  /** Where shared counters (the anonymous rate limit) live; every gateway replica uses the same database. */
  databaseUrl?: string;
  /**
   * The response cache for anonymous reads (RESPONSE_CACHE=off turns it off); it needs databaseUrl, whose
   * change notifications invalidate it.
   */
  responseCache: boolean;
  /** Request bodies above this many bytes are refused with 413 before they are read (MAX_BODY_BYTES). */
  maxBodyBytes: number;
  /** How long a session check at accounts may take before the request is answered 503 (SESSION_CHECK_TIMEOUT_MS). */
  sessionCheckTimeoutMs: number;
  /** How long close() waits for requests in flight before cutting their connections (SHUTDOWN_DRAIN_MS). */
  shutdownDrainMs: number;
  /** Rate limits and time limits (RATE_LIMIT_ANONYMOUS, RATE_LIMIT_LOGGED_IN, RATE_LIMIT_API_KEY, UPSTREAM_TIMEOUT_MS, REQUEST_DEADLINE_MS). */
  limits: LimitSettings;
}

const number = (name: string, value: string | undefined, fallback: number) => {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`${name} must be a positive whole number, not '${value}'.`);
  return parsed;
};

const list = (value: string | undefined, fallback: string[]) =>
  value === undefined ? fallback : value.split(',').map((s) => s.trim()).filter(Boolean);

export function gatewayConfigFromEnv(env: NodeJS.ProcessEnv = process.env, overrides: Partial<GatewayConfig> = {}): GatewayConfig {
  const production = env.NODE_ENV === 'production';
  const trustedDocuments = (env.TRUSTED_DOCUMENTS ?? 'off') as GatewayConfig['trustedDocuments'];
  if (!['off', 'browser', 'all'].includes(trustedDocuments)) throw new Error(`TRUSTED_DOCUMENTS must be off, browser or all, not '${trustedDocuments}'.`);
  return {
    production,
    corsOrigins: list(env.CORS_ORIGINS, ['http://localhost:5173', 'http://localhost:5174']),
    trustedProxies: list(env.TRUSTED_PROXIES, ['127.0.0.1', '::1']),
    trustedDocuments,
    databaseUrl: env.DATABASE_URL,
    responseCache: env.RESPONSE_CACHE !== 'off',
    maxBodyBytes: number('MAX_BODY_BYTES', env.MAX_BODY_BYTES, MAX_REQUEST_BODY_BYTES),
    sessionCheckTimeoutMs: number('SESSION_CHECK_TIMEOUT_MS', env.SESSION_CHECK_TIMEOUT_MS, 3000),
    shutdownDrainMs: number('SHUTDOWN_DRAIN_MS', env.SHUTDOWN_DRAIN_MS, 10_000),
    limits: limitSettingsFromEnv(env),
    ...overrides,
  };
}
