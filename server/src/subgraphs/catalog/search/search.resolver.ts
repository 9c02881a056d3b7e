import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { found } from '../../../core/loader-utils.js';
import type { CatalogContext } from '../catalog.context.js';
import { InstrumentSearchArgs } from './instrument-search.args.js';
import { loadPage } from './load-page.js';
import { Facet, InstrumentSearchResult, SterrenOptie } from './search.types.js';

@Resolver(() => InstrumentSearchResult)
export class SearchResolver {
  @Query(() => InstrumentSearchResult, {
    description: 'Methodisch zoeken: filter op kenmerken, gebied, tekst en praktische grenzen, met per filterkeuze het aantal resultaten.',
  })
  async instrumentSearch(@Args(() => InstrumentSearchArgs) args: InstrumentSearchArgs, @Ctx() ctx: CatalogContext): Promise<InstrumentSearchResult> {
    const outcome = await ctx.services.search.search({ gids: args.gids, filter: args.filter, first: args.first, after: args.after, sort: args.sort });
    return { ...(await loadPage(outcome, ctx)), facetCounts: outcome.facets, sterrenCounts: outcome.sterren };
  }

  @FieldResolver(() => [SterrenOptie], { description: 'Per keuze van minSterren (1 tot en met 5) het aantal resultaten, zoals bij de facetten.' })
  sterren(@Root() result: InstrumentSearchResult): SterrenOptie[] {
    return result.sterrenCounts().map((o) => ({ minSterren: o.waarde, count: o.count, selected: o.selected, available: o.count > 0 }));
  }

  @FieldResolver(() => [Facet], { description: 'Eén facet per kenmerkcategorie van de gids, in de volgorde van de gids.' })
  async facets(@Root() result: InstrumentSearchResult, @Ctx() ctx: CatalogContext): Promise<Facet[]> {
    const counts = result.facetCounts();
    const categorieen = await ctx.loaders.categorieByCode.loadMany(counts.map((c) => c.categorieCode));
    const kenmerken = new Map(found(await ctx.loaders.kenmerkByCode.loadMany(counts.flatMap((c) => c.opties.map((o) => o.code)))).map((k) => [k.code, k]));
    return counts.flatMap((facet, i) => {
      const categorie = categorieen[i];
      if (!categorie || categorie instanceof Error) return [];
      return [{
        categorie,
        opties: facet.opties.flatMap((o) => {
          const kenmerk = kenmerken.get(o.code);
          return kenmerk ? [{ kenmerk, count: o.count, selected: o.selected, available: o.count > 0 }] : [];
        }),
      }];
    });
  }
}
