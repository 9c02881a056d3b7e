import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { found } from '../../core/loader-utils.js';
import { BeschikbareGebieden } from './beschikbare-gebieden.type.js';
import type { CatalogContext } from './catalog.context.js';
import { Gemeente } from './gemeente.entity.js';
import { Regio } from './regio.entity.js';
import { Wijk } from './wijk.entity.js';

@Resolver()
export class GebiedQueryResolver {
  @Query(() => [Regio], { description: "Alle arbeidsmarktregio's, op naam." })
  regios(@Ctx() ctx: CatalogContext): Promise<Regio[]> {
    return ctx.services.gebieden.regios();
  }

  @Query(() => [Gemeente], { description: 'De gemeenten van nu, op naam; met regioCode alleen die van één arbeidsmarktregio.' })
  gemeenten(@Arg('regioCode', () => ID, { nullable: true }) regioCode: string | null, @Ctx() ctx: CatalogContext): Promise<Gemeente[]> {
    return ctx.services.gebieden.gemeenten(regioCode);
  }
}

@Resolver(() => Regio)
export class RegioResolver {
  @FieldResolver(() => [Gemeente])
  gemeenten(@Root() regio: Regio, @Ctx() ctx: CatalogContext): Promise<Gemeente[]> {
    return ctx.loaders.gemeentenByRegio.load(regio.code);
  }
}

@Resolver(() => Gemeente)
export class GemeenteResolver {
  @FieldResolver(() => Regio)
  regio(@Root() gemeente: Gemeente, @Ctx() ctx: CatalogContext): Promise<Regio | null> {
    return ctx.loaders.regioByCode.load(gemeente.regioCode);
  }

  @FieldResolver(() => [Wijk])
  wijken(@Root() gemeente: Gemeente, @Ctx() ctx: CatalogContext): Promise<Wijk[]> {
    return ctx.loaders.wijkenByGemeente.load(gemeente.code);
  }
}

@Resolver(() => Wijk)
export class WijkResolver {
  @FieldResolver(() => Gemeente)
  gemeente(@Root() wijk: Wijk, @Ctx() ctx: CatalogContext): Promise<Gemeente | null> {
    return ctx.loaders.gemeenteByCode.load(wijk.gemeenteCode);
  }
}

@Resolver(() => BeschikbareGebieden)
export class BeschikbareGebiedenResolver {
  @FieldResolver(() => [Regio])
  async regios(@Root() gebieden: BeschikbareGebieden, @Ctx() ctx: CatalogContext): Promise<Regio[]> {
    return found(await ctx.loaders.regioByCode.loadMany(gebieden.regioCodes)).sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  }

  @FieldResolver(() => [Gemeente])
  async gemeenten(@Root() gebieden: BeschikbareGebieden, @Ctx() ctx: CatalogContext): Promise<Gemeente[]> {
    return found(await ctx.loaders.gemeenteByCode.loadMany(gebieden.gemeenteCodes)).sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  }

  @FieldResolver(() => [Wijk])
  async wijken(@Root() gebieden: BeschikbareGebieden, @Ctx() ctx: CatalogContext): Promise<Wijk[]> {
    return found(await ctx.loaders.wijkById.loadMany(gebieden.wijkIds)).sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  }
}
