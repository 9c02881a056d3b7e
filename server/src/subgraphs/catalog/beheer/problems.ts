import { badUserInput, type FieldProblem } from '../../../core/errors.js';

/** Collects every wrong field of an input, so the form can show them all at once. */
export class Problems {
  readonly list: FieldProblem[] = [];

  add(field: string, message: string): void {
    this.list.push({ field, message });
  }

  check(condition: boolean, field: string, message: string): void {
    if (!condition) this.add(field, message);
  }

  /** Throws BAD_USER_INPUT naming every problem, in Dutch, when there is one. */
  throwIfAny(summary = 'Niet alle velden zijn goed ingevuld.'): void {
    if (this.list.length) {
      throw badUserInput(`${summary} ${this.list.map((p) => `${p.field}: ${p.message}`).join(' ')}`, this.list);
    }
  }
}

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}$/i;
/** Dutch numbers as people type them: 020-1234567, 06 12345678, +31 20 123 4567, 0800-1234. */
const TELEFOON = /^(\+31|0031|0)[1-9][0-9 \-]{6,12}$/;
const URL_PROTOCOLS = new Set(['http:', 'https:']);

export const isEmail = (value: string) => value.length <= 254 && EMAIL.test(value);
export const isTelefoon = (value: string) => TELEFOON.test(value.trim()) && value.replace(/\D/g, '').length >= 9;
export function isWebUrl(value: string): boolean {
  try {
    return URL_PROTOCOLS.has(new URL(value).protocol);
  } catch {
    return false;
  }
}
