import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { checkDashboardFilter } from './dashboard.scope.js';
import {
  BekekenInstrument, DashboardFilterArgs, Doorklikratio, InteractiesInPeriode, KenmerkGebruik, PerPeriodeArgs, TopArgs,
  TopInstrumentenArgs, ZoekopdrachtZonderResultaat,
} from './dashboard.types.js';
import type { InsightsContext } from './insights.context.js';

/** The data dashboard's interaction data, for beheerders; a regiobeheerder chooses one regio. */
@Resolver()
export class DashboardResolver {
  @Query(() => [InteractiesInPeriode], { description: 'Dashboard: aantal interacties per dag, week of maand, per soort en gids. Perioden zonder interacties ontbreken.' })
  interactiesPerPeriode(@Args(() => PerPeriodeArgs) args: PerPeriodeArgs, @Ctx() ctx: InsightsContext): Promise<InteractiesInPeriode[]> {
    checkDashboardFilter(ctx, args);
    return ctx.services.dashboard.perPeriode(args);
  }

  @Query(() => [BekekenInstrument], { description: 'Dashboard: de vaakst bekeken instrumenten, de vaakste eerst.' })
  meestBekekenInstrumenten(@Args(() => TopInstrumentenArgs) args: TopInstrumentenArgs, @Ctx() ctx: InsightsContext): Promise<BekekenInstrument[]> {
    checkDashboardFilter(ctx, args, args.first);
    return ctx.services.dashboard.meestBekeken(args);
  }

  @Query(() => [KenmerkGebruik], { description: 'Dashboard: de kenmerken die het vaakst in zoekopdrachten gekozen zijn.' })
  meestGebruikteKenmerken(@Args(() => TopArgs) args: TopArgs, @Ctx() ctx: InsightsContext): Promise<KenmerkGebruik[]> {
    checkDashboardFilter(ctx, args, args.first);
    return ctx.services.dashboard.meestGebruikteKenmerken(args);
  }

  @Query(() => [ZoekopdrachtZonderResultaat], {
    description: 'Dashboard: de combinaties van kenmerken, regio en gemeente waarmee gezocht is zonder één resultaat, de vaakste eerst: waar het aanbod tekortschiet.',
  })
  zoekopdrachtenZonderResultaat(@Args(() => TopArgs) args: TopArgs, @Ctx() ctx: InsightsContext): Promise<ZoekopdrachtZonderResultaat[]> {
    checkDashboardFilter(ctx, args, args.first);
    return ctx.services.dashboard.zonderResultaat(args);
  }

  @Query(() => Doorklikratio, { description: 'Dashboard: hoe vaak instrumenten bekeken zijn, hoe vaak daarna contact is gezocht, en de verhouding.' })
  doorklikratio(@Args(() => DashboardFilterArgs) args: DashboardFilterArgs, @Ctx() ctx: InsightsContext): Promise<Doorklikratio> {
    checkDashboardFilter(ctx, args);
    return ctx.services.dashboard.doorklikratio(args);
  }
}
