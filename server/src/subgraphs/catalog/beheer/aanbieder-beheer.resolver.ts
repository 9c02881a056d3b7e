import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { requireBeheerder } from '../../../core/access.js';
import { assertUuid } from '../../../core/ids.js';
import { Aanbieder } from '../aanbieder.entity.js';
import type { CatalogContext } from '../catalog.context.js';
import { Instrument } from '../instrument.entity.js';
import { CreateAanbiederInput, UpdateAanbiederInput } from './aanbieder-beheer.input.js';
import { ContactpersoonKoppelingInput } from './instrument-beheer.input.js';
import { VERSION_ARG } from './records-beheer.input.js';

@Resolver()
export class AanbiederBeheerResolver {
  @Query(() => [Aanbieder], { description: 'Beheer: de aanbieders om uit te kiezen, van je eigen organisaties (landelijk beheerder: alle), op naam.' })
  beheerAanbieders(@Arg('organisatieId', () => ID, { nullable: true }) organisatieId: string | null, @Ctx() ctx: CatalogContext): Promise<Aanbieder[]> {
    return ctx.services.aanbiederBeheer.list(requireBeheerder(ctx), organisatieId ?? null);
  }

  @Mutation(() => Aanbieder)
  createAanbieder(@Arg('input', () => CreateAanbiederInput) input: CreateAanbiederInput, @Ctx() ctx: CatalogContext): Promise<Aanbieder> {
    return ctx.services.aanbiederBeheer.create(requireBeheerder(ctx), input);
  }

  @Mutation(() => Aanbieder, { description: 'Wijzig alleen de meegegeven velden.' })
  updateAanbieder(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => UpdateAanbiederInput) input: UpdateAanbiederInput,
    @Ctx() ctx: CatalogContext,
  ): Promise<Aanbieder> {
    const caller = requireBeheerder(ctx);
    assertUuid(id, 'id');
    return ctx.services.aanbiederBeheer.update(caller, id, version, input);
  }

  @Mutation(() => Boolean, { description: 'Alleen als geen instrument de aanbieder nog gebruikt (anders CONFLICT).' })
  deleteAanbieder(@Arg('id', () => ID) id: string, @Arg('version', () => Int, VERSION_ARG) version: number, @Ctx() ctx: CatalogContext): Promise<boolean> {
    const caller = requireBeheerder(ctx);
    assertUuid(id, 'id');
    return ctx.services.aanbiederBeheer.delete(caller, id, version);
  }

  @Mutation(() => Aanbieder, { description: 'Vervangt de contactpersonen van de aanbieder door deze lijst. Met version: alleen als niemand de aanbieder intussen wijzigde.' })
  setAanbiederContactpersonen(
    @Arg('aanbiederId', () => ID) aanbiederId: string,
    @Arg('contactpersonen', () => [ContactpersoonKoppelingInput]) contactpersonen: ContactpersoonKoppelingInput[],
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<Aanbieder> {
    const caller = requireBeheerder(ctx);
    assertUuid(aanbiederId, 'aanbiederId');
    return ctx.services.aanbiederBeheer.setContactpersonen(caller, aanbiederId, version ?? null, contactpersonen);
  }

  @Mutation(() => Instrument, { description: 'Koppel een instrument aan deze aanbieder. version is de versie die je bewerkte: is die verouderd, dan volgt CONFLICT.' })
  koppelInstrumentAanAanbieder(
    @Arg('aanbiederId', () => ID) aanbiederId: string,
    @Arg('instrumentId', () => ID) instrumentId: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: CatalogContext,
  ): Promise<Instrument> {
    const caller = requireBeheerder(ctx);
    assertUuid(aanbiederId, 'aanbiederId');
    assertUuid(instrumentId, 'instrumentId');
    return ctx.services.aanbiederBeheer.koppelInstrument(caller, aanbiederId, instrumentId, version);
  }
}
