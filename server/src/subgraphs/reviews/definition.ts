import type { SubgraphDefinition } from '../../core/subgraph-definition.js';
import { REVIEWS_ENTITIES } from './entities.js';
import { buildReviewsSchema, openReviews } from './index.js';
import { REVIEWS_MIGRATIONS } from './migrations/index.js';
import { seedReviews } from './seed/seed.js';

/** Reviews as the registry and the tests run it. */
export const reviewsDefinition: SubgraphDefinition = {
  name: 'reviews',
  schema: 'reviews',
  entities: REVIEWS_ENTITIES,
  migrations: REVIEWS_MIGRATIONS,
  buildSchema: buildReviewsSchema,
  open: openReviews,
  seed: seedReviews,
};
