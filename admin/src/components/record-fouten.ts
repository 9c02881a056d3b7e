import { CombinedGraphQLErrors } from '@apollo/client';
import { errorCode, formErrorsOf } from '@instrumentengidsen/ui';

/**
 * What to tell the beheerder after a failed change of a record. A CONFLICT carries the server's own Dutch
 * sentence, which says what is wrong ("... is nog gekoppeld aan 2 instrumenten", "Iemand anders heeft ... intussen
 * gewijzigd"): that is worth more than a general text, so it is shown as it is.
 */
export function recordFout(error: unknown): { code: string | undefined; melding: string } {
  const code = errorCode(error);
  if (code === 'CONFLICT' && CombinedGraphQLErrors.is(error) && error.errors[0]?.message) return { code, melding: error.errors[0].message };
  return { code, melding: formErrorsOf(error).message ?? 'Er ging iets mis. Probeer het later opnieuw.' };
}

/**
 * Whether a CONFLICT is the stale-version one (core/constraints.ts `staleVersion`, or a link made meanwhile),
 * which a reload solves; the others (still in use, a name taken) need the beheerder to change something else.
 */
export const isVerouderd = (melding: string): boolean => /intussen (ergens gekoppeld of )?gewijzigd/.test(melding);
