import type { SubgraphDefinition } from '../core/subgraph-definition.js';
import { SUBGRAPH_FACTS, type SubgraphFacts, type SubgraphName } from '../topology.js';
import { accountsDefinition } from './accounts/definition.js';
import { catalogDefinition } from './catalog/definition.js';
import { insightsDefinition } from './insights/definition.js';
import { reviewsDefinition } from './reviews/definition.js';

/**
 * The one place that knows every subgraph's code. The facts the gateway needs (names, ports, who sets cookies)
 * are in topology.ts, which loads no subgraph; keyed by its names, this list cannot miss or add one.
 */
const DEFINITIONS: Record<SubgraphName, SubgraphDefinition> = {
  catalog: catalogDefinition,
  accounts: accountsDefinition,
  reviews: reviewsDefinition,
  insights: insightsDefinition,
};

export type RegisteredSubgraph = SubgraphDefinition & SubgraphFacts;

export const SUBGRAPHS: readonly RegisteredSubgraph[] = SUBGRAPH_FACTS.map((facts) => {
  const definition = DEFINITIONS[facts.name];
  if (definition.name !== facts.name) throw new Error(`the subgraph registered as '${facts.name}' calls itself '${definition.name}'`);
  return { ...definition, ...facts };
});

export function subgraphByName(name: string): RegisteredSubgraph {
  const found = SUBGRAPHS.find((s) => s.name === name);
  if (!found) throw new Error(`Unknown subgraph '${name}'. Known: ${SUBGRAPHS.map((s) => s.name).join(', ')}`);
  return found;
}
