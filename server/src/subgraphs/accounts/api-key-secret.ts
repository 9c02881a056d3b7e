import { createHash, randomBytes } from 'node:crypto';

/**
 * An API key is `ig_` plus 32 random bytes in base64url. The prefix makes a leaked key recognisable (secret
 * scanners, logs). The key is looked up by its SHA-256: with 256 bits of randomness nobody can guess a key from
 * its hash, so a slow password hash (scrypt) would buy no safety and cost every request of an integrator time.
 */
export const API_KEY_PREFIX = 'ig_';
const KEY = /^ig_[A-Za-z0-9_-]{43}$/;
/** How much of a key is kept in clear, to recognise it in a list: the prefix and 6 random characters. */
const DISPLAY_LENGTH = API_KEY_PREFIX.length + 6;

export function newApiKey(): { key: string; hash: Buffer; prefix: string } {
  const key = API_KEY_PREFIX + randomBytes(32).toString('base64url');
  return { key, hash: hashOf(key), prefix: key.slice(0, DISPLAY_LENGTH) };
}

/** The stored hash of a key, or null when it is not shaped like one of ours (no lookup needed then). */
export function apiKeyHash(key: string): Buffer | null {
  return KEY.test(key) ? hashOf(key) : null;
}

const hashOf = (key: string) => createHash('sha256').update(key).digest();
