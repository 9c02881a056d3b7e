import type { DataSource } from 'typeorm';
import { createContextFactory, type ContextFactory, type RequestContext } from '../../core/context.js';
import type { OpenSubgraph } from '../../core/subgraph-definition.js';
import { followInstruments } from './instrument-projection.js';
import { DashboardService } from './dashboard.service.js';
import { InteractieService } from './interactie.service.js';

export function createServices(ds: DataSource) {
  return { interacties: new InteractieService(ds), dashboard: new DashboardService(ds) };
}

export type InsightsServices = ReturnType<typeof createServices>;
export type InsightsContext = RequestContext<null, InsightsServices>;

export interface OpenInsights extends OpenSubgraph {
  context: ContextFactory<InsightsContext>;
}

/** Follows the catalog's instruments into the projection (current before the first event), then serves. */
export async function openInsights(ds: DataSource, log?: (message: string) => void): Promise<OpenInsights> {
  const url = (ds.options as { url?: string }).url;
  if (!url) throw new Error('the insights data source needs a url');
  const follower = await followInstruments(ds, url, log);
  return {
    context: createContextFactory('insights', ds, () => null, createServices(ds)),
    sync: () => follower.sync(),
    close: () => follower.close(),
  };
}
