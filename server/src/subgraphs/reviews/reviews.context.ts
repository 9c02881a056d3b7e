import type { DataSource } from 'typeorm';
import { createContextFactory, type ContextFactory, type RequestContext } from '../../core/context.js';
import { followInstruments } from './instrument-projection.js';
import { createLoaders, type ReviewsLoaders } from './review.loader.js';
import { ReviewService } from './review.service.js';
import { ReviewDashboardService } from './dashboard.service.js';
import { ReviewModeratieService } from './moderatie.service.js';

export function createServices(ds: DataSource) {
  return { reviews: new ReviewService(ds), dashboard: new ReviewDashboardService(ds), moderatie: new ReviewModeratieService(ds) };
}

export type ReviewsServices = ReturnType<typeof createServices>;
export type ReviewsContext = RequestContext<ReviewsLoaders, ReviewsServices>;

export interface OpenReviews {
  context: ContextFactory<ReviewsContext>;
  /** Waits until the instrument projection holds every catalog change committed so far. */
  sync: () => Promise<void>;
  close: () => Promise<void>;
}

/** Follows the catalog's instruments into the projection (current before the first request), then serves. */
export async function openReviews(ds: DataSource, log?: (message: string) => void): Promise<OpenReviews> {
  const url = (ds.options as { url?: string }).url;
  if (!url) throw new Error('the reviews data source needs a url');
  const follower = await followInstruments(ds, url, log);
  const services = createServices(ds);
  const base = createContextFactory('reviews', ds, () => null, services);
  return {
    // Loaders depend on the caller (who sees hidden reviews), so they are made after the identity is read.
    context: async (request) => {
      const ctx = await base(request);
      return { ...ctx, loaders: createLoaders(ds, ctx.caller) };
    },
    sync: () => follower.sync(),
    close: () => follower.close(),
  };
}
