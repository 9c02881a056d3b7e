import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { CatalogContext } from './catalog.context.js';
import { Gids } from './catalog.enums.js';
import { KenmerkCategorie } from './kenmerk-categorie.entity.js';
import { Kenmerk, TegelPositie } from './kenmerk.entity.js';
import { Organisatie } from './organisatie.entity.js';

@Resolver(() => KenmerkCategorie)
export class KenmerkCategorieResolver {
  @Query(() => [KenmerkCategorie], { description: 'De filtercategorieën van een gids, in de volgorde van de handreikingen.' })
  kenmerkCategorieen(@Arg('gids', () => Gids, { nullable: true }) gids: Gids | null, @Ctx() ctx: CatalogContext): Promise<KenmerkCategorie[]> {
    return ctx.services.kenmerken.categorieen(gids);
  }

  @FieldResolver(() => [Kenmerk], { description: 'De kenmerken op het bovenste niveau; onderliggende kenmerken staan in children.' })
  kenmerken(@Root() categorie: KenmerkCategorie, @Ctx() ctx: CatalogContext): Promise<Kenmerk[]> {
    return ctx.loaders.kenmerkenByCategorie.load(categorie.code);
  }
}

@Resolver(() => Kenmerk)
export class KenmerkResolver {
  @FieldResolver(() => KenmerkCategorie)
  categorie(@Root() kenmerk: Kenmerk, @Ctx() ctx: CatalogContext): Promise<KenmerkCategorie | null> {
    return ctx.loaders.categorieByCode.load(kenmerk.categorieCode);
  }

  @FieldResolver(() => Kenmerk, { nullable: true, description: 'Het bovenliggende kenmerk, bijv. "Aandachtspunten klant" voor "Psychosociale aandachtspunten".' })
  async parent(@Root() kenmerk: Kenmerk, @Ctx() ctx: CatalogContext): Promise<Kenmerk | null> {
    return kenmerk.parentCode ? ctx.loaders.kenmerkByCode.load(kenmerk.parentCode) : null;
  }

  @FieldResolver(() => [Kenmerk])
  children(@Root() kenmerk: Kenmerk, @Ctx() ctx: CatalogContext): Promise<Kenmerk[]> {
    return ctx.loaders.childrenByKenmerk.load(kenmerk.code);
  }

  @FieldResolver(() => Organisatie, { nullable: true, description: 'De organisatie die dit kenmerk zelf heeft aangemaakt (eigen doelgroepen); leeg voor de vaste lijsten.' })
  async organisatie(@Root() kenmerk: Kenmerk, @Ctx() ctx: CatalogContext): Promise<Organisatie | null> {
    return kenmerk.organisatieId ? ctx.loaders.organisatieById.load(kenmerk.organisatieId) : null;
  }

  @FieldResolver(() => TegelPositie, { nullable: true, description: 'Tegels: de plek in het werklandschap.' })
  positie(@Root() kenmerk: Kenmerk): TegelPositie | null {
    return kenmerk.positieX === null || kenmerk.positieY === null ? null : { x: kenmerk.positieX, y: kenmerk.positieY };
  }
}
