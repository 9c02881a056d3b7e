import { registerEnumType } from 'type-graphql';
import type { Rol as CallerRol } from '../../core/caller.js';

export enum Rol {
  LANDELIJK_BEHEERDER = 'LANDELIJK_BEHEERDER',
  REGIO_BEHEERDER = 'REGIO_BEHEERDER',
  PROFESSIONAL = 'PROFESSIONAL',
}
registerEnumType(Rol, {
  name: 'Rol',
  description: 'LANDELIJK_BEHEERDER: beheert alles en maakt accounts aan. REGIO_BEHEERDER: beheert de instrumenten van de eigen organisaties. PROFESSIONAL: klantmanager of adviseur.',
});

// The enum and core's Rol (what the gateway signs) must name the same roles.
const sameRoles: Record<CallerRol, Rol> = Rol;
void sameRoles;
