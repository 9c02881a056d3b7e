import { requireDashboardViewer } from '../../core/access.js';
import type { RequestIdentity } from '../../core/caller.js';
import { forbidden } from '../../core/errors.js';
import { Problems } from '../../core/problems.js';
import type { DashboardFilterArgs } from './dashboard.types.js';
import { REGIO_CODE } from './interactie.validation.js';
import type { OrganisatieRegios } from './organisatie-regios.js';

export const MAX_ROWS = 100;
const MAX_YEARS = 2;

/**
 * Beheerders only (and API keys with the DASHBOARD scope, as a regiobeheerder of their organisatie). A regiobeheerder sees the interaction data of the regio's of their organisaties (from the
 * catalog's `organisatie` topic), one at a time, so must name one; the landelijk beheerder sees everything.
 */
export function checkDashboardFilter(ctx: RequestIdentity & { services: { organisatieRegios: OrganisatieRegios } }, args: DashboardFilterArgs, first?: number): void {
  const caller = requireDashboardViewer(ctx);
  const problems = new Problems();
  if (args.regio && !REGIO_CODE.test(args.regio)) problems.add('regio', 'Geef een regiocode zoals AM01.');
  else if (!args.regio && caller.rol === 'REGIO_BEHEERDER') problems.add('regio', 'Kies een regio.');
  if (args.van > args.tot) problems.add('tot', 'De laatste dag mag niet voor de eerste dag liggen.');
  else if (args.tot >= yearsLater(args.van, MAX_YEARS)) problems.add('tot', `Kies een periode van hoogstens ${MAX_YEARS} jaar.`);
  if (first !== undefined && (first < 1 || first > MAX_ROWS)) problems.add('first', `Kies 1 tot en met ${MAX_ROWS} rijen.`);
  problems.throwIfAny();
  if (caller.rol === 'REGIO_BEHEERDER' && !ctx.services.organisatieRegios.regiosOf(caller.organisatieIds).has(args.regio!)) {
    throw forbidden('Je kunt alleen de gegevens van de regio van je eigen organisatie bekijken.');
  }
}

/** The same calendar day `years` later, as YYYY-MM-DD (29 February rolls to 1 March). */
function yearsLater(day: string, years: number): string {
  const date = new Date(day + 'T00:00:00Z');
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.toISOString().slice(0, 10);
}
