/**
 * The publication rule, once in TypeScript and once in SQL, side by side: change both or neither
 * (`__tests__/publicatie.test.ts` checks on PostgreSQL that they agree on every edge).
 */

/** Built once: constructing an Intl formatter (time zone data) costs more than a whole page's search. */
const AMSTERDAM_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Europe/Amsterdam as YYYY-MM-DD: publication windows are Dutch calendar days. */
export function amsterdamToday(now: Date = new Date()): string {
  return AMSTERDAM_DATE.format(now);
}

export interface PublicationWindow {
  publiceren: boolean;
  publiceerVanaf: string | null;
  publiceerTotEnMet: string | null;
}

/** The same values as the GraphQL enum InstrumentStatus. */
export type PublicationStatus = 'CONCEPT' | 'GEPLAND' | 'GEPUBLICEERD' | 'VERLOPEN';

/**
 * On `today` (YYYY-MM-DD): CONCEPT unless publiceren; VERLOPEN after tot en met; GEPLAND before vanaf; else
 * GEPUBLICEERD. Both ends of the window are included; an open end (null) never ends it.
 */
export function publicationStatus(window: PublicationWindow, today: string): PublicationStatus {
  if (!window.publiceren) return 'CONCEPT';
  if (window.publiceerTotEnMet !== null && window.publiceerTotEnMet < today) return 'VERLOPEN';
  if (window.publiceerVanaf !== null && window.publiceerVanaf > today) return 'GEPLAND';
  return 'GEPUBLICEERD';
}

/** Published and `today` (YYYY-MM-DD) inside the window, both ends included. */
export function isPublishedOn(window: PublicationWindow, today: string): boolean {
  return publicationStatus(window, today) === 'GEPUBLICEERD';
}

/**
 * `publicationStatus` in SQL over the instrument columns of table alias `alias`; `today` is a SQL expression of
 * type date (a parameter: `$1::date`), computed with amsterdamToday, never the database's own clock and zone.
 */
export function publicationStatusSql(alias: string, today: string): string {
  return `(CASE WHEN NOT ${alias}.publiceren THEN 'CONCEPT'
    WHEN ${alias}.publiceer_tot_en_met < ${today} THEN 'VERLOPEN'
    WHEN ${alias}.publiceer_vanaf > ${today} THEN 'GEPLAND'
    ELSE 'GEPUBLICEERD' END)`;
}

/** `isPublishedOn` in SQL (see publicationStatusSql). */
export function isPublishedSql(alias: string, today: string): string {
  return `${publicationStatusSql(alias, today)} = 'GEPUBLICEERD'`;
}
