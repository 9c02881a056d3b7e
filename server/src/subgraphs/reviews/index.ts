import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../core/federation.js';
import { ReviewDashboardResolver } from './dashboard.resolver.js';
import { InstrumentReviewsResolver } from './instrument.resolver.js';
import { ReviewModeratieResolver } from './moderatie.resolver.js';
import { referenceResolvers } from './references.js';
import { ReviewResolver } from './review.resolver.js';

export { openReviews, type ReviewsContext } from './reviews.context.js';

/** The reviews subgraph schema. It owns no port: servers and tests call it as they like. */
export function buildReviewsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({ resolvers: [ReviewResolver, InstrumentReviewsResolver, ReviewDashboardResolver, ReviewModeratieResolver] }, referenceResolvers);
}
