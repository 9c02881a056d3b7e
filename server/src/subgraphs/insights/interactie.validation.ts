import { isUuid } from '../../core/ids.js';
import type { Problems } from '../../core/problems.js';
import { InteractieSoort } from './insights.enums.js';
import type { InteractieInput } from './interactie.input.js';

export const MAX_EVENTS_PER_BATCH = 50;
const MAX_KENMERKEN = 100;

// Formats only: the catalog does not publish its kenmerk and gebied codes yet, so a well-formed unknown code passes.
const KENMERK_CODE = /^[A-Z]{2}[0-9]{2}$/;
export const REGIO_CODE = /^AM[0-9]{2}$/;
const GEMEENTE_CODE = /^GM[0-9]{4}$/;
// Random ids only (uuid, base64url, hex): no room for an e-mail address or a name.
const TAB_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The gids of each instrument insights knows, by id. */
export type KnownInstruments = ReadonlyMap<string, string>;

/** The instrument ids of a batch worth looking up: well-formed ones, each once. */
export function instrumentIdsOf(events: readonly InteractieInput[]): string[] {
  return [...new Set(events.map((e) => e.instrumentId).filter((id): id is string => !!id && isUuid(id)))];
}

/** Adds every problem of every event, named `events[i].field`, so one answer lists them all. */
export function checkEvents(problems: Problems, events: readonly InteractieInput[], known: KnownInstruments): void {
  events.forEach((event, index) => checkEvent(problems, event, `events[${index}]`, known));
}

function checkEvent(problems: Problems, event: InteractieInput, at: string, known: KnownInstruments): void {
  const { instrumentId, kenmerken, resultaten } = event;
  if (!instrumentId) {
    problems.check(event.soort === InteractieSoort.ZOEKEN, `${at}.instrumentId`, `Geef het instrument mee bij ${event.soort}.`);
  } else if (!isUuid(instrumentId)) {
    problems.add(`${at}.instrumentId`, 'Ongeldig id.');
  } else if (!known.has(instrumentId)) {
    problems.add(`${at}.instrumentId`, 'Dit instrument bestaat niet.');
  } else {
    problems.check(known.get(instrumentId) === event.gids, `${at}.gids`, 'Dit instrument hoort bij de andere gids.');
  }
  if (resultaten === null || resultaten === undefined) {
    problems.check(event.soort !== InteractieSoort.ZOEKEN, `${at}.resultaten`, 'Geef het aantal resultaten van de zoekopdracht mee.');
  } else {
    problems.check(resultaten >= 0, `${at}.resultaten`, 'Het aantal resultaten kan niet negatief zijn.');
  }
  if (kenmerken) {
    const wrong = kenmerken.filter((code) => !KENMERK_CODE.test(code));
    if (kenmerken.length > MAX_KENMERKEN) problems.add(`${at}.kenmerken`, `Geef hoogstens ${MAX_KENMERKEN} kenmerken mee.`);
    else if (wrong.length) problems.add(`${at}.kenmerken`, `Onbekende kenmerkcode: ${wrong.slice(0, 5).join(', ')}.`);
  }
  if (event.regio) problems.check(REGIO_CODE.test(event.regio), `${at}.regio`, 'Geef de regio als code, zoals AM01.');
  if (event.gemeente) problems.check(GEMEENTE_CODE.test(event.gemeente), `${at}.gemeente`, 'Geef de gemeente als code, zoals GM0363.');
  if (event.tab) problems.check(TAB_ID.test(event.tab), `${at}.tab`, 'Het tabblad-id is hoogstens 64 letters, cijfers, - of _.');
}
