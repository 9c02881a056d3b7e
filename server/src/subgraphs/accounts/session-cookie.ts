/** The session cookie: `sessie`, HttpOnly (no script reads it), SameSite=Lax (no cross-site posts), Path=/. */
export const SESSION_COOKIE = 'sessie';
/** How long a session lasts: a working day and then some. */
export const SESSION_LIFETIME_SECONDS = 12 * 60 * 60;

const attributes = () => ['HttpOnly', 'SameSite=Lax', 'Path=/', ...(process.env.NODE_ENV === 'production' ? ['Secure'] : [])];

export function sessionCookie(token: string): string {
  return [`${SESSION_COOKIE}=${token}`, `Max-Age=${SESSION_LIFETIME_SECONDS}`, ...attributes()].join('; ');
}

export function clearedSessionCookie(): string {
  return [`${SESSION_COOKIE}=`, 'Max-Age=0', ...attributes()].join('; ');
}

/** The session token from a Cookie header, if any. */
export function tokenFromCookieHeader(header: string | null | undefined): string | null {
  for (const part of (header ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE && value.length) return decodeURIComponent(value.join('=')) || null;
  }
  return null;
}
