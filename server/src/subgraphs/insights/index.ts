import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../core/federation.js';
import { DashboardResolver } from './dashboard.resolver.js';
import { InteractieResolver } from './interactie.resolver.js';

export { openInsights, type InsightsContext } from './insights.context.js';

/** The insights subgraph schema. It owns no port: servers and tests call it as they like. */
export function buildInsightsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({ resolvers: [InteractieResolver, DashboardResolver] });
}
