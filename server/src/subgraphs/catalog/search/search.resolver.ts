import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { found } from '../../../core/loader-utils.js';
import { pageSize } from '../../../core/pagination.js';
import type { CatalogContext } from '../catalog.context.js';
import type { InstrumentType } from '../catalog.enums.js';
import type { FilterOptie } from './filter-applier.js';
import { InstrumentSearchArgs } from './instrument-search.args.js';
import { loadPage } from './load-page.js';
import { intensiteit, maxDuur, maxKosten, minSterren, type } from './praktische-filters.js';
import { aanbieder, wijk } from './search-filters.js';
import { AanbiederOptie, DuurOptie, IntensiteitOptie, KostenOptie, SterrenOptie, TypeOptie, WijkOptie } from './search-opties.types.js';
import { Facet, InstrumentSearchResult } from './search.types.js';

/** An option's count, selected and available, with what the option itself shows. */
function telling<T, R>(opties: FilterOptie<T>[], show: (waarde: T) => R) {
  return opties.map((o) => ({ ...show(o.waarde), count: o.count, selected: o.selected, available: o.count > 0 }));
}

@Resolver(() => InstrumentSearchResult)
export class SearchResolver {
  @Query(() => InstrumentSearchResult, {
    description: 'Methodisch zoeken: filter op kenmerken, gebied, tekst en praktische grenzen, met per filterkeuze het aantal resultaten.',
  })
  async instrumentSearch(@Args(() => InstrumentSearchArgs) args: InstrumentSearchArgs, @Ctx() ctx: CatalogContext): Promise<InstrumentSearchResult> {
    const outcome = await ctx.services.search.search({ gids: args.gids, filter: args.filter, first: args.first, after: args.after, sort: args.sort });
    return { ...(await loadPage(outcome, ctx)), facetCounts: outcome.facets, opties: outcome.opties, suggestie: outcome.suggestie };
  }

  @FieldResolver(() => String, {
    nullable: true,
    name: 'suggestie',
    description: 'Bij geen of weinig resultaten op tekst: een zoektekst die (meer) resultaten geeft ("Bedoelde u …?"); anders null.',
  })
  suggestieTekst(@Root() result: InstrumentSearchResult): Promise<string | null> {
    return result.suggestie();
  }

  @FieldResolver(() => [SterrenOptie], { description: 'Per keuze van minSterren (1 tot en met 5) het aantal resultaten, zoals bij de facetten.' })
  sterren(@Root() result: InstrumentSearchResult): SterrenOptie[] {
    return telling(result.opties(minSterren), (minSterren) => ({ minSterren }));
  }

  @FieldResolver(() => [KostenOptie], { description: 'Keuzes voor de totale kosten (maxKosten), van gratis tot enkele duizenden euro, elk met het aantal resultaten.' })
  kosten(@Root() result: InstrumentSearchResult): KostenOptie[] {
    return telling(result.opties(maxKosten), ({ maxKosten, label }) => ({ maxKosten: maxKosten.toFixed(2), label }));
  }

  @FieldResolver(() => [DuurOptie], { description: 'Keuzes voor de totale duur (maxDuur), van een week tot een jaar, elk met het aantal resultaten.' })
  duur(@Root() result: InstrumentSearchResult): DuurOptie[] {
    return telling(result.opties(maxDuur), (keuze) => keuze);
  }

  @FieldResolver(() => [IntensiteitOptie], { description: 'Bereiken van de intensiteit in uur per week (minIntensiteit en maxIntensiteit), elk met het aantal resultaten.' })
  intensiteit(@Root() result: InstrumentSearchResult): IntensiteitOptie[] {
    return telling(result.opties(intensiteit), (keuze) => keuze);
  }

  @FieldResolver(() => [TypeOptie], { description: 'Instrument of leerwerktraject (filter.type), elk met het aantal resultaten.' })
  typen(@Root() result: InstrumentSearchResult): TypeOptie[] {
    return telling(result.opties(type), (type: InstrumentType) => ({ type }));
  }

  @FieldResolver(() => [AanbiederOptie], {
    description: 'De aanbieders met de meeste instrumenten in het resultaat zonder aanbiederfilter, meeste eerst; de gekozen aanbieder staat er altijd bij.',
  })
  async aanbieders(
    @Root() result: InstrumentSearchResult,
    @Ctx() ctx: CatalogContext,
    @Arg('first', () => Int, { defaultValue: 25, description: 'Hoeveel aanbieders, 1 tot en met 100.' }) first: number,
  ): Promise<AanbiederOptie[]> {
    const limit = pageSize(first);
    const all = result.opties(aanbieder);
    const shown = all.slice(0, limit);
    const chosen = all.find((o) => o.selected);
    if (chosen && !shown.includes(chosen)) shown.push(chosen);
    const aanbieders = found(await ctx.loaders.aanbiederById.loadMany(shown.map((o) => o.waarde)));
    const byId = new Map(aanbieders.map((a) => [a.id, a]));
    return telling(shown, (id) => ({ aanbieder: byId.get(id)! })).filter((o) => o.aanbieder);
  }

  @FieldResolver(() => [WijkOptie], { description: 'Alleen met filter.gemeente: de wijken van die gemeente op naam, elk met het aantal resultaten; anders leeg.' })
  async wijken(@Root() result: InstrumentSearchResult, @Ctx() ctx: CatalogContext): Promise<WijkOptie[]> {
    const opties = result.opties(wijk);
    const wijken = new Map(found(await ctx.loaders.wijkById.loadMany(opties.map((o) => o.waarde))).map((w) => [w.id, w]));
    return telling(opties, (id) => ({ wijk: wijken.get(id)! }))
      .filter((o) => o.wijk)
      .sort((a, b) => a.wijk.naam.localeCompare(b.wijk.naam, 'nl'));
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
