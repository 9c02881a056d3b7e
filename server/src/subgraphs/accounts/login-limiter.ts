import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { tooManyAttempts } from '../../core/errors.js';

export interface LoginLimits {
  /** Failed logins per account (e-mail address) within the window. */
  perAccount: number;
  /** Failed logins per client address within the window (higher: an office may share one address). */
  perAddress: number;
  windowSeconds: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { perAccount: 5, perAddress: 20, windowSeconds: 15 * 60 };

/**
 * Counts failed logins in PostgreSQL (table accounts.login_limiet), so replicas share the counts and a restart
 * does not reset them. Only failures count; once a limit is reached, even the right password is refused until
 * the window ends, otherwise guessing could just go on.
 */
export class LoginLimiter {
  private readonly perAccount: RateLimiterPostgres;
  private readonly perAddress: RateLimiterPostgres;

  constructor(ds: DataSource, private readonly limits: LoginLimits = DEFAULT_LOGIN_LIMITS) {
    const common = {
      storeClient: ds,
      storeType: 'typeorm',
      schemaName: 'accounts',
      tableName: 'login_limiet',
      tableCreated: true,
      // Expired rows are removed by clearExpired(), on a timer the subgraph owns (and stops on close).
      clearExpiredByTimeout: false,
      duration: limits.windowSeconds,
    };
    this.perAccount = new RateLimiterPostgres({ ...common, keyPrefix: 'account', points: limits.perAccount });
    this.perAddress = new RateLimiterPostgres({ ...common, keyPrefix: 'adres', points: limits.perAddress });
  }

  /** Throws FORBIDDEN (with retryAfterSeconds) when this account or address has failed too often. */
  async assertAllowed(email: string, clientAddress: string | null): Promise<void> {
    const checks = [this.blockedFor(this.perAccount, this.limits.perAccount, email)];
    if (clientAddress) checks.push(this.blockedFor(this.perAddress, this.limits.perAddress, clientAddress));
    const waits = (await Promise.all(checks)).filter((ms): ms is number => ms !== null);
    if (waits.length) {
      const seconds = Math.max(1, Math.ceil(Math.max(...waits) / 1000));
      const minutes = Math.ceil(seconds / 60);
      throw tooManyAttempts(`Te vaak een verkeerd wachtwoord. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`, seconds);
    }
  }

  async failed(email: string, clientAddress: string | null): Promise<void> {
    await Promise.all([this.count(this.perAccount, email), clientAddress ? this.count(this.perAddress, clientAddress) : undefined]);
  }

  /** A successful login forgets the account's earlier failures (not the address's). */
  async succeeded(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }

  clearExpired(): Promise<void> {
    return (this.perAccount as unknown as { clearExpired(expire: number): Promise<void> }).clearExpired(Date.now());
  }

  private async blockedFor(limiter: RateLimiterPostgres, points: number, key: string): Promise<number | null> {
    const res = await limiter.get(key);
    return res && res.consumedPoints >= points ? res.msBeforeNext : null;
  }

  private async count(limiter: RateLimiterPostgres, key: string): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (rejection) {
      // Past the limit consume rejects with a RateLimiterRes; that is expected, the count still went up.
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
    }
  }
}
