import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { BEHEERDER_ROLLEN, requireRol } from '../../core/access.js';
import { Gids } from '../../core/gids.js';
import { OrganisatieBeoordeling } from './dashboard.types.js';
import type { ReviewsContext } from './reviews.context.js';

@Resolver()
export class ReviewDashboardResolver {
  @Query(() => [OrganisatieBeoordeling], {
    description: 'Dashboard: de gemiddelde beoordeling per organisatie, de best beoordeelde eerst. Een regiobeheerder ziet zijn eigen organisaties.',
  })
  beoordelingenPerOrganisatie(@Arg('gids', () => Gids, { nullable: true }) gids: Gids | null, @Ctx() ctx: ReviewsContext): Promise<OrganisatieBeoordeling[]> {
    const caller = requireRol(ctx, BEHEERDER_ROLLEN, 'Alleen beheerders kunnen het dashboard bekijken.', 'Log in om het dashboard te bekijken.');
    return ctx.services.dashboard.perOrganisatie(caller, gids ?? null);
  }
}
