import type { Problems } from '../../../core/problems.js';

/**
 * How many koppelingen one instrument (or aanbieder) may have. Chosen well above what a real instrument needs
 * (the demo content and the source documents use a handful of each), so only a runaway script or a hostile
 * caller meets them: every item costs a row, a statement on save and bytes on every page that shows it.
 */
export const MAX_ITEMS = {
  kenmerken: 200, // both guides have about 90 standard kenmerken, plus eigen doelgroepen
  regios: 50, // there are 35 arbeidsmarktregio's
  gemeenten: 400, // there are 342 gemeenten
  wijken: 500,
  contactpersonen: 20,
  locaties: 100,
  registratiecodes: 50,
  links: 20,
  videos: 10,
} as const;

/** Maximum lengths of free text, in characters (after trimming, and for opgemaakte tekst after sanitizing). */
export const MAX_LENGTH = {
  naam: 200,
  label: 200,
  contactLabel: 100,
  code: 50,
  url: 2_000,
  /** A YouTube link with its parameters; the stored identifier is 11 characters. */
  youtube: 500,
  plain: 2_000,
  rich: 20_000,
  /**
   * Opgemaakte tekst as sent, before sanitizing: Word's markup can be several times the visible text, but
   * sanitizing megabytes would make one request keep the process busy.
   */
  richRaw: 200_000,
  /** A category or kenmerk code named in an argument (EVA_TEGEL, DG-1A2B3C4D). */
  categorie: 100,
  /** The text filter of the own instrument list. */
  zoektekst: 200,
} as const;

/** Adds a problem when the list is longer than `max`; the caller then skips checking its items. */
export function checkCount(problems: Problems, field: string, list: readonly unknown[] | null | undefined, max: number, what: string): boolean {
  if (!list || list.length <= max) return true;
  problems.add(field, `Hoogstens ${max} ${what} (nu ${list.length}).`);
  return false;
}

/** Adds a problem when the (trimmed) text is longer than `max`. */
export function checkLength(problems: Problems, field: string, value: string | null | undefined, max: number): void {
  if (value && value.length > max) problems.add(field, `Gebruik hoogstens ${max} tekens (nu ${value.length}).`);
}
