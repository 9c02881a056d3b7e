import { isUuid } from '../../core/ids.js';
import { requireText, type Problems } from '../../core/problems.js';
import { isEmail } from '../../core/validators.js';
import { MIN_PASSWORD_LENGTH } from './password.js';

/** E-mail addresses are compared case-insensitively: stored and looked up lower-cased and trimmed. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export function checkEmail(problems: Problems, email: string, field = 'email'): void {
  problems.check(isEmail(normalizeEmail(email)), field, 'Vul een geldig e-mailadres in.');
}

export function checkNaam(problems: Problems, naam: string, field = 'naam'): void {
  requireText(problems, field, naam, 'een naam', 200);
}

export function checkPassword(problems: Problems, password: string, field: string): void {
  problems.check([...password].length >= MIN_PASSWORD_LENGTH, field, `Het wachtwoord moet minstens ${MIN_PASSWORD_LENGTH} tekens hebben.`);
}

export function checkOrganisatieIds(problems: Problems, ids: string[], field = 'organisatieIds'): void {
  problems.check(ids.every((id) => isUuid(id)), field, 'Een van de organisaties is geen geldige id.');
}
