import { sessionCookieName } from '../../core/session-cookie.js';

/** How long a session lasts at most: a working day and then some. */
export const SESSION_LIFETIME_SECONDS = 12 * 60 * 60;
/** A session without a request for this long ends, even within its lifetime (a forgotten open screen). */
export const SESSION_IDLE_SECONDS = 30 * 60;
/** `laatst_actief_op` is written at most this often per session, not on every request. */
export const SESSION_TOUCH_SECONDS = 60;

const isProduction = () => process.env.NODE_ENV === 'production';

// HttpOnly: no script reads it; SameSite=Lax: no cross-site posts; deliberately no Domain (see sessionCookieName).
const attributes = (production: boolean) => ['HttpOnly', 'SameSite=Lax', 'Path=/', ...(production ? ['Secure'] : [])];

export function sessionCookie(token: string, production = isProduction()): string {
  return [`${sessionCookieName(production)}=${token}`, `Max-Age=${SESSION_LIFETIME_SECONDS}`, ...attributes(production)].join('; ');
}

export function clearedSessionCookie(production = isProduction()): string {
  return [`${sessionCookieName(production)}=`, 'Max-Age=0', ...attributes(production)].join('; ');
}
