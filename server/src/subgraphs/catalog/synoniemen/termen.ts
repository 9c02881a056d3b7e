import { clean, type Problems } from '../../../core/problems.js';

export const MIN_TERMEN = 2;
export const MAX_TERMEN = 20;
const MIN_LENGTE = 2;
const MAX_LENGTE = 40;
export const MAX_TOELICHTING = 500;

/** One word: letters and digits, with hyphens only between them ("re-integratie", "nt2"). */
const WOORD = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;

/** A term as the search index compares it: trimmed, lower case, accents kept. */
export const normaliseer = (term: string) => term.trim().toLocaleLowerCase('nl-NL');

function checkTerm(problems: Problems, field: string, term: string): void {
  if (!term) problems.add(field, 'Vul hier een woord in, of haal de lege regel weg.');
  else if (/\s/.test(term)) problems.add(field, `'${term}' is meer dan één woord. Zet elk woord apart.`);
  else if (!WOORD.test(term)) problems.add(field, `'${term}' mag alleen letters en cijfers hebben, met hoogstens een streepje tussen twee delen (zoals re-integratie).`);
  else if (term.length < MIN_LENGTE) problems.add(field, `'${term}' is te kort: een woord heeft minstens ${MIN_LENGTE} tekens.`);
  else if (term.length > MAX_LENGTE) problems.add(field, `'${term}' is te lang: een woord heeft hoogstens ${MAX_LENGTE} tekens.`);
}

/**
 * The terms of a group, normalised, with every problem in `problems`: a wrong word at `termen[i]`, too few or
 * too many at `termen`. The same word twice is a problem at its second place.
 */
export function checkTermen(problems: Problems, given: readonly string[]): string[] {
  const termen = given.map(normaliseer);
  if (termen.length < MIN_TERMEN) problems.add('termen', `Geef minstens ${MIN_TERMEN} woorden: een groep zegt dat woorden hetzelfde betekenen.`);
  if (termen.length > MAX_TERMEN) problems.add('termen', `Geef hoogstens ${MAX_TERMEN} woorden. Maak anders een tweede groep.`);
  const gezien = new Set<string>();
  // A list far too long gets its count problem only, not a problem per word (a request of thousands of words).
  if (termen.length > 5 * MAX_TERMEN) return termen;
  termen.forEach((term, i) => {
    const field = `termen[${i}]`;
    if (term && gezien.has(term)) problems.add(field, `'${term}' staat al eerder in deze groep.`);
    else checkTerm(problems, field, term);
    gezien.add(term);
  });
  return termen;
}

export function checkToelichting(problems: Problems, value: string | null | undefined): string | null {
  const toelichting = clean(value);
  if (toelichting && toelichting.length > MAX_TOELICHTING) problems.add('toelichting', `De toelichting mag niet langer zijn dan ${MAX_TOELICHTING} tekens.`);
  return toelichting;
}
