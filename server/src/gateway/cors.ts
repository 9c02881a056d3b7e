import { REQUEST_ID_HEADER } from '../core/log.js';

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
    return { origin: [origin], credentials: true, exposedHeaders: [REQUEST_ID_HEADER], maxAge: 600 };
  };
}
