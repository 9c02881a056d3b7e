/**
 * The session cookie's name and how to read it: accounts sets the cookie, the gateway reads it, and neither may
 * import the other. Setting it (lifetime, attributes) stays with accounts.
 */

const isProduction = () => process.env.NODE_ENV === 'production';

/**
 * `__Host-sessie` in production: browsers accept that name only with Secure, Path=/ and no Domain, so neither a
 * subdomain nor a plain-http page can plant or overwrite the session cookie. Outside production it is `sessie`:
 * browsers refuse `__Host-` and Secure cookies over http://localhost.
 */
export const sessionCookieName = (production = isProduction()) => (production ? '__Host-sessie' : 'sessie');

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
