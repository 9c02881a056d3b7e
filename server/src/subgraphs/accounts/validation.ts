import { badUserInput, type FieldProblem } from '../../core/errors.js';
import { isUuid } from '../../core/ids.js';
import { MIN_PASSWORD_LENGTH } from './password.js';

// Deliberately loose: one @, something on both sides, a dot in the domain. The mailbox decides the rest.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** E-mail addresses are compared case-insensitively: stored and looked up lower-cased and trimmed. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export function emailProblem(email: string, field = 'email'): FieldProblem | null {
  return EMAIL.test(normalizeEmail(email)) ? null : { field, message: 'Vul een geldig e-mailadres in.' };
}

export function naamProblem(naam: string, field = 'naam'): FieldProblem | null {
  const trimmed = naam.trim();
  if (!trimmed) return { field, message: 'Vul een naam in.' };
  return trimmed.length > 200 ? { field, message: 'De naam mag hoogstens 200 tekens hebben.' } : null;
}

export function passwordProblem(password: string, field: string): FieldProblem | null {
  return [...password].length < MIN_PASSWORD_LENGTH ? { field, message: `Het wachtwoord moet minstens ${MIN_PASSWORD_LENGTH} tekens hebben.` } : null;
}

export function organisatieIdsProblem(ids: string[], field = 'organisatieIds'): FieldProblem | null {
  return ids.every((id) => isUuid(id)) ? null : { field, message: 'Een van de organisaties is geen geldige id.' };
}

/** Throws one BAD_USER_INPUT listing every problem, so a form can mark all wrong fields at once. */
export function assertValid(...problems: (FieldProblem | null)[]): void {
  const found = problems.filter((p): p is FieldProblem => p !== null);
  if (found.length) throw badUserInput(found.length === 1 ? found[0]!.message : 'Niet alle velden zijn goed ingevuld.', found);
}
