const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const number = new Intl.NumberFormat('nl-NL');
const date = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const day = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
const dateTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });

/** A `Decimal` from the API ("1234.50") as "€ 1.234,50". */
export const formatEuro = (decimal: string): string => euro.format(Number(decimal));

/** A count or measure as Dutch readers write it ("1.234", "2,5"). */
export const formatNumber = (value: number): string => number.format(value);

/**
 * A `LocalDate` ("2026-02-03") as "3 februari 2026". Read and written in UTC: the date has no time zone, and
 * the browser's own zone must not move it a day.
 */
export function formatDate(localDate: string): string {
  const [year, month, day] = localDate.split('-').map(Number);
  return date.format(new Date(Date.UTC(year!, month! - 1, day!)));
}

/** A `DateTimeISO` as Amsterdam time ("3 februari 2026 om 14:05"), the time the platform works in. */
export const formatDateTime = (iso: string): string => dateTime.format(new Date(iso));

/** The Amsterdam calendar day of a `DateTimeISO` ("3 februari 2026"): when something was written, without the time. */
export const formatDay = (iso: string): string => day.format(new Date(iso));
