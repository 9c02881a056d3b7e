import type { DataSource } from 'typeorm';
import { createContextFactory, type RequestContext } from '../../core/context.js';
import { AanbiederService } from './aanbieder.service.js';
import { createLoaders, type CatalogLoaders } from './catalog.loaders.js';
import { GebiedService } from './gebied.service.js';
import { InstrumentService } from './instrument.service.js';
import { KenmerkService } from './kenmerk.service.js';

export function createServices(ds: DataSource) {
  return {
    instruments: new InstrumentService(ds),
    gebieden: new GebiedService(ds),
    kenmerken: new KenmerkService(ds),
    aanbieders: new AanbiederService(ds),
  };
}

export type CatalogServices = ReturnType<typeof createServices>;
export type CatalogContext = RequestContext<CatalogLoaders, CatalogServices>;

export function createCatalogContext(ds: DataSource): () => Promise<CatalogContext> {
  return createContextFactory(ds, createLoaders, createServices(ds));
}
