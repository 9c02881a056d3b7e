import type { DataSource } from 'typeorm';
import { createAanbiederLoaders } from './aanbieder.loader.js';
import { createGebiedLoaders } from './gebied.loader.js';
import { createInstrumentLoaders } from './instrument.loader.js';
import { createKenmerkLoaders } from './kenmerk.loader.js';
import type { TaxonomieCache } from './taxonomie.cache.js';

/** All catalog loaders, created fresh for every request. */
export function createLoaders(ds: DataSource, taxonomie: TaxonomieCache) {
  return {
    ...createInstrumentLoaders(ds),
    ...createKenmerkLoaders(ds, taxonomie),
    ...createGebiedLoaders(ds),
    ...createAanbiederLoaders(ds),
  };
}

export type CatalogLoaders = ReturnType<typeof createLoaders>;
