import type { DataSource } from 'typeorm';
import { createContextFactory, type ContextFactory, type RequestContext } from '../../core/context.js';
import type { OpenSubgraph } from '../../core/subgraph-definition.js';
import { BekendeCodes } from './bekende-codes.js';
import { followInstruments } from './instrument-projection.js';
import { DashboardService } from './dashboard.service.js';
import { InteractieService } from './interactie.service.js';
import { OrganisatieRegios } from './organisatie-regios.js';
import { retentionMonthsFromEnv, RollupService, rollupMinutesFromEnv, scheduleRollups } from './rollup.service.js';

export function createServices(ds: DataSource, organisatieRegios = new OrganisatieRegios(), codes = new BekendeCodes()) {
  return {
    interacties: new InteractieService(ds, codes),
    dashboard: new DashboardService(ds),
    organisatieRegios,
    rollups: new RollupService(ds, retentionMonthsFromEnv()),
  };
}

export type InsightsServices = ReturnType<typeof createServices>;
export type InsightsContext = RequestContext<null, InsightsServices>;

export interface OpenInsights extends OpenSubgraph {
  context: ContextFactory<InsightsContext>;
}

/**
 * Follows the catalog's instruments, organisaties and codes (current before the first event), folds finished days into
 * the rollups now and then, and serves.
 */
export async function openInsights(ds: DataSource, log?: (message: string) => void): Promise<OpenInsights> {
  const url = (ds.options as { url?: string }).url;
  if (!url) throw new Error('the insights data source needs a url');
  const organisatieRegios = new OrganisatieRegios();
  const codes = new BekendeCodes();
  const followers = [await followInstruments(ds, url, log), await organisatieRegios.follow(ds, url, log), await codes.follow(ds, url, log)];
  const services = createServices(ds, organisatieRegios, codes);
  const stopRollups = scheduleRollups(services.rollups, rollupMinutesFromEnv());
  return {
    context: createContextFactory('insights', ds, () => null, services),
    sync: async () => {
      for (const follower of followers) await follower.sync();
    },
    close: async () => {
      await stopRollups();
      for (const follower of followers) await follower.close();
    },
  };
}
