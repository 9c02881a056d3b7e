import type { Caller, RequestIdentity } from '../../../core/caller.js';
import { forbidden, unauthenticated } from '../../../core/errors.js';

/**
 * Who may change what (Dennis handleiding 2.2: "Beheerders zijn beperkt tot organisaties waar ze zelf deel
 * van uit maken"). The landelijk beheerder is responsible for the national content and may change
 * everything; a regiobeheerder only the content of their own organisaties, and never national instruments.
 * Professionals and anonymous callers change nothing.
 */
export function requireBeheerder(identity: RequestIdentity): Caller {
  const caller = identity.caller;
  if (!caller) throw unauthenticated('Log in om de gids te beheren.');
  if (caller.rol !== 'LANDELIJK_BEHEERDER' && caller.rol !== 'REGIO_BEHEERDER') {
    throw forbidden('Alleen beheerders kunnen de gids wijzigen.');
  }
  return caller;
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
