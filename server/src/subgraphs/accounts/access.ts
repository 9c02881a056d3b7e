import type { Caller } from '../../core/caller.js';
import { forbidden, unauthenticated } from '../../core/errors.js';
import { Rol } from './accounts.enums.js';
import type { AccountsContext } from './accounts.context.js';

/** The logged-in caller, or UNAUTHENTICATED. */
export function requireCaller(ctx: AccountsContext): Caller {
  if (!ctx.caller) throw unauthenticated();
  return ctx.caller;
}

export function requireRol(ctx: AccountsContext, ...rollen: Rol[]): Caller {
  const caller = requireCaller(ctx);
  if (!rollen.includes(caller.rol as Rol)) throw forbidden('Alleen een landelijk beheerder mag dit doen.');
  return caller;
}
