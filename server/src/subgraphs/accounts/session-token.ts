import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { purposeKey } from '../../core/secrets.js';

/**
 * A session token is `<secret id>.<HMAC of the id>`. The HMAC lets accounts reject a made-up token without
 * a database lookup; only the id's SHA-256 is stored, so the table alone cannot be turned into tokens.
 */
const sign = (id: string) => createHmac('sha256', purposeKey('session-token')).update(id).digest('base64url');

export function newSessionToken(): { token: string; hash: Buffer } {
  const id = randomBytes(32).toString('base64url');
  return { token: `${id}.${sign(id)}`, hash: hashSessionId(id) };
}

export function hashSessionId(id: string): Buffer {
  return createHash('sha256').update(id).digest();
}

/** The stored hash of a token's session id, or null when the token is malformed or its signature wrong. */
export function tokenHash(token: string): Buffer | null {
  const [id, signature, extra] = token.split('.');
  if (!id || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(id));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return hashSessionId(id);
}
