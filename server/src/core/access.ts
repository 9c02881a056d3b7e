import { isIntegration, type ApiKeyScope, type Caller, type PersonCaller, type RequestIdentity, type Rol } from './caller.js';
import { forbidden, unauthenticated } from './errors.js';
import { assertUuid, isUuid } from './ids.js';
import type { Problems } from './problems.js';

const NOT_WITH_API_KEY = 'Met een API-sleutel kun je dit niet doen.';

/**
 * The logged-in person, or UNAUTHENTICATED. An integration (API key) is FORBIDDEN: everything behind this check
 * acts as or for a person (a profile, a password, a review, beheer), which a system never is.
 */
export function requireCaller(identity: RequestIdentity, message?: string): PersonCaller {
  if (!identity.caller) throw unauthenticated(message);
  if (isIntegration(identity.caller)) throw forbidden(NOT_WITH_API_KEY);
  return identity.caller as PersonCaller;
}

/** The logged-in person; null when anonymous or an integration (for queries that answer null without a login). */
export function personOf(identity: RequestIdentity): PersonCaller | null {
  return identity.caller && !isIntegration(identity.caller) ? (identity.caller as PersonCaller) : null;
}

/**
 * The caller, when it may read what `scope` covers: an integration needs that scope on its key (FORBIDDEN
 * otherwise); a person passes, and the resolver applies its own rules for persons. UNAUTHENTICATED without a caller.
 */
export function requireScope(identity: RequestIdentity, scope: ApiKeyScope): Caller {
  const caller = identity.caller;
  if (!caller) throw unauthenticated();
  if (isIntegration(caller) && !caller.scopes?.includes(scope)) throw forbidden(`Deze API-sleutel mag dit niet: daarvoor is de scope ${scope} nodig.`);
  return caller;
}

/**
 * Who may read the data dashboard, as whom: beheerders as themselves; an integration with the DASHBOARD scope
 * sees exactly what a regiobeheerder of its key's organisatie sees, so every dashboard rule written for
 * regiobeheerders scopes it without knowing about keys.
 */
export function requireDashboardViewer(identity: RequestIdentity): PersonCaller {
  if (isIntegration(identity.caller)) {
    const key = requireScope(identity, 'DASHBOARD');
    return { id: key.id, rol: 'REGIO_BEHEERDER', organisatieIds: key.organisatieIds };
  }
  return requireRol(identity, BEHEERDER_ROLLEN, 'Alleen beheerders kunnen het dashboard bekijken.', 'Log in om het dashboard te bekijken.');
}

/** The logged-in caller when they have one of `rollen`; otherwise UNAUTHENTICATED or FORBIDDEN with `message`. */
export function requireRol(identity: RequestIdentity, rollen: readonly Rol[], message: string, unauthenticatedMessage?: string): PersonCaller {
  const caller = requireCaller(identity, unauthenticatedMessage);
  if (!rollen.includes(caller.rol)) throw forbidden(message);
  return caller;
}

/** Accounts and other platform-wide settings are for the landelijk beheerder only. */
export function requireLandelijkBeheerder(identity: RequestIdentity): PersonCaller {
  return requireRol(identity, ['LANDELIJK_BEHEERDER'], 'Alleen een landelijk beheerder mag dit doen.');
}

export const BEHEERDER_ROLLEN: readonly Rol[] = ['LANDELIJK_BEHEERDER', 'REGIO_BEHEERDER'];

/**
 * Who may change what (Dennis handleiding 2.2: "Beheerders zijn beperkt tot organisaties waar ze zelf deel
 * van uit maken"). The landelijk beheerder is responsible for the national content and may change
 * everything; a regiobeheerder only the content of their own organisaties, and never national content.
 * Professionals and anonymous callers change nothing.
 */
export function requireBeheerder(identity: RequestIdentity): PersonCaller {
  return requireRol(identity, BEHEERDER_ROLLEN, 'Alleen beheerders kunnen de gids wijzigen.', 'Log in om de gids te beheren.');
}

export function mayManage(caller: Caller, organisatieId: string | null): boolean {
  if (caller.rol === 'LANDELIJK_BEHEERDER') return true;
  return caller.rol === 'REGIO_BEHEERDER' && organisatieId !== null && caller.organisatieIds.includes(organisatieId);
}

export function assertMayManage(caller: Caller, organisatieId: string | null): void {
  if (!mayManage(caller, organisatieId)) {
    throw forbidden('Je kunt alleen gegevens beheren van organisaties waar je zelf bij hoort.');
  }
}

export function assertMayPublishLandelijk(caller: Caller, landelijk: boolean): void {
  if (landelijk && caller.rol !== 'LANDELIJK_BEHEERDER') {
    throw forbidden('Alleen de landelijk beheerder kan landelijke instrumenten beheren.');
  }
}

/** The organisaties whose records the caller may see as choices and change; null means all of them. */
export function manageableOrganisaties(caller: Caller): string[] | null {
  return caller.rol === 'LANDELIJK_BEHEERDER' ? null : caller.organisatieIds;
}

/**
 * The policy half of choosing an organisatie for a record: none or a malformed id is a field problem, an
 * organisatie the caller does not manage is FORBIDDEN. Returns whether the id is worth looking up; whether it
 * exists is for the subgraph that owns organisaties to say.
 */
export function checkOrganisatieKeuze(caller: Caller, problems: Problems, organisatieId: string | null | undefined): organisatieId is string {
  if (!organisatieId || !isUuid(organisatieId)) {
    problems.add('organisatieId', 'Kies een organisatie.');
    return false;
  }
  assertMayManage(caller, organisatieId);
  return true;
}

/** An optional organisatie filter of a beheer list: a well-formed id of an organisatie the caller manages. */
export function checkOrganisatieFilter(caller: Caller, organisatieId: string | null | undefined, field = 'organisatieId'): void {
  if (!organisatieId) return;
  assertUuid(organisatieId, field);
  assertMayManage(caller, organisatieId);
}
