import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../core/errors.js';
import { Aanbieder } from './aanbieder.entity.js';
import { Adres } from './adres.entity.js';
import type { CatalogContext } from './catalog.context.js';
import { ContactpersoonKoppeling } from './contactpersoon.entity.js';
import { assertUuid } from '../../core/ids.js';
import { Locatie } from './locatie.entity.js';
import { Organisatie } from './organisatie.entity.js';
import { visibleContactpersonen } from './contactpersoon.policy.js';

@Resolver(() => Aanbieder)
export class AanbiederResolver {
  @Query(() => Aanbieder)
  async aanbieder(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogContext): Promise<Aanbieder> {
    assertUuid(id, 'id');
    return (await ctx.loaders.aanbiederById.load(id)) ?? Promise.reject(notFound('Aanbieder', id));
  }

  @FieldResolver(() => Organisatie, { description: 'De beherende organisatie.' })
  organisatie(@Root() aanbieder: Aanbieder, @Ctx() ctx: CatalogContext): Promise<Organisatie | null> {
    return ctx.loaders.organisatieById.load(aanbieder.organisatieId);
  }

  @FieldResolver(() => [ContactpersoonKoppeling], { description: 'Interne contactpersonen alleen voor wie is ingelogd; anders de externe.' })
  async contactpersonen(@Root() aanbieder: Aanbieder, @Ctx() ctx: CatalogContext): Promise<ContactpersoonKoppeling[]> {
    return visibleContactpersonen(ctx, await ctx.loaders.contactpersonenByAanbieder.load(aanbieder.id));
  }
}

@Resolver(() => Organisatie)
export class OrganisatieResolver {
  @Query(() => [Organisatie])
  organisaties(@Ctx() ctx: CatalogContext): Promise<Organisatie[]> {
    return ctx.services.aanbieders.organisaties();
  }
}

@Resolver(() => Locatie)
export class LocatieResolver {
  @FieldResolver(() => Adres, { nullable: true })
  async adres(@Root() locatie: Locatie, @Ctx() ctx: CatalogContext): Promise<Adres | null> {
    return locatie.adresId ? ctx.loaders.adresById.load(locatie.adresId) : null;
  }
}
