import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { requireBeheerder } from '../../../core/access.js';
import { assertUuid } from '../../../core/ids.js';
import { Adres } from '../adres.entity.js';
import type { CatalogContext } from '../catalog.context.js';
import { Contactpersoon } from '../contactpersoon.entity.js';
import { Kenmerk } from '../kenmerk.entity.js';
import { Wijk } from '../wijk.entity.js';
import {
  CreateAdresInput, CreateContactpersoonInput, CreateDoelgroepInput, CreateWijkInput,
  UpdateAdresInput, UpdateContactpersoonInput, UpdateDoelgroepInput, UpdateWijkInput, VERSION_ARG,
} from './records-beheer.input.js';

/** The beheeromgeving's reusable records: contactpersonen, adressen, wijken and eigen doelgroepen. */
@Resolver()
export class RecordsBeheerResolver {
  @Query(() => [Contactpersoon], { description: 'Beheer: de contactpersonen om uit te kiezen, van je eigen organisaties (landelijk beheerder: alle), op naam.' })
  beheerContactpersonen(@Arg('organisatieId', () => ID, { nullable: true }) organisatieId: string | null, @Ctx() ctx: CatalogContext): Promise<Contactpersoon[]> {
    return ctx.services.contactpersoonBeheer.list(requireBeheerder(ctx), organisatieId ?? null);
  }

  @Query(() => [Adres], { description: 'Beheer: de adressen om uit te kiezen, van je eigen organisaties (landelijk beheerder: alle).' })
  beheerAdressen(@Arg('organisatieId', () => ID, { nullable: true }) organisatieId: string | null, @Ctx() ctx: CatalogContext): Promise<Adres[]> {
    return ctx.services.adresBeheer.list(requireBeheerder(ctx), organisatieId ?? null);
  }

  @Query(() => [Wijk], { description: 'Beheer: de wijken van een gemeente die je eigen organisaties maakten (landelijk beheerder: alle), op naam.' })
  beheerWijken(@Arg('gemeenteCode', () => ID) gemeenteCode: string, @Ctx() ctx: CatalogContext): Promise<Wijk[]> {
    return ctx.services.wijkBeheer.list(requireBeheerder(ctx), gemeenteCode);
  }

  @Mutation(() => Contactpersoon)
  createContactpersoon(@Arg('input', () => CreateContactpersoonInput) input: CreateContactpersoonInput, @Ctx() ctx: CatalogContext): Promise<Contactpersoon> {
    return ctx.services.contactpersoonBeheer.create(requireBeheerder(ctx), input);
  }

  @Mutation(() => Contactpersoon, { description: 'Wijzig alleen de meegegeven velden.' })
  updateContactpersoon(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => UpdateContactpersoonInput) input: UpdateContactpersoonInput,
    @Ctx() ctx: CatalogContext,
  ): Promise<Contactpersoon> {
    const caller = requireBeheerder(ctx);
    assertUuid(id, 'id');
    return ctx.services.contactpersoonBeheer.update(caller, id, version, input);
  }

  @Mutation(() => Boolean, { description: 'Alleen als de contactpersoon nergens meer gekoppeld is (anders CONFLICT).' })
  deleteContactpersoon(@Arg('id', () => ID) id: string, @Arg('version', () => Int, VERSION_ARG) version: number, @Ctx() ctx: CatalogContext): Promise<boolean> {
    const caller = requireBeheerder(ctx);
    assertUuid(id, 'id');
    return ctx.services.contactpersoonBeheer.delete(caller, id, version);
  }

  @Mutation(() => Adres)
  createAdres(@Arg('input', () => CreateAdresInput) input: CreateAdresInput, @Ctx() ctx: CatalogContext): Promise<Adres> {
    return ctx.services.adresBeheer.create(requireBeheerder(ctx), input);
  }

  @Mutation(() => Adres, { description: 'Wijzig alleen de meegegeven velden.' })
  updateAdres(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => UpdateAdresInput) input: UpdateAdresInput,
    @Ctx() ctx: CatalogContext,
  ): Promise<Adres> {
    const caller = requireBeheerder(ctx);
    assertUuid(id, 'id');
    return ctx.services.adresBeheer.update(caller, id, version, input);
  }

  @Mutation(() => Boolean, { description: 'Alleen als geen locatie het adres nog gebruikt (anders CONFLICT).' })
  deleteAdres(@Arg('id', () => ID) id: string, @Arg('version', () => Int, VERSION_ARG) version: number, @Ctx() ctx: CatalogContext): Promise<boolean> {
    const caller = requireBeheerder(ctx);
    assertUuid(id, 'id');
    return ctx.services.adresBeheer.delete(caller, id, version);
  }

  @Mutation(() => Wijk)
  createWijk(@Arg('input', () => CreateWijkInput) input: CreateWijkInput, @Ctx() ctx: CatalogContext): Promise<Wijk> {
    return ctx.services.wijkBeheer.create(requireBeheerder(ctx), input);
  }

  @Mutation(() => Wijk, { description: 'Wijzig alleen de meegegeven velden.' })
  updateWijk(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => UpdateWijkInput) input: UpdateWijkInput,
    @Ctx() ctx: CatalogContext,
  ): Promise<Wijk> {
    const caller = requireBeheerder(ctx);
    assertUuid(id, 'id');
    return ctx.services.wijkBeheer.update(caller, id, version, input);
  }

  @Mutation(() => Boolean, { description: 'Alleen als geen instrument de wijk nog gebruikt (anders CONFLICT).' })
  deleteWijk(@Arg('id', () => ID) id: string, @Arg('version', () => Int, VERSION_ARG) version: number, @Ctx() ctx: CatalogContext): Promise<boolean> {
    const caller = requireBeheerder(ctx);
    assertUuid(id, 'id');
    return ctx.services.wijkBeheer.delete(caller, id, version);
  }

  @Mutation(() => Kenmerk, { description: "Een eigen doelgroep in EVA_DOELGROEP of DENNIS_DOELGROEP. Er is geen doelgroep 'algemeen'." })
  createDoelgroep(@Arg('input', () => CreateDoelgroepInput) input: CreateDoelgroepInput, @Ctx() ctx: CatalogContext): Promise<Kenmerk> {
    return ctx.services.doelgroepBeheer.create(requireBeheerder(ctx), input);
  }

  @Mutation(() => Kenmerk, { description: 'Wijzig alleen de meegegeven velden.' })
  updateDoelgroep(
    @Arg('code', () => ID) code: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => UpdateDoelgroepInput) input: UpdateDoelgroepInput,
    @Ctx() ctx: CatalogContext,
  ): Promise<Kenmerk> {
    return ctx.services.doelgroepBeheer.update(requireBeheerder(ctx), code, version, input);
  }

  @Mutation(() => Boolean, { description: 'Verwijdert de eigen doelgroep; instrumenten met deze doelgroep verliezen hem.' })
  deleteDoelgroep(@Arg('code', () => ID) code: string, @Arg('version', () => Int, VERSION_ARG) version: number, @Ctx() ctx: CatalogContext): Promise<boolean> {
    return ctx.services.doelgroepBeheer.delete(requireBeheerder(ctx), code, version);
  }
}
