import type { SubgraphDefinition } from '../../core/subgraph-definition.js';
import { CATALOG_ENTITIES } from './entities.js';
import { buildCatalogSchema, openCatalog } from './index.js';
import { CATALOG_MIGRATIONS } from './migrations/index.js';
import { seedCatalog } from './seed/seed.js';

/** The catalog as the registry and the tests run it. */
export const catalogDefinition: SubgraphDefinition = {
  name: 'catalog',
  schema: 'catalog',
  entities: CATALOG_ENTITIES,
  migrations: CATALOG_MIGRATIONS,
  buildSchema: buildCatalogSchema,
  open: openCatalog,
  seed: seedCatalog,
};
