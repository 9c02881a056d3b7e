import { badUserInput, notFound } from '../../core/errors.js';
import { Instrument } from './instrument.entity.js';
import { amsterdamToday, isPublishedOn } from './publicatie.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function assertUuid(id: string, field: string): void {
  if (!UUID.test(id)) throw badUserInput(`'${id}' is geen geldig id.`, [{ field, message: 'Ongeldig id.' }]);
}

export class InstrumentService {
  /** The public view: an instrument that is not published today does not exist for the caller. */
  assertVisible(instrument: Instrument | null, id: string): Instrument {
    if (!instrument || !isPublishedOn(instrument, amsterdamToday())) throw notFound('Instrument', id);
    return instrument;
  }
}
