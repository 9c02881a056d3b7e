import { createHmac, timingSafeEqual } from 'node:crypto';
import { unauthenticated } from './errors.js';
import { purposeKey } from './secrets.js';

/** The roles of the beheeromgeving, as the accounts subgraph hands them out. */
export type Rol = 'LANDELIJK_BEHEERDER' | 'REGIO_BEHEERDER' | 'PROFESSIONAL';

/**
 * The `rol` of a system calling with an API key instead of a person. Not a Rol: no check written for persons
 * (`rollen.includes`, `rol === 'REGIO_BEHEERDER'`) can let it through by accident.
 */
export const INTEGRATIE = 'INTEGRATIE';

/** What an API key may read (accounts' enum ApiKeyScope names the same). */
export type ApiKeyScope = 'REGISTRATIECODES' | 'DASHBOARD';

/** Who is calling, as verified once by the gateway: a person with a session, or a system with an API key. */
export interface Caller {
  /** The gebruiker's id; for an integration the API key's id. */
  id: string;
  rol: Rol | typeof INTEGRATIE;
  /** The organisaties the caller belongs to (catalog Organisatie ids); an integration: its key's organisatie. */
  organisatieIds: string[];
  /** The accounts session the caller logged in with (so logout can end exactly that session). */
  sessieId?: string;
  /** An integration's scopes; absent for persons. */
  scopes?: ApiKeyScope[];
}

/** A caller that is a person (a session), not an integration. */
export type PersonCaller = Caller & { rol: Rol };

export const isIntegration = (caller: Caller | null): boolean => caller?.rol === INTEGRATIE;

/** What a subgraph knows about a request: the caller (null: anonymous) and whether the gateway vouched for it. */
export interface RequestIdentity {
  caller: Caller | null;
  /** True when the request carries a valid gateway signature; mutations require it. */
  viaGateway: boolean;
  /** The client's address as the gateway saw it (for rate limits); null outside the gateway. */
  clientAddress: string | null;
}

export const CALLER_HEADER = 'x-caller';
export const CALLER_SIGNATURE_HEADER = 'x-caller-signature';
/**
 * A signed header older than this is refused, so a captured one cannot be replayed for long. The gateway signs
 * right before each subgraph fetch, so 30 s leaves room only for clock skew between hosts.
 */
export const CALLER_MAX_AGE_MS = 30_000;

interface CallerPayload {
  caller: Caller | null;
  clientAddress: string | null;
  /** The subgraph the header was made for: a header captured at one subgraph is worthless at another. */
  audience: string;
  issuedAt: number;
}

const sign = (value: string) => createHmac('sha256', purposeKey('caller-header')).update(value).digest('base64url');

/** The headers the gateway adds to every request to the subgraph `audience`. */
export function signCallerHeaders(caller: Caller | null, clientAddress: string | null, audience: string, now = Date.now()): Record<string, string> {
  const payload: CallerPayload = { caller, clientAddress, audience, issuedAt: now };
  const value = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
  return { [CALLER_HEADER]: value, [CALLER_SIGNATURE_HEADER]: sign(value) };
}

type HeaderBag = Record<string, string | string[] | undefined>;

const single = (headers: HeaderBag, name: string) => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * Reads the caller from a request's headers at the subgraph `audience` (its own name). No header: an anonymous
 * request that did not come through the gateway. A header with a missing, wrong or stale signature, or one
 * made for another subgraph, is refused outright.
 */
export function readIdentity(headers: HeaderBag, audience: string, now = Date.now()): RequestIdentity {
  const value = single(headers, CALLER_HEADER);
  const signature = single(headers, CALLER_SIGNATURE_HEADER);
  if (value === undefined && signature === undefined) return { caller: null, viaGateway: false, clientAddress: null };
  if (!value || !signature) throw unauthenticated('De aanvraag heeft een ongeldige ondertekening.');
  const expected = Buffer.from(sign(value));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw unauthenticated('De aanvraag heeft een ongeldige ondertekening.');
  }
  const payload = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as CallerPayload;
  if (payload.audience !== audience) throw unauthenticated('De aanvraag is ondertekend voor een andere dienst.');
  if (!(Math.abs(now - payload.issuedAt) <= CALLER_MAX_AGE_MS)) throw unauthenticated('De aanvraag is verlopen.');
  return { caller: payload.caller, viaGateway: true, clientAddress: payload.clientAddress };
}

export const ANONYMOUS: RequestIdentity = { caller: null, viaGateway: false, clientAddress: null };
