import { ReviewInstrument } from './instrument.entity.js';
import { ReviewAuditRecord } from './review-audit.entity.js';
import { Review } from './review.entity.js';

export const REVIEWS_ENTITIES = [Review, ReviewInstrument, ReviewAuditRecord];
