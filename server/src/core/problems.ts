import { badUserInput, type FieldProblem } from './errors.js';

const SUMMARY = 'Niet alle velden zijn goed ingevuld.';

/**
 * Collects every wrong field of an input, so a form can mark them all at once; `throwIfAny` ends the check.
 * The one way every subgraph reports field problems (BAD_USER_INPUT with `extensions.fields`).
 */
export class Problems {
  readonly list: FieldProblem[] = [];

  add(field: string, message: string): void {
    this.list.push({ field, message });
  }

  check(condition: boolean, field: string, message: string): void {
    if (!condition) this.add(field, message);
  }

  /**
   * Throws BAD_USER_INPUT naming every problem, in Dutch, when there is one. Without a summary a single
   * problem is the whole message; several are listed after a general summary.
   */
  throwIfAny(summary?: string): void {
    if (!this.list.length) return;
    const only = this.list.length === 1 ? this.list[0] : undefined;
    const message = only && summary === undefined ? only.message : `${summary ?? SUMMARY} ${this.list.map((p) => `${p.field}: ${p.message}`).join(' ')}`;
    throw badUserInput(message, this.list);
  }
}

/** Trimmed text, or null when empty. */
export function clean(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** A required text field: trimmed, not empty, not too long. `label` completes "Vul ... in.": 'de naam'. */
export function requireText(problems: Problems, field: string, value: string | null | undefined, label: string, max = 200): string {
  const text = clean(value);
  if (!text) problems.add(field, `Vul ${label} in.`);
  else if (text.length > max) problems.add(field, `${label.charAt(0).toUpperCase()}${label.slice(1)} mag niet langer zijn dan ${max} tekens.`);
  return text ?? '';
}
