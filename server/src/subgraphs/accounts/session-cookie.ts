/** How long a session lasts at most: a working day and then some. */
export const SESSION_LIFETIME_SECONDS = 12 * 60 * 60;
/** A session without a request for this long ends, even within its lifetime (a forgotten open screen). */
export const SESSION_IDLE_SECONDS = 30 * 60;
/** `laatst_actief_op` is written at most this often per session, not on every request. */
export const SESSION_TOUCH_SECONDS = 60;

const isProduction = () => process.env.NODE_ENV === 'production';

/**
 * `__Host-sessie` in production: browsers accept that name only with Secure, Path=/ and no Domain, so neither a
 * subdomain nor a plain-http page can plant or overwrite the session cookie. Outside production it is `sessie`:
 * browsers refuse `__Host-` and Secure cookies over http://localhost.
 */
export const sessionCookieName = (production = isProduction()) => (production ? '__Host-sessie' : 'sessie');

// HttpOnly: no script reads it; SameSite=Lax: no cross-site posts; deliberately no Domain (see sessionCookieName).
const attributes = (production: boolean) => ['HttpOnly', 'SameSite=Lax', 'Path=/', ...(production ? ['Secure'] : [])];

export function sessionCookie(token: string, production = isProduction()): string {
  return [`${sessionCookieName(production)}=${token}`, `Max-Age=${SESSION_LIFETIME_SECONDS}`, ...attributes(production)].join('; ');
}

export function clearedSessionCookie(production = isProduction()): string {
  return [`${sessionCookieName(production)}=`, 'Max-Age=0', ...attributes(production)].join('; ');
}

/** The session token from a Cookie header, if any; only the name that belongs to this environment counts. */
export function tokenFromCookieHeader(header: string | null | undefined, production = isProduction()): string | null {
  const wanted = sessionCookieName(production);
  for (const part of (header ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === wanted && value.length) return decoded(value.join('='));
  }
  return null;
}

// A malformed %-escape is no token, not a failed request.
function decoded(value: string): string | null {
  try {
    return decodeURIComponent(value) || null;
  } catch {
    return null;
  }
}
