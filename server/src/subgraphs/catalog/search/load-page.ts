import { found } from '../../../core/loader-utils.js';
import type { Connection } from '../../../core/pagination.js';
import type { CatalogContext } from '../catalog.context.js';
import type { Instrument } from '../instrument.entity.js';
import type { SearchOutcome } from './search.service.js';

/** The connection for a search outcome: the page's instruments loaded by id, in the outcome's order. */
export async function loadPage(outcome: SearchOutcome, ctx: CatalogContext): Promise<Connection<Instrument>> {
  return {
    totalCount: outcome.totalCount,
    nodes: found(await ctx.loaders.instrumentById.loadMany(outcome.ids)),
    pageInfo: { hasNextPage: outcome.hasNextPage, endCursor: outcome.endCursor },
  };
}
