import { InsightsInstrument } from './instrument.entity.js';
import { Interactie } from './interactie.entity.js';
import { ROLLUP_ENTITIES } from './rollup.entity.js';

export const INSIGHTS_ENTITIES = [Interactie, InsightsInstrument, ...ROLLUP_ENTITIES];
