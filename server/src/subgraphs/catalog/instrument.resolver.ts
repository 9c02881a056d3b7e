import { Arg, Args, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { found } from '../../core/loader-utils.js';
import { ConnectionType } from '../../core/pagination.js';
import { Aanbieder } from './aanbieder.entity.js';
import { BeschikbareGebieden } from './beschikbare-gebieden.type.js';
import type { CatalogContext } from './catalog.context.js';
import { ContactpersoonKoppeling } from './contactpersoon.entity.js';
import { Download, Link, Registratiecode, Video } from './instrument-inhoud.entity.js';
import { Instrument } from './instrument.entity.js';
import { firstSentences } from './samenvatting.js';
import { InstrumentsArgs } from './search/instrument-search.args.js';
import { InstrumentSort } from './search/instrument-sort.js';
import { loadPage } from './search/load-page.js';
import { assertUuid } from '../../core/ids.js';
import { KenmerkCategorie } from './kenmerk-categorie.entity.js';
import { Kenmerk } from './kenmerk.entity.js';
import { Locatie } from './locatie.entity.js';
import { Organisatie } from './organisatie.entity.js';
import { visibleContactpersonen } from './contactpersoon.policy.js';

@ObjectType({ description: 'De kenmerken van een instrument binnen één categorie.' })
export class KenmerkGroep {
  @Field(() => KenmerkCategorie)
  categorie: KenmerkCategorie;

  @Field(() => [Kenmerk])
  kenmerken: Kenmerk[];
}

const InstrumentConnection = ConnectionType(Instrument, 'InstrumentConnection');

@Resolver(() => Instrument)
export class InstrumentResolver {
  @Query(() => Instrument, { description: 'Eén gepubliceerd instrument.' })
  async instrument(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogContext): Promise<Instrument> {
    assertUuid(id, 'id');
    return ctx.services.instruments.assertVisible(await ctx.loaders.instrumentById.load(id), id);
  }

  @Query(() => InstrumentConnection, { description: 'Gepubliceerde instrumenten op alfabet, per pagina, van beide gidsen (of één met filter.gids).' })
  async instruments(@Args(() => InstrumentsArgs) { filter, first, after }: InstrumentsArgs, @Ctx() ctx: CatalogContext) {
    return loadPage(await ctx.services.search.search({ gids: null, filter, first, after, sort: InstrumentSort.NAAM }), ctx);
  }

  @FieldResolver(() => String, { nullable: true, description: 'De eerste 3 zinnen van de samenvatting (Eva) of korte beschrijving (Dennis), voor de instrumentkaart.' })
  samenvattingKort(@Root() instrument: Instrument): string | null {
    return firstSentences(instrument.samenvatting ?? instrument.korteBeschrijving);
  }

  @FieldResolver(() => Organisatie)
  async organisatie(@Root() instrument: Instrument, @Ctx() ctx: CatalogContext): Promise<Organisatie | null> {
    return ctx.loaders.organisatieById.load(instrument.organisatieId);
  }

  @FieldResolver(() => Aanbieder)
  async aanbieder(@Root() instrument: Instrument, @Ctx() ctx: CatalogContext): Promise<Aanbieder | null> {
    return ctx.loaders.aanbiederById.load(instrument.aanbiederId);
  }

  @FieldResolver(() => [KenmerkGroep], { description: 'Gekoppelde kenmerken, per categorie in de volgorde van de gids.' })
  async kenmerken(@Root() instrument: Instrument, @Ctx() ctx: CatalogContext): Promise<KenmerkGroep[]> {
    const codes = await ctx.loaders.kenmerkCodesByInstrument.load(instrument.id);
    const kenmerken = found(await ctx.loaders.kenmerkByCode.loadMany(codes));
    const categorieCodes = [...new Set(kenmerken.map((k) => k.categorieCode))];
    const categorieen = found(await ctx.loaders.categorieByCode.loadMany(categorieCodes));
    return categorieen
      .sort((a, b) => a.volgorde - b.volgorde)
      .map((categorie) => ({
        categorie,
        kenmerken: kenmerken.filter((k) => k.categorieCode === categorie.code).sort((a, b) => a.volgorde - b.volgorde || a.naam.localeCompare(b.naam)),
      }));
  }

  @FieldResolver(() => BeschikbareGebieden)
  async beschikbareGebieden(@Root() instrument: Instrument, @Ctx() ctx: CatalogContext): Promise<BeschikbareGebieden> {
    return { landelijk: instrument.landelijk, ...(await ctx.loaders.gebiedenByInstrument.load(instrument.id)) };
  }

  @FieldResolver(() => [ContactpersoonKoppeling], { description: 'Interne contactpersonen alleen voor wie is ingelogd; anders de externe.' })
  async contactpersonen(@Root() instrument: Instrument, @Ctx() ctx: CatalogContext): Promise<ContactpersoonKoppeling[]> {
    return visibleContactpersonen(ctx, await ctx.loaders.contactpersonenByInstrument.load(instrument.id));
  }

  @FieldResolver(() => [Locatie])
  locaties(@Root() instrument: Instrument, @Ctx() ctx: CatalogContext): Promise<Locatie[]> {
    return ctx.loaders.locatiesByInstrument.load(instrument.id);
  }

  @FieldResolver(() => [Registratiecode])
  registratiecodes(@Root() instrument: Instrument, @Ctx() ctx: CatalogContext): Promise<Registratiecode[]> {
    return ctx.loaders.registratiecodesByInstrument.load(instrument.id);
  }

  @FieldResolver(() => [Link])
  links(@Root() instrument: Instrument, @Ctx() ctx: CatalogContext): Promise<Link[]> {
    return ctx.loaders.linksByInstrument.load(instrument.id);
  }

  @FieldResolver(() => [Download])
  downloads(@Root() instrument: Instrument, @Ctx() ctx: CatalogContext): Promise<Download[]> {
    return ctx.loaders.downloadsByInstrument.load(instrument.id);
  }

  @FieldResolver(() => [Video])
  videos(@Root() instrument: Instrument, @Ctx() ctx: CatalogContext): Promise<Video[]> {
    return ctx.loaders.videosByInstrument.load(instrument.id);
  }
}
