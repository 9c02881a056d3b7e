import type { DataSource } from 'typeorm';
import { SqlBatch } from '../../core/loader-utils.js';
import { createAanbiederLoaders } from './aanbieder.loader.js';
import { createGebiedLoaders } from './gebied.loader.js';
import { createInstrumentLoaders } from './instrument.loader.js';
import { createKenmerkLoaders } from './kenmerk.loader.js';
import { createRegioAantallenLoader } from './regio-aantallen.js';
import type { SearchIndexManager } from './search/search-index.manager.js';
import type { TaxonomieCache } from './taxonomie.cache.js';

/**
 * All catalog loaders, created fresh for every request. They share one SqlBatch: the loaders a level of the
 * query needs at the same time (a page's aanbieders, kenmerken, gebieden, contactpersonen...) cost one statement.
 */
export function createLoaders(ds: DataSource, taxonomie: TaxonomieCache, searchIndex: SearchIndexManager) {
  const sql = new SqlBatch(ds);
  const gebieden = createGebiedLoaders(sql);
  return {
    ...createInstrumentLoaders(sql, gebieden),
    ...createKenmerkLoaders(ds, taxonomie),
    ...gebieden,
    ...createAanbiederLoaders(sql),
    regioAantallen: createRegioAantallenLoader(searchIndex),
  };
}

export type CatalogLoaders = ReturnType<typeof createLoaders>;
