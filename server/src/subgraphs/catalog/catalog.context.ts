import type { DataSource } from 'typeorm';
import { createContextFactory, type ContextFactory, type RequestContext } from '../../core/context.js';
import { AanbiederService } from './aanbieder.service.js';
import { AanbiederBeheerService } from './beheer/aanbieder-beheer.service.js';
import { AdresBeheerService } from './beheer/adres-beheer.service.js';
import { AuditService } from './beheer/audit.service.js';
import { ContactpersoonBeheerService } from './beheer/contactpersoon-beheer.service.js';
import { DoelgroepBeheerService } from './beheer/doelgroep-beheer.service.js';
import { scheduleDownloadGc } from './beheer/download-gc.js';
import { InstrumentBeheerService } from './beheer/instrument-beheer.service.js';
import { WijkBeheerService } from './beheer/wijk-beheer.service.js';
import { createLoaders, type CatalogLoaders } from './catalog.loaders.js';
import { DashboardService } from './dashboard/dashboard.service.js';
import { GebiedService } from './gebied.service.js';
import { InstrumentService } from './instrument.service.js';
import { KenmerkService } from './kenmerk.service.js';
import { SearchIndexManager } from './search/search-index.manager.js';
import { SearchService } from './search/search.service.js';
import { RegistratiecodesService, schedulePublicationRefresh } from './sync/registratiecodes.service.js';
import { TaxonomieCache } from './taxonomie.cache.js';
import { PrullenbakService } from './prullenbak/prullenbak.service.js';
import { schedulePurge } from './prullenbak/purge.js';
import { ExportService } from './uitwisseling/export.service.js';
import { ImportService } from './uitwisseling/import.service.js';
import { SynoniemgroepService } from './synoniemen/synoniemgroep.service.js';

export function createServices(ds: DataSource, searchIndex: SearchIndexManager) {
  return {
    instruments: new InstrumentService(),
    gebieden: new GebiedService(ds),
    kenmerken: new KenmerkService(ds),
    aanbieders: new AanbiederService(ds),
    search: new SearchService(searchIndex),
    instrumentBeheer: new InstrumentBeheerService(ds),
    aanbiederBeheer: new AanbiederBeheerService(ds),
    contactpersoonBeheer: new ContactpersoonBeheerService(ds),
    adresBeheer: new AdresBeheerService(ds),
    wijkBeheer: new WijkBeheerService(ds),
    doelgroepBeheer: new DoelgroepBeheerService(ds),
    audit: new AuditService(ds),
    dashboard: new DashboardService(ds, searchIndex),
    registratiecodes: new RegistratiecodesService(ds),
    prullenbak: new PrullenbakService(ds),
    export: new ExportService(ds),
    import: new ImportService(ds),
    synoniemen: new SynoniemgroepService(ds),
  };
}

export type CatalogServices = ReturnType<typeof createServices>;
export type CatalogContext = RequestContext<CatalogLoaders, CatalogServices>;

export interface OpenCatalog {
  context: ContextFactory<CatalogContext>;
  /** Waits until the search index holds every change committed so far. */
  sync: () => Promise<void>;
  close: () => Promise<void>;
}

/** Builds the search index (and starts following changes), then hands out per-request contexts. */
export async function openCatalog(ds: DataSource, log?: (message: string) => void): Promise<OpenCatalog> {
  const url = (ds.options as { url?: string }).url;
  if (!url) throw new Error('the catalog data source needs a url');
  const taxonomie = new TaxonomieCache(ds);
  await taxonomie.load();
  const searchIndex = new SearchIndexManager(ds, url, log, () => taxonomie.load());
  await searchIndex.start();
  const stopDownloadGc = scheduleDownloadGc(ds);
  const stopPurge = schedulePurge(ds);
  const services = createServices(ds, searchIndex);
  const stopPublicationRefresh = schedulePublicationRefresh(services.registratiecodes);
  return {
    context: createContextFactory('catalog', ds, () => createLoaders(ds, taxonomie, searchIndex), services),
    sync: () => searchIndex.sync(),
    close: async () => {
      await Promise.all([stopDownloadGc(), stopPurge(), stopPublicationRefresh()]);
      await searchIndex.stop();
    },
  };
}
