import type { InstrumentType } from '../__generated__/graphql';

/** Words for the choices of step 2 the API gives as values only. */
export const TYPE_LABELS: Record<InstrumentType, string> = { INSTRUMENT: 'Instrument', LEERWERKTRAJECT: 'Leerwerktraject' };

export const sterrenLabel = (n: number) => (n === 5 ? '5 sterren' : n === 1 ? 'Minstens 1 ster' : `Minstens ${n} sterren`);
