import type { Rol } from '../../__generated__/graphql';

export const ROLLEN: { rol: Rol; label: string }[] = [
  { rol: 'PROFESSIONAL', label: 'Professional (klantmanager of adviseur)' },
  { rol: 'REGIO_BEHEERDER', label: 'Regiobeheerder' },
  { rol: 'LANDELIJK_BEHEERDER', label: 'Landelijk beheerder' },
];

export const rolLabel = (rol: Rol) => ROLLEN.find((r) => r.rol === rol)?.label ?? rol;
