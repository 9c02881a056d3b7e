/** Built once: constructing an Intl formatter (time zone data) costs more than a whole page's search. */
const AMSTERDAM_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Europe/Amsterdam as YYYY-MM-DD: publication windows are Dutch calendar days. */
export function amsterdamToday(now: Date = new Date()): string {
  return AMSTERDAM_DATE.format(now);
}

/** Published and `today` (YYYY-MM-DD) inside the window, both ends included. */
export function isPublishedOn(
  instrument: { publiceren: boolean; publiceerVanaf: string | null; publiceerTotEnMet: string | null },
  today: string,
): boolean {
  return (
    instrument.publiceren &&
    (instrument.publiceerVanaf === null || instrument.publiceerVanaf <= today) &&
    (instrument.publiceerTotEnMet === null || instrument.publiceerTotEnMet >= today)
  );
}
