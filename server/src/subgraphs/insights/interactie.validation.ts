import { isUuid } from '../../core/ids.js';
import type { Problems } from '../../core/problems.js';
import type { BekendeCodes } from './bekende-codes.js';
import { InteractieSoort } from './insights.enums.js';
import type { InteractieInput } from './interactie.input.js';

export const MAX_EVENTS_PER_BATCH = 50;
const MAX_KENMERKEN = 100;

export const REGIO_CODE = /^AM[0-9]{2}$/;
// Random ids only (uuid, base64url, hex): no room for an e-mail address or a name.
const TAB_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** What an event may refer to: the gids of each instrument insights knows, by id, and the catalog's codes. */
export interface Known {
  instruments: ReadonlyMap<string, string>;
  codes: BekendeCodes;
}

/** The instrument ids of a batch worth looking up: well-formed ones, each once. */
export function instrumentIdsOf(events: readonly InteractieInput[]): string[] {
  return [...new Set(events.map((e) => e.instrumentId).filter((id): id is string => !!id && isUuid(id)))];
}

/** Adds every problem of every event, named `events[i].field`, so one answer lists them all. */
export function checkEvents(problems: Problems, events: readonly InteractieInput[], known: Known): void {
  events.forEach((event, index) => checkEvent(problems, event, `events[${index}]`, known));
}

function checkEvent(problems: Problems, event: InteractieInput, at: string, known: Known): void {
  const { instrumentId, kenmerken, resultaten } = event;
  if (!instrumentId) {
    problems.check(event.soort === InteractieSoort.ZOEKEN, `${at}.instrumentId`, `Geef het instrument mee bij ${event.soort}.`);
  } else if (!isUuid(instrumentId)) {
    problems.add(`${at}.instrumentId`, 'Ongeldig id.');
  } else if (!known.instruments.has(instrumentId)) {
    problems.add(`${at}.instrumentId`, 'Dit instrument bestaat niet.');
  } else {
    problems.check(known.instruments.get(instrumentId) === event.gids, `${at}.gids`, 'Dit instrument hoort bij de andere gids.');
  }
  if (resultaten === null || resultaten === undefined) {
    problems.check(event.soort !== InteractieSoort.ZOEKEN, `${at}.resultaten`, 'Geef het aantal resultaten van de zoekopdracht mee.');
  } else {
    problems.check(resultaten >= 0, `${at}.resultaten`, 'Het aantal resultaten kan niet negatief zijn.');
  }
  if (kenmerken) {
    const wrong = kenmerken.filter((code) => !known.codes.has('kenmerk', code));
    if (kenmerken.length > MAX_KENMERKEN) problems.add(`${at}.kenmerken`, `Geef hoogstens ${MAX_KENMERKEN} kenmerken mee.`);
    else if (wrong.length) problems.add(`${at}.kenmerken`, `Onbekende kenmerkcode: ${wrong.slice(0, 5).join(', ')}.`);
  }
  if (event.regio) problems.check(known.codes.has('regio', event.regio), `${at}.regio`, 'Onbekende regio: geef de code van een arbeidsmarktregio, zoals AM01.');
  if (event.gemeente) problems.check(known.codes.has('gemeente', event.gemeente), `${at}.gemeente`, 'Onbekende gemeente: geef de CBS-code, zoals GM0363.');
  if (event.tab) problems.check(TAB_ID.test(event.tab), `${at}.tab`, 'Het tabblad-id is hoogstens 64 letters, cijfers, - of _.');
}
