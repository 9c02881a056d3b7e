import type { DataSource } from 'typeorm';
import { createAanbiederLoaders } from './aanbieder.loader.js';
import { createGebiedLoaders } from './gebied.loader.js';
import { createInstrumentLoaders } from './instrument.loader.js';
import { createKenmerkLoaders } from './kenmerk.loader.js';

/** All catalog loaders, created fresh for every request. */
export function createLoaders(ds: DataSource) {
  return {
    ...createInstrumentLoaders(ds),
    ...createKenmerkLoaders(ds),
    ...createGebiedLoaders(ds),
    ...createAanbiederLoaders(ds),
  };
}

export type CatalogLoaders = ReturnType<typeof createLoaders>;
