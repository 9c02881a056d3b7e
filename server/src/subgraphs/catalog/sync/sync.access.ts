import { BEHEERDER_ROLLEN, requireRol, requireScope } from '../../../core/access.js';
import { isIntegration } from '../../../core/caller.js';
import type { CatalogContext } from '../catalog.context.js';

/**
 * The organisaties whose registratiecodes the caller may sync: a key with the REGISTRATIECODES scope its own
 * organisatie's, a beheerder their own organisaties' (to check what their systems receive).
 */
export function syncOrganisaties(ctx: CatalogContext): string[] {
  if (isIntegration(ctx.caller)) return requireScope(ctx, 'REGISTRATIECODES').organisatieIds;
  return requireRol(ctx, BEHEERDER_ROLLEN, 'Alleen koppelingen en beheerders kunnen registratiecodes ophalen.').organisatieIds;
}
