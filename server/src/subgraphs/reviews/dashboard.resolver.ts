import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { requireDashboardViewer } from '../../core/access.js';
import { Gids } from '../../core/gids.js';
import { OrganisatieBeoordeling } from './dashboard.types.js';
import type { ReviewsContext } from './reviews.context.js';

@Resolver()
export class ReviewDashboardResolver {
  @Query(() => [OrganisatieBeoordeling], {
    description: 'Dashboard: de gemiddelde beoordeling per organisatie, de best beoordeelde eerst. Een regiobeheerder ziet zijn eigen organisaties.',
  })
  beoordelingenPerOrganisatie(@Arg('gids', () => Gids, { nullable: true }) gids: Gids | null, @Ctx() ctx: ReviewsContext): Promise<OrganisatieBeoordeling[]> {
    return ctx.services.dashboard.perOrganisatie(requireDashboardViewer(ctx), gids ?? null);
  }
}
