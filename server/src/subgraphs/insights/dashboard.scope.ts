import { BEHEERDER_ROLLEN, requireRol } from '../../core/access.js';
import type { RequestIdentity } from '../../core/caller.js';
import { Problems } from '../../core/problems.js';
import type { DashboardFilterArgs } from './dashboard.types.js';
import { REGIO_CODE } from './interactie.validation.js';

export const MAX_ROWS = 100;
const MAX_YEARS = 2;

/**
 * Beheerders only. A regiobeheerder sees the interaction data of a regio, so must name one: the caller carries
 * organisatieIds, not regio's, and the organisatie→regio relation lives in the catalog (not checked here yet).
 */
export function checkDashboardFilter(identity: RequestIdentity, args: DashboardFilterArgs, first?: number): void {
  const caller = requireRol(identity, BEHEERDER_ROLLEN, 'Alleen beheerders kunnen het dashboard bekijken.', 'Log in om het dashboard te bekijken.');
  const problems = new Problems();
  if (args.regio && !REGIO_CODE.test(args.regio)) problems.add('regio', 'Geef een regiocode zoals AM01.');
  else if (!args.regio && caller.rol === 'REGIO_BEHEERDER') problems.add('regio', 'Kies een regio.');
  if (args.van > args.tot) problems.add('tot', 'De laatste dag mag niet voor de eerste dag liggen.');
  else if (args.tot >= yearsLater(args.van, MAX_YEARS)) problems.add('tot', `Kies een periode van hoogstens ${MAX_YEARS} jaar.`);
  if (first !== undefined && (first < 1 || first > MAX_ROWS)) problems.add('first', `Kies 1 tot en met ${MAX_ROWS} rijen.`);
  problems.throwIfAny();
}

/** The same calendar day `years` later, as YYYY-MM-DD (29 February rolls to 1 March). */
function yearsLater(day: string, years: number): string {
  const date = new Date(day + 'T00:00:00Z');
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.toISOString().slice(0, 10);
}
