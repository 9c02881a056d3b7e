import { notFound } from '../../core/errors.js';
import { Instrument } from './instrument.entity.js';
import { amsterdamToday, isPublishedOn } from '../../core/publicatie.js';


export class InstrumentService {
  /** The public view: an instrument that is not published today does not exist for the caller. */
  assertVisible(instrument: Instrument | null, id: string): Instrument {
    if (!instrument || !isPublishedOn(instrument, amsterdamToday())) throw notFound('Instrument', id);
    return instrument;
  }
}
