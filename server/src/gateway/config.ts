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
  /** Rate limits and time limits (RATE_LIMIT_ANONYMOUS, RATE_LIMIT_LOGGED_IN, UPSTREAM_TIMEOUT_MS, REQUEST_DEADLINE_MS). */
  limits: LimitSettings;
}

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
    limits: limitSettingsFromEnv(env),
    ...overrides,
  };
}
