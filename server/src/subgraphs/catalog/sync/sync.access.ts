import { BEHEERDER_ROLLEN, requireRol } from '../../../core/access.js';
import type { CatalogContext } from '../catalog.context.js';

/** The organisaties whose registratiecodes the caller may sync: a beheerder's own. */
export function syncOrganisaties(ctx: CatalogContext): string[] {
  return requireRol(ctx, BEHEERDER_ROLLEN, 'Alleen koppelingen en beheerders kunnen registratiecodes ophalen.').organisatieIds;
}
