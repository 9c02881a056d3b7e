import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { requireDashboardViewer } from '../../../core/access.js';
import type { Connection } from '../../../core/pagination.js';
import type { CatalogContext } from '../catalog.context.js';
import { Gids } from '../catalog.enums.js';
import type { Instrument } from '../instrument.entity.js';
import { label } from './dashboard.labels.js';
import {
  DashboardInstrumentConnection, Dekkingsgat, InstrumentAantal, InstrumentDimensie, OnvolledigArgs, VerlopendArgs, VerouderdArgs,
} from './dashboard.types.js';

/** The data dashboard's instrument data, for beheerders (and API keys with the DASHBOARD scope) only. */
@Resolver(() => InstrumentAantal)
export class DashboardResolver {
  @Query(() => [Dekkingsgat], {
    description: 'Dashboard: per regio (of alleen de gekozen regio) de tegels en klantkenmerken zonder gepubliceerd instrument dat daar beschikbaar is.',
  })
  dekkingsgaten(@Arg('gids', () => Gids) gids: Gids, @Arg('regio', () => String, { nullable: true }) regio: string | null, @Ctx() ctx: CatalogContext): Promise<Dekkingsgat[]> {
    requireDashboardViewer(ctx);
    return ctx.services.dashboard.dekkingsgaten(gids, regio);
  }

  @Query(() => [InstrumentAantal], {
    description: 'Dashboard: aantal instrumenten (alle statussen) per één of twee dimensies, bijvoorbeeld tegel × regio. Regiobeheerders tellen hun eigen organisaties. Rijen met 0 ontbreken.',
  })
  instrumentAantallen(
    @Arg('gids', () => Gids) gids: Gids,
    @Arg('per', () => [InstrumentDimensie]) per: InstrumentDimensie[],
    @Ctx() ctx: CatalogContext,
  ): Promise<InstrumentAantal[]> {
    return ctx.services.dashboard.aantallen(requireDashboardViewer(ctx), gids, per);
  }

  @FieldResolver(() => [String], { description: 'Per dimensie de naam (bij STATUS de status in gewone taal).' })
  labels(@Root() row: InstrumentAantal, @Ctx() ctx: CatalogContext): Promise<string[]> {
    return Promise.all(row.sleutels.map((key, i) => label(ctx, row.per[i]!, key)));
  }

  @Query(() => DashboardInstrumentConnection, { description: 'Dashboard: instrumenten die al maanden niet gewijzigd zijn, de oudste eerst.' })
  verouderdeInstrumenten(@Args(() => VerouderdArgs) args: VerouderdArgs, @Ctx() ctx: CatalogContext): Promise<Connection<Instrument>> {
    return ctx.services.dashboard.verouderd(requireDashboardViewer(ctx), args);
  }

  @Query(() => DashboardInstrumentConnection, { description: 'Dashboard: gepubliceerde instrumenten waarvan de publicatie binnen zoveel dagen eindigt, de eerste eerst.' })
  verlopendePublicaties(@Args(() => VerlopendArgs) args: VerlopendArgs, @Ctx() ctx: CatalogContext): Promise<Connection<Instrument>> {
    return ctx.services.dashboard.verlopend(requireDashboardViewer(ctx), args);
  }

  @Query(() => DashboardInstrumentConnection, { description: 'Dashboard: instrumenten zonder kosten, duur, contactpersoon of locatie (aanbevolen velden), op naam.' })
  onvolledigeInstrumenten(@Args(() => OnvolledigArgs) args: OnvolledigArgs, @Ctx() ctx: CatalogContext): Promise<Connection<Instrument>> {
    return ctx.services.dashboard.onvolledig(requireDashboardViewer(ctx), args);
  }
}
