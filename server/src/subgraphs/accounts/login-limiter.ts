import { createHash } from 'node:crypto';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { rateLimitKey } from '../../core/client-address.js';

export interface LoginLimits {
  /** Attempts per (account, client address) pair in the window. Hard: it only locks out whoever guesses from there. */
  perAccountAddress: number;
  /** Attempts per client address (IPv6 per /64) over all accounts in the window. Hard; higher, as an office shares one. */
  perAddress: number;
  /** Failed attempts per account from all addresses together before the delay starts. */
  accountFreeAttempts: number;
  /** The wait after the first failure beyond the free attempts; it doubles with every further failure. */
  firstDelaySeconds: number;
  maxDelaySeconds: number;
  windowSeconds: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perAccountAddress: 5,
  perAddress: 20,
  accountFreeAttempts: 5,
  firstDelaySeconds: 1,
  maxDelaySeconds: 60,
  windowSeconds: 15 * 60,
};

/** Which limit refused an attempt (kept in the audit trail). */
export type LimitReason = 'adres' | 'account-adres' | 'account-wachttijd';

/** A checked attempt: report a success; anything else stays counted as a failure. */
export interface GrantedAttempt {
  granted: true;
  succeeded(): Promise<void>;
}

export interface RefusedAttempt {
  granted: false;
  reason: LimitReason;
  retryAfterSeconds: number;
}

// Keys must fit varchar(255) whatever a client types as e-mail address, and the table need not hold addresses.
const accountKey = (email: string) => createHash('sha256').update(email).digest('hex');

/**
 * Limits password checks (login and wijzigWachtwoord), counted in PostgreSQL (table accounts.login_limiet) so
 * replicas share the counts and a restart does not reset them.
 *
 * Every attempt takes its points atomically BEFORE the password is checked (an upsert that returns the new
 * count), so a burst of parallel guesses cannot all read the count from before the burst. A success gives the
 * points back. The design keeps the owner of an account able to log in while someone else guesses:
 * - per (account, address) and per address: hard limits; the guesser only locks out their own address;
 * - per account over all addresses: no lockout but a delay. Beyond the free attempts, one attempt at a time
 *   passes a gate that then stays shut for the delay (doubling per failure, capped), so spread-out guessing
 *   slows down to one guess per maxDelaySeconds, while the owner waits at most that long.
 */
export class LoginLimiter {
  private readonly perAddress: RateLimiterPostgres;
  private readonly perPair: RateLimiterPostgres;
  private readonly accountFailures: RateLimiterPostgres;
  private readonly accountGate: RateLimiterPostgres;

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
    this.perAddress = new RateLimiterPostgres({ ...common, keyPrefix: 'adres', points: limits.perAddress });
    this.perPair = new RateLimiterPostgres({ ...common, keyPrefix: 'account-adres', points: limits.perAccountAddress });
    this.accountFailures = new RateLimiterPostgres({ ...common, keyPrefix: 'account', points: limits.accountFreeAttempts });
    // One point: the first attempt after the gate's window passes, every other one in that window is refused.
    this.accountGate = new RateLimiterPostgres({ ...common, keyPrefix: 'account-wacht', points: 1, duration: limits.maxDelaySeconds });
  }

  /** Takes the points for one password check, or says which limit refuses it and when to retry. */
  async begin(email: string, clientAddress: string | null): Promise<GrantedAttempt | RefusedAttempt> {
    const account = accountKey(email);
    const address = clientAddress ? rateLimitKey(clientAddress) : null;
    const pair = `${account}:${address ?? 'onbekend'}`;
    // Points taken so far; a refusal further on gives them back, as that attempt checks no password.
    const refunds: (() => Promise<unknown>)[] = [];
    const refuse = async (reason: LimitReason, msBeforeNext: number): Promise<RefusedAttempt> => {
      await Promise.all(refunds.map((refund) => refund()));
      return { granted: false, reason, retryAfterSeconds: Math.max(1, Math.ceil(msBeforeNext / 1000)) };
    };

    if (address) {
      const res = await take(this.perAddress, address);
      if (res.refused) return refuse('adres', res.msBeforeNext);
      refunds.push(() => this.perAddress.reward(address));
    }
    const pairRes = await take(this.perPair, pair);
    if (pairRes.refused) return refuse('account-adres', pairRes.msBeforeNext);
    refunds.push(() => this.perPair.reward(pair));

    const failures = await this.accountFailures.penalty(account);
    refunds.push(() => this.accountFailures.reward(account));
    const beyond = failures.consumedPoints - this.limits.accountFreeAttempts;
    if (beyond > 0) {
      const delay = Math.min(this.limits.firstDelaySeconds * 2 ** (beyond - 1), this.limits.maxDelaySeconds);
      const gate = await this.accountGate.penalty(account, 1, { customDuration: delay });
      if (gate.consumedPoints > 1) return refuse('account-wachttijd', gate.msBeforeNext);
    }

    return {
      granted: true,
      succeeded: async () => {
        // The account's and this pair's failures are forgotten; the address keeps its earlier ones.
        await Promise.all([this.accountFailures.delete(account), this.accountGate.delete(account), this.perPair.delete(pair), address ? this.perAddress.reward(address) : undefined]);
      },
    };
  }

  clearExpired(): Promise<void> {
    // All four limiters share the table: one DELETE clears them all.
    return (this.accountFailures as unknown as { clearExpired(expire: number): Promise<void> }).clearExpired(Date.now());
  }
}

/** consume() that reports a refusal instead of throwing it (the point is counted either way). */
async function take(limiter: RateLimiterPostgres, key: string): Promise<{ refused: boolean; msBeforeNext: number }> {
  try {
    const res = await limiter.consume(key);
    return { refused: false, msBeforeNext: res.msBeforeNext };
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return { refused: true, msBeforeNext: rejection.msBeforeNext };
  }
}

/** The message for a refused attempt: seconds for the short account delay, minutes for the hard limits. */
export function refusalMessage(retryAfterSeconds: number): string {
  const wait =
    retryAfterSeconds <= 90
      ? `${retryAfterSeconds} ${retryAfterSeconds === 1 ? 'seconde' : 'seconden'}`
      : `${Math.ceil(retryAfterSeconds / 60)} minuten`;
  return `Te vaak een verkeerd wachtwoord. Probeer het over ${wait} opnieuw.`;
}
