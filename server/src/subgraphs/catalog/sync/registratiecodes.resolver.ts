import { Args, Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Instrument } from '../instrument.entity.js';
import type { CatalogContext } from '../catalog.context.js';
import { syncOrganisaties } from './sync.access.js';
import { RegistratiecodesArgs, RegistratiecodeWijzigingConnection } from './registratiecodes.types.js';

@Resolver()
export class RegistratiecodesResolver {
  @Query(() => RegistratiecodeWijzigingConnection, {
    description:
      'Voor koppelingen: de registratiecodes van de instrumenten van je organisatie die gewijzigd zijn, oudste wijziging eerst, met verwijderde als `verwijderd`. Bewaar de laatste endCursor en geef die de volgende keer als `after`.',
  })
  registratiecodes(@Args(() => RegistratiecodesArgs) args: RegistratiecodesArgs, @Ctx() ctx: CatalogContext) {
    return ctx.services.registratiecodes.page(syncOrganisaties(ctx), args);
  }

  @Query(() => Instrument, { nullable: true, description: 'Voor koppelingen: het instrument van je organisatie met deze registratiecode (null: geen).' })
  async registratiecode(@Arg('code', () => String) code: string, @Ctx() ctx: CatalogContext): Promise<Instrument | null> {
    const [id] = await ctx.services.registratiecodes.instrumentIdsWithCode(syncOrganisaties(ctx), code);
    return id ? ctx.loaders.instrumentById.load(id) : null;
  }
}
