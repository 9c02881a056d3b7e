import { signCallerHeaders, type Caller } from '../core/caller.js';
import { tokenFromCookieHeader } from '../subgraphs/accounts/session-cookie.js';

/**
 * The header the gateway's own HTTP wrapper writes with the socket's remote address. Whatever a client sends
 * under this name is overwritten, so it cannot pose as another address (rate limits are per address).
 */
export const CLIENT_ADDRESS_HEADER = 'x-gateway-client-address';

/** The session token of a client request: `Authorization: Bearer <token>`, else the `sessie` cookie. */
export function tokenFromRequest(request: Request): string | null {
  const authorization = request.headers.get('authorization');
  const bearer = authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  return bearer ?? tokenFromCookieHeader(request.headers.get('cookie'));
}

const VERIFY_QUERY = 'query SessieCaller($token: String!) { sessieCaller(token: $token) { id rol organisatieIds sessieId } }';

/**
 * Asks the accounts subgraph who a token belongs to (a field hidden from the public API). Anything but a clear
 * answer counts as no session: the request goes on anonymously instead of failing.
 */
export function createSessionVerifier(accountsUrl: string, log: (message: string, error?: unknown) => void = console.error) {
  return async (token: string): Promise<Caller | null> => {
    try {
      const response = await fetch(accountsUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: VERIFY_QUERY, variables: { token } }),
      });
      const body = (await response.json()) as { data?: { sessieCaller: Caller | null } };
      return body.data?.sessieCaller ?? null;
    } catch (error) {
      log('Sessie controleren bij accounts mislukt', error);
      return null;
    }
  };
}

/**
 * The signed caller headers for every subgraph request of one client request. The token is verified once per
 * client request (the gateway fetches from several subgraphs, often more than once): the promise is kept per
 * Request object, which lives exactly as long as the client request.
 */
export function createCallerHeaders(verify: (token: string) => Promise<Caller | null>) {
  const perRequest = new WeakMap<Request, Promise<Record<string, string>>>();
  return (request: Request): Promise<Record<string, string>> => {
    let headers = perRequest.get(request);
    if (!headers) {
      const token = tokenFromRequest(request);
      const clientAddress = request.headers.get(CLIENT_ADDRESS_HEADER) || null;
      headers = (token ? verify(token) : Promise.resolve(null)).then((caller) => signCallerHeaders(caller, clientAddress));
      perRequest.set(request, headers);
    }
    return headers;
  };
}
