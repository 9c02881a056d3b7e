import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Adres } from '../adres.entity.js';
import type { CatalogContext } from '../catalog.context.js';
import { Contactpersoon } from '../contactpersoon.entity.js';
import { Kenmerk } from '../kenmerk.entity.js';
import { Wijk } from '../wijk.entity.js';
import { requireBeheerder } from './access.js';
import {
  CreateAdresInput, CreateContactpersoonInput, CreateDoelgroepInput, CreateWijkInput,
  UpdateAdresInput, UpdateContactpersoonInput, UpdateDoelgroepInput, UpdateWijkInput,
} from './records-beheer.input.js';
import { RecordsBeheerService } from './records-beheer.service.js';

const service = (ctx: CatalogContext) => new RecordsBeheerService(ctx.dataSource);

@Resolver()
export class RecordsBeheerResolver {
  @Query(() => [Contactpersoon], { description: 'Beheer: de contactpersonen om uit te kiezen, van je eigen organisaties (landelijk beheerder: alle), op naam.' })
  beheerContactpersonen(@Arg('organisatieId', () => ID, { nullable: true }) organisatieId: string | null, @Ctx() ctx: CatalogContext): Promise<Contactpersoon[]> {
    return service(ctx).contactpersonen(requireBeheerder(ctx), organisatieId ?? null);
  }

  @Query(() => [Adres], { description: 'Beheer: de adressen om uit te kiezen, van je eigen organisaties (landelijk beheerder: alle).' })
  beheerAdressen(@Arg('organisatieId', () => ID, { nullable: true }) organisatieId: string | null, @Ctx() ctx: CatalogContext): Promise<Adres[]> {
    return service(ctx).adressen(requireBeheerder(ctx), organisatieId ?? null);
  }

  @Query(() => [Wijk], { description: 'Beheer: de wijken van een gemeente die je eigen organisaties maakten (landelijk beheerder: alle), op naam.' })
  beheerWijken(@Arg('gemeenteCode', () => ID) gemeenteCode: string, @Ctx() ctx: CatalogContext): Promise<Wijk[]> {
    return service(ctx).wijken(requireBeheerder(ctx), gemeenteCode);
  }

  @Mutation(() => Contactpersoon)
  createContactpersoon(@Arg('input', () => CreateContactpersoonInput) input: CreateContactpersoonInput, @Ctx() ctx: CatalogContext): Promise<Contactpersoon> {
    return service(ctx).createContactpersoon(requireBeheerder(ctx), input);
  }

  @Mutation(() => Contactpersoon, { description: 'Wijzig alleen de meegegeven velden.' })
  updateContactpersoon(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateContactpersoonInput) input: UpdateContactpersoonInput, @Ctx() ctx: CatalogContext): Promise<Contactpersoon> {
    return service(ctx).updateContactpersoon(requireBeheerder(ctx), id, input);
  }

  @Mutation(() => Boolean, { description: 'Alleen als de contactpersoon nergens meer gekoppeld is (anders CONFLICT).' })
  deleteContactpersoon(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogContext): Promise<boolean> {
    return service(ctx).deleteContactpersoon(requireBeheerder(ctx), id);
  }

  @Mutation(() => Adres)
  createAdres(@Arg('input', () => CreateAdresInput) input: CreateAdresInput, @Ctx() ctx: CatalogContext): Promise<Adres> {
    return service(ctx).createAdres(requireBeheerder(ctx), input);
  }

  @Mutation(() => Adres, { description: 'Wijzig alleen de meegegeven velden.' })
  updateAdres(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateAdresInput) input: UpdateAdresInput, @Ctx() ctx: CatalogContext): Promise<Adres> {
    return service(ctx).updateAdres(requireBeheerder(ctx), id, input);
  }

  @Mutation(() => Boolean, { description: 'Alleen als geen locatie het adres nog gebruikt (anders CONFLICT).' })
  deleteAdres(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogContext): Promise<boolean> {
    return service(ctx).deleteAdres(requireBeheerder(ctx), id);
  }

  @Mutation(() => Wijk)
  createWijk(@Arg('input', () => CreateWijkInput) input: CreateWijkInput, @Ctx() ctx: CatalogContext): Promise<Wijk> {
    return service(ctx).createWijk(requireBeheerder(ctx), input);
  }

  @Mutation(() => Wijk, { description: 'Wijzig alleen de meegegeven velden.' })
  updateWijk(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateWijkInput) input: UpdateWijkInput, @Ctx() ctx: CatalogContext): Promise<Wijk> {
    return service(ctx).updateWijk(requireBeheerder(ctx), id, input);
  }

  @Mutation(() => Boolean, { description: 'Alleen als geen instrument de wijk nog gebruikt (anders CONFLICT).' })
  deleteWijk(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogContext): Promise<boolean> {
    return service(ctx).deleteWijk(requireBeheerder(ctx), id);
  }

  @Mutation(() => Kenmerk, { description: "Een eigen doelgroep in EVA_DOELGROEP of DENNIS_DOELGROEP. Er is geen doelgroep 'algemeen'." })
  createDoelgroep(@Arg('input', () => CreateDoelgroepInput) input: CreateDoelgroepInput, @Ctx() ctx: CatalogContext): Promise<Kenmerk> {
    return service(ctx).createDoelgroep(requireBeheerder(ctx), input);
  }

  @Mutation(() => Kenmerk, { description: 'Wijzig alleen de meegegeven velden.' })
  updateDoelgroep(@Arg('code', () => ID) code: string, @Arg('input', () => UpdateDoelgroepInput) input: UpdateDoelgroepInput, @Ctx() ctx: CatalogContext): Promise<Kenmerk> {
    return service(ctx).updateDoelgroep(requireBeheerder(ctx), code, input);
  }

  @Mutation(() => Boolean, { description: 'Verwijdert de eigen doelgroep; instrumenten met deze doelgroep verliezen hem.' })
  deleteDoelgroep(@Arg('code', () => ID) code: string, @Ctx() ctx: CatalogContext): Promise<boolean> {
    return service(ctx).deleteDoelgroep(requireBeheerder(ctx), code);
  }
}
