import type { EntitySchema, MixedList } from 'typeorm';
import { CATALOG_ENTITIES } from './catalog/entities.js';
import { CATALOG_MIGRATIONS } from './catalog/migrations/index.js';

export interface SubgraphDefinition {
  name: string;
  /** The PostgreSQL schema it owns. */
  schema: string;
  port: number;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: Function[];
}

export const SUBGRAPHS: SubgraphDefinition[] = [
  { name: 'catalog', schema: 'catalog', port: 4001, entities: CATALOG_ENTITIES, migrations: CATALOG_MIGRATIONS },
];

export function subgraphByName(name: string): SubgraphDefinition {
  const found = SUBGRAPHS.find((s) => s.name === name);
  if (!found) throw new Error(`Unknown subgraph '${name}'. Known: ${SUBGRAPHS.map((s) => s.name).join(', ')}`);
  return found;
}
