import { REQUEST_ID_HEADER } from '../core/log.js';
import { API_KEY_HEADER } from './session.js';

/**
 * The headers a preflight asked for, without X-Api-Key: API keys belong in integrators' servers, and a browser
 * page sending one (even on an allowed origin) would have the key in reach of every script on it. Never empty:
 * without a list the runtime would reflect whatever was asked, X-Api-Key included.
 */
function allowedHeaders(request: Request): string[] {
  const asked = (request.headers.get('access-control-request-headers') ?? '').split(',').map((name) => name.trim()).filter(Boolean);
  const allowed = asked.filter((name) => name.toLowerCase() !== API_KEY_HEADER);
  return allowed.length ? allowed : ['content-type'];
}

/**
 * CORS for the configured origins only, with credentials (the session cookie). Every other origin, `null`
 * included (sandboxed frames and data: URLs send it, so answering `Access-Control-Allow-Origin: null` would let
 * any site in), gets no CORS headers at all, so its scripts cannot read an answer. An empty list allows none:
 * the runtime's own default for an empty list would be to reflect every origin.
 */
export function corsFor(origins: string[]) {
  const allowed = new Set(origins.filter((origin) => origin !== 'null' && origin !== '*'));
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (!origin || !allowed.has(origin)) return false as const;
    return { origin: [origin], credentials: true, allowedHeaders: allowedHeaders(request), exposedHeaders: [REQUEST_ID_HEADER], maxAge: 600 };
  };
}
