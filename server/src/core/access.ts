import type { Caller, RequestIdentity, Rol } from './caller.js';
import { forbidden, unauthenticated } from './errors.js';
import { assertUuid, isUuid } from './ids.js';
import type { Problems } from './problems.js';

/** The logged-in caller, or UNAUTHENTICATED. */
export function requireCaller(identity: RequestIdentity, message?: string): Caller {
  if (!identity.caller) throw unauthenticated(message);
  return identity.caller;
}

/** The logged-in caller when they have one of `rollen`; otherwise UNAUTHENTICATED or FORBIDDEN with `message`. */
export function requireRol(identity: RequestIdentity, rollen: readonly Rol[], message: string, unauthenticatedMessage?: string): Caller {
  const caller = requireCaller(identity, unauthenticatedMessage);
  if (!rollen.includes(caller.rol)) throw forbidden(message);
  return caller;
}

/** Accounts and other platform-wide settings are for the landelijk beheerder only. */
export function requireLandelijkBeheerder(identity: RequestIdentity): Caller {
  return requireRol(identity, ['LANDELIJK_BEHEERDER'], 'Alleen een landelijk beheerder mag dit doen.');
}

export const BEHEERDER_ROLLEN: readonly Rol[] = ['LANDELIJK_BEHEERDER', 'REGIO_BEHEERDER'];

/**
 * Who may change what (Dennis handleiding 2.2: "Beheerders zijn beperkt tot organisaties waar ze zelf deel
 * van uit maken"). The landelijk beheerder is responsible for the national content and may change
 * everything; a regiobeheerder only the content of their own organisaties, and never national content.
 * Professionals and anonymous callers change nothing.
 */
export function requireBeheerder(identity: RequestIdentity): Caller {
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
