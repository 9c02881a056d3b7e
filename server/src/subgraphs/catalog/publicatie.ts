/** Today's date in Europe/Amsterdam as YYYY-MM-DD: publication windows are Dutch calendar days. */
export function amsterdamToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * SQL condition: the instrument is published and `today` lies inside its window.
 * `alias` is the instrument table alias, `today` the placeholder holding amsterdamToday().
 */
export function publishedCondition(alias: string, today: string): string {
  const day = `CAST(${today} AS date)`;
  return `(${alias}.publiceren AND (${alias}.publiceer_vanaf IS NULL OR ${alias}.publiceer_vanaf <= ${day}) AND (${alias}.publiceer_tot_en_met IS NULL OR ${alias}.publiceer_tot_en_met >= ${day}))`;
}

/** The same rule as publishedCondition, for an instrument already loaded. */
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
