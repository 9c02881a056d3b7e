import { createHmac, randomBytes } from 'node:crypto';

let processSecret: Buffer | undefined;

/**
 * The secret shared by the gateway and every subgraph (caller headers) and by accounts (session tokens).
 * AUTH_SECRET is required in production, where services run in separate processes. Elsewhere one random
 * secret per process is enough: `npm start` and the tests run everything in one process (sessions end
 * when it restarts).
 */
export function authSecret(): Buffer {
  const configured = process.env.AUTH_SECRET;
  if (configured) {
    if (configured.length < 32) throw new Error('AUTH_SECRET must be at least 32 characters.');
    return Buffer.from(configured, 'utf8');
  }
  if (process.env.NODE_ENV === 'production') throw new Error('AUTH_SECRET is required when NODE_ENV=production.');
  processSecret ??= randomBytes(32);
  return processSecret;
}

/** A key for one purpose, so a signature made for one use is never valid for another. */
export function purposeKey(purpose: string): Buffer {
  return createHmac('sha256', authSecret()).update(purpose).digest();
}
