import type { IncomingHttpHeaders } from 'node:http';
import { INTEGRATIE, signCallerHeaders, type Caller } from '../core/caller.js';
import { logger, REQUEST_ID_HEADER } from '../core/log.js';
import { tokenFromCookieHeader } from '../core/session-cookie.js';

/**
 * The header the gateway's own HTTP wrapper writes with the client's address (see client-address.ts). Whatever a
 * client sends under this name is overwritten, so it cannot pose as another address (rate limits are per address).
 */
export const CLIENT_ADDRESS_HEADER = 'x-gateway-client-address';

/** A fetch Request or a node IncomingMessage: the session check runs on the latter, unit tests use the former. */
export type HeaderSource = { headers: Headers } | { headers: IncomingHttpHeaders };

function headerOf(source: HeaderSource, name: string): string | null {
  const { headers } = source;
  // Not `instanceof Headers`: the runtime's Request is @whatwg-node's ponyfill, with its own Headers class.
  if (typeof headers.get === 'function') return (headers as Headers).get(name);
  const value = (headers as IncomingHttpHeaders)[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/** The session token of a client request: `Authorization: Bearer <token>`, else the `sessie` cookie. */
export function tokenFromRequest(request: HeaderSource): string | null {
  const bearer = headerOf(request, 'authorization')?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  return bearer ?? tokenFromCookieHeader(headerOf(request, 'cookie'));
}

/** The API key of a client request (`X-Api-Key: <key>`), for systems of integrators. */
export function apiKeyFromRequest(request: HeaderSource): string | null {
  return headerOf(request, API_KEY_HEADER)?.trim() || null;
}

/** Whether a request names a caller (a session token or an API key): such requests are never anonymous. */
export const hasCredentials = (request: HeaderSource): boolean => tokenFromRequest(request) !== null || apiKeyFromRequest(request) !== null;

export const API_KEY_HEADER = 'x-api-key';

/** The caller of a request cannot be established: the HTTP layer answers `status` with this error, nothing runs. */
export class CallerCheckFailed extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/**
 * The session check did not get a clear answer (accounts down, slow or failing). A request that sent a token is
 * then answered 503 instead of going on anonymously: a beheerder would otherwise see their work vanish (me: null,
 * UNAUTHENTICATED) and be told to log in again while their session is fine.
 */
export class SessionCheckUnavailable extends CallerCheckFailed {
  constructor(cause: unknown) {
    super('SERVICE_UNAVAILABLE', 503, 'Je inlog kan nu niet worden gecontroleerd. Probeer het over een paar seconden opnieuw.', { 'retry-after': '5' }, { cause });
  }
}

/**
 * A wrong, revoked or expired API key is refused outright (401 UNAUTHENTICATED), unlike an invalid session token,
 * which only makes the request anonymous: a person then sees public pages and can log in again, while a system
 * that went on anonymously would silently get less data than it asked for.
 */
const apiKeyRefused = () => new CallerCheckFailed('UNAUTHENTICATED', 401, 'Deze API-sleutel werkt niet: hij klopt niet, is ingetrokken of is verlopen.');

/** Both a key and a login: which one counts would be a guess, so neither does. */
const bothCredentials = () =>
  new CallerCheckFailed('BAD_REQUEST', 400, 'Stuur een API-sleutel (X-Api-Key) of een login (token of cookie), niet allebei.');

const VERIFY_QUERY = 'query SessieCaller($token: String!) { sessieCaller(token: $token) { id rol organisatieIds sessieId } }';
const VERIFY_KEY_QUERY = 'query ApiKeyCaller($key: String!) { apiKeyCaller(key: $key) { id organisatieIds scopes } }';

export type SessionVerifier = (token: string, requestId?: string) => Promise<Caller | null>;
export type ApiKeyVerifier = SessionVerifier;

/**
 * Asks the accounts subgraph one of its fields hidden from the public API. Only an answer with `field` counts
 * (a value, or null); no answer within `timeoutMs`, a network error or a GraphQL error throws
 * SessionCheckUnavailable.
 */
function accountsQuery<T>(accountsUrl: string, timeoutMs: number, log: typeof logger, query: string, field: string, variable: string) {
  return async (value: string, requestId?: string): Promise<T | null> => {
    try {
      const response = await fetch(accountsUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(requestId ? { [REQUEST_ID_HEADER]: requestId } : {}) },
        body: JSON.stringify({ query, variables: { [variable]: value } }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const body = (await response.json()) as { data?: Record<string, T | null | undefined> | null };
      if (!body.data || body.data[field] === undefined) throw new Error(`accounts answered ${response.status} without ${field}`);
      return body.data[field];
    } catch (error) {
      log.warn({ err: error, requestId }, `${field} check at accounts failed`);
      throw new SessionCheckUnavailable(error);
    }
  };
}

/** Who a session token belongs to: a caller, or null for an unknown, revoked or expired token. */
export function createSessionVerifier(accountsUrl: string, timeoutMs = 3000, log = logger): SessionVerifier {
  return accountsQuery<Caller>(accountsUrl, timeoutMs, log, VERIFY_QUERY, 'sessieCaller', 'token');
}

/**
 * Who an API key stands for: an integration of its organisatie with its scopes, or null for an unknown, revoked
 * or expired key. Asked on every request, never cached, so a revocation holds at once on every gateway replica.
 */
export function createApiKeyVerifier(accountsUrl: string, timeoutMs = 3000, log = logger): ApiKeyVerifier {
  const ask = accountsQuery<Pick<Caller, 'id' | 'organisatieIds' | 'scopes'>>(accountsUrl, timeoutMs, log, VERIFY_KEY_QUERY, 'apiKeyCaller', 'key');
  return async (key, requestId) => {
    const found = await ask(key, requestId);
    return found && { id: found.id, rol: INTEGRATIE, organisatieIds: found.organisatieIds, scopes: found.scopes ?? [] };
  };
}

/**
 * The caller of each client request and the signed headers for each subgraph request it causes. The token or
 * key is verified once per client request (the gateway fetches from several subgraphs, often more than once):
 * the promise is kept per request object, which lives exactly as long as the client request. The headers are
 * signed per subgraph (the audience) and per fetch, so each is fresh and valid at that subgraph only. Without
 * `verifyKey` every API key is refused.
 */
export function createCallers(verify: SessionVerifier, verifyKey: ApiKeyVerifier = async () => null) {
  const perRequest = new WeakMap<object, Promise<Caller | null>>();
  const check = async (request: HeaderSource): Promise<Caller | null> => {
    const token = tokenFromRequest(request);
    const key = apiKeyFromRequest(request);
    const requestId = headerOf(request, REQUEST_ID_HEADER) ?? undefined;
    if (key && token) throw bothCredentials();
    if (key) return (await verifyKey(key, requestId)) ?? Promise.reject(apiKeyRefused());
    return token ? verify(token, requestId) : null;
  };
  const callerOf = (request: HeaderSource): Promise<Caller | null> => {
    let caller = perRequest.get(request);
    if (!caller) {
      caller = check(request);
      perRequest.set(request, caller);
    }
    return caller;
  };
  return {
    callerOf,
    async headersFor(request: HeaderSource, audience: string): Promise<Record<string, string>> {
      return signCallerHeaders(await callerOf(request), headerOf(request, CLIENT_ADDRESS_HEADER) || null, audience);
    },
  };
}

export type Callers = ReturnType<typeof createCallers>;
