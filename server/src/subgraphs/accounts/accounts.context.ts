import type { DataSource } from 'typeorm';
import { createContextFactory, type ContextFactory, type RequestContext } from '../../core/context.js';
import type { ResponseCookies } from '../../core/subgraph-server.js';
import { AccountGebeurtenisService } from './account-gebeurtenis.service.js';
import { ApiKeyService } from './api-key.service.js';
import { AuthService } from './auth.service.js';
import { dummyHash } from './password.js';
import { createLoaders, type AccountsLoaders } from './gebruiker.loader.js';
import { GebruikerService } from './gebruiker.service.js';
import { DEFAULT_LOGIN_LIMITS, LoginLimiter, type LoginLimits } from './login-limiter.js';

export function createServices(ds: DataSource, limits: LoginLimits = DEFAULT_LOGIN_LIMITS) {
  const limiter = new LoginLimiter(ds, limits);
  return { auth: new AuthService(ds, limiter), gebruikers: new GebruikerService(ds), gebeurtenissen: new AccountGebeurtenisService(ds), apiKeys: new ApiKeyService(ds), limiter };
}

export type AccountsServices = ReturnType<typeof createServices>;
/** `responseCookies`: what login and logout want set on the response (the session cookie). */
export type AccountsContext = RequestContext<AccountsLoaders, AccountsServices> & Required<ResponseCookies>;

export interface OpenAccounts {
  context: ContextFactory<AccountsContext>;
  services: AccountsServices;
  sync: () => Promise<void>;
  close: () => Promise<void>;
}

const CLEANUP_INTERVAL_MS = 10 * 60_000;

export async function openAccounts(ds: DataSource): Promise<OpenAccounts> {
  const services = createServices(ds);
  // Compute the dummy hash now, so the first login with an unknown address is not slower than the rest.
  await dummyHash();
  const base = createContextFactory('accounts', ds, () => createLoaders(ds), services);
  // Expired limiter rows and sessions are useless; removing them keeps both tables small.
  const cleanup = setInterval(() => {
    void services.limiter.clearExpired().catch(() => undefined);
    void services.auth.removeExpiredSessions().catch(() => undefined);
  }, CLEANUP_INTERVAL_MS);
  cleanup.unref();
  return {
    context: async (request) => ({ ...(await base(request)), responseCookies: [] }),
    services,
    sync: async () => undefined,
    close: async () => clearInterval(cleanup),
  };
}
