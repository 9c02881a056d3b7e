import { ConnectionType } from '../../core/pagination.js';
import { Review } from './review.entity.js';

/** One GraphQL type for every paged list of reviews (an instrument's, the moderators'). */
export const ReviewConnection = ConnectionType(Review, 'ReviewConnection');
