import { InsightsInstrument } from './instrument.entity.js';
import { Interactie } from './interactie.entity.js';

export const INSIGHTS_ENTITIES = [Interactie, InsightsInstrument];
