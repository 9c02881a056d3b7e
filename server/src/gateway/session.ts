import type { IncomingHttpHeaders } from 'node:http';
import { signCallerHeaders, type Caller } from '../core/caller.js';
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

/**
 * The session check did not get a clear answer (accounts down, slow or failing). A request that sent a token is
 * then answered 503 instead of going on anonymously: a beheerder would otherwise see their work vanish (me: null,
 * UNAUTHENTICATED) and be told to log in again while their session is fine.
 */
export class SessionCheckUnavailable extends Error {
  readonly code = 'SERVICE_UNAVAILABLE';
  constructor(cause: unknown) {
    super('Je inlog kan nu niet worden gecontroleerd. Probeer het over een paar seconden opnieuw.', { cause });
  }
}

const VERIFY_QUERY = 'query SessieCaller($token: String!) { sessieCaller(token: $token) { id rol organisatieIds sessieId } }';

export type SessionVerifier = (token: string, requestId?: string) => Promise<Caller | null>;

/**
 * Asks the accounts subgraph who a token belongs to (a field hidden from the public API). Only an answer with
 * `sessieCaller` counts: a caller, or null for an unknown, revoked or expired token. No answer within
 * `timeoutMs`, a network error or a GraphQL error throws SessionCheckUnavailable.
 */
export function createSessionVerifier(accountsUrl: string, timeoutMs = 3000, log = logger): SessionVerifier {
  return async (token, requestId) => {
    try {
      const response = await fetch(accountsUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(requestId ? { [REQUEST_ID_HEADER]: requestId } : {}) },
        body: JSON.stringify({ query: VERIFY_QUERY, variables: { token } }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const body = (await response.json()) as { data?: { sessieCaller?: Caller | null } | null };
      if (!body.data || body.data.sessieCaller === undefined) throw new Error(`accounts answered ${response.status} without sessieCaller`);
      return body.data.sessieCaller;
    } catch (error) {
      log.warn({ err: error, requestId }, 'session check at accounts failed');
      throw new SessionCheckUnavailable(error);
    }
  };
}

/**
 * The caller of each client request and the signed headers for each subgraph request it causes. The token is
 * verified once per client request (the gateway fetches from several subgraphs, often more than once): the
 * promise is kept per request object, which lives exactly as long as the client request. The headers are signed
 * per subgraph (the audience) and per fetch, so each is fresh and valid at that subgraph only.
 */
export function createCallers(verify: SessionVerifier) {
  const perRequest = new WeakMap<object, Promise<Caller | null>>();
  const callerOf = (request: HeaderSource): Promise<Caller | null> => {
    let caller = perRequest.get(request);
    if (!caller) {
      const token = tokenFromRequest(request);
      caller = token ? verify(token, headerOf(request, REQUEST_ID_HEADER) ?? undefined) : Promise.resolve(null);
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
