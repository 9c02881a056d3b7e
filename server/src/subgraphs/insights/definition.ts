import type { SubgraphDefinition } from '../../core/subgraph-definition.js';
import { INSIGHTS_ENTITIES } from './entities.js';
import { buildInsightsSchema, openInsights } from './index.js';
import { INSIGHTS_MIGRATIONS } from './migrations/index.js';
import { seedInsights } from './seed/seed.js';

/** Insights as the registry and the tests run it. */
export const insightsDefinition: SubgraphDefinition = {
  name: 'insights',
  schema: 'insights',
  entities: INSIGHTS_ENTITIES,
  migrations: INSIGHTS_MIGRATIONS,
  buildSchema: buildInsightsSchema,
  open: openInsights,
  seed: seedInsights,
};
