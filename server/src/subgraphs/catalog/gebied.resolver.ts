import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { found } from '../../core/loader-utils.js';
import { BeschikbareGebieden } from './beschikbare-gebieden.type.js';
import type { CatalogContext } from './catalog.context.js';
import { Gids } from './catalog.enums.js';
import { Gemeente } from './gemeente.entity.js';
import { RegioAantallen } from './regio-aantallen.js';
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

  // Eight regio's reach over a provincie border by one or a few gemeenten; a list grouped by provincie puts
  // each regio once, where most of its gemeenten are.
  @FieldResolver(() => String, { description: 'De provincie waar de meeste gemeenten van de regio liggen.' })
  async provincie(@Root() regio: Regio, @Ctx() ctx: CatalogContext): Promise<string> {
    const perProvincie = new Map<string, number>();
    for (const { provincie } of await ctx.loaders.gemeentenByRegio.load(regio.code)) perProvincie.set(provincie, (perProvincie.get(provincie) ?? 0) + 1);
    return [...perProvincie].sort(([a, m], [b, n]) => n - m || a.localeCompare(b, 'nl'))[0]?.[0] ?? '';
  }

  @FieldResolver(() => RegioAantallen, {
    description: 'Hoeveel gepubliceerde instrumenten van de gids er in de regio beschikbaar zijn: landelijke, regionale en lokale.',
  })
  instrumentAantallen(@Root() regio: Regio, @Arg('gids', () => Gids) gids: Gids, @Ctx() ctx: CatalogContext): Promise<RegioAantallen> {
    return ctx.loaders.regioAantallen.load({ gids, code: regio.code });
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
