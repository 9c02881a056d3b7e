import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireBeheerder } from '../../../core/access.js';
import { assertUuid } from '../../../core/ids.js';
import { Aanbieder } from '../aanbieder.entity.js';
import type { CatalogContext } from '../catalog.context.js';
import { Instrument } from '../instrument.entity.js';
import { Organisatie } from '../organisatie.entity.js';
import { PrullenbakArgs, PrullenbakConnection, PrullenbakItem } from './prullenbak.types.js';

/** The beheeromgeving's prullenbak: what was deleted, and putting it back. */
@Resolver(() => PrullenbakItem)
export class PrullenbakResolver {
  @Query(() => PrullenbakConnection, {
    description: 'Beheer: verwijderde instrumenten en aanbieders van je eigen organisaties (landelijk beheerder: alle), laatst verwijderd eerst. Na de bewaartermijn worden ze definitief verwijderd.',
  })
  prullenbak(@Args(() => PrullenbakArgs) { first, after }: PrullenbakArgs, @Ctx() ctx: CatalogContext) {
    return ctx.services.prullenbak.list(requireBeheerder(ctx), first, after);
  }

  @Mutation(() => Instrument, { description: 'Zet een verwijderd instrument terug, precies zoals het was (de versie gaat omhoog).' })
  restoreInstrument(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogContext): Promise<Instrument> {
    const caller = requireBeheerder(ctx);
    assertUuid(id, 'id');
    return ctx.services.prullenbak.restoreInstrument(caller, id);
  }

  @Mutation(() => Aanbieder, { description: 'Zet een verwijderde aanbieder terug, met zijn contactpersonen (de versie gaat omhoog).' })
  restoreAanbieder(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogContext): Promise<Aanbieder> {
    const caller = requireBeheerder(ctx);
    assertUuid(id, 'id');
    return ctx.services.prullenbak.restoreAanbieder(caller, id);
  }

  @FieldResolver(() => Organisatie)
  organisatie(@Root() item: PrullenbakItem, @Ctx() ctx: CatalogContext): Promise<Organisatie | null> {
    return ctx.loaders.organisatieById.load(item.organisatieId);
  }
}
