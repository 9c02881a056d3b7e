import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Aanbieder } from '../aanbieder.entity.js';
import type { CatalogContext } from '../catalog.context.js';
import { Instrument } from '../instrument.entity.js';
import { requireBeheerder } from './access.js';
import { CreateAanbiederInput, UpdateAanbiederInput } from './aanbieder-beheer.input.js';
import { ContactpersoonKoppelingInput } from './instrument-beheer.input.js';
import { AanbiederBeheerService } from './aanbieder-beheer.service.js';

const service = (ctx: CatalogContext) => new AanbiederBeheerService(ctx.dataSource);

@Resolver()
export class AanbiederBeheerResolver {
  @Query(() => [Aanbieder], { description: 'Beheer: de aanbieders om uit te kiezen, van je eigen organisaties (landelijk beheerder: alle), op naam.' })
  beheerAanbieders(@Arg('organisatieId', () => ID, { nullable: true }) organisatieId: string | null, @Ctx() ctx: CatalogContext): Promise<Aanbieder[]> {
    return service(ctx).list(requireBeheerder(ctx), organisatieId ?? null);
  }

  @Mutation(() => Aanbieder)
  createAanbieder(@Arg('input', () => CreateAanbiederInput) input: CreateAanbiederInput, @Ctx() ctx: CatalogContext): Promise<Aanbieder> {
    return service(ctx).create(requireBeheerder(ctx), input);
  }

  @Mutation(() => Aanbieder, { description: 'Wijzig alleen de meegegeven velden.' })
  updateAanbieder(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateAanbiederInput) input: UpdateAanbiederInput,
    @Ctx() ctx: CatalogContext,
  ): Promise<Aanbieder> {
    return service(ctx).update(requireBeheerder(ctx), id, input);
  }

  @Mutation(() => Boolean, { description: 'Alleen als geen instrument de aanbieder nog gebruikt (anders CONFLICT).' })
  deleteAanbieder(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogContext): Promise<boolean> {
    return service(ctx).delete(requireBeheerder(ctx), id);
  }

  @Mutation(() => Aanbieder, { description: 'Vervangt de contactpersonen van de aanbieder door deze lijst.' })
  setAanbiederContactpersonen(
    @Arg('aanbiederId', () => ID) aanbiederId: string,
    @Arg('contactpersonen', () => [ContactpersoonKoppelingInput]) contactpersonen: ContactpersoonKoppelingInput[],
    @Ctx() ctx: CatalogContext,
  ): Promise<Aanbieder> {
    return service(ctx).setContactpersonen(requireBeheerder(ctx), aanbiederId, contactpersonen);
  }

  @Mutation(() => Instrument, { description: 'Koppel een instrument aan deze aanbieder. version is de versie die je bewerkte: is die verouderd, dan volgt CONFLICT.' })
  koppelInstrumentAanAanbieder(
    @Arg('aanbiederId', () => ID) aanbiederId: string,
    @Arg('instrumentId', () => ID) instrumentId: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: CatalogContext,
  ): Promise<Instrument> {
    return service(ctx).koppelInstrument(requireBeheerder(ctx), aanbiederId, instrumentId, version);
  }
}
