import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AccountsContext } from './accounts.context.js';
import { Rol } from './accounts.enums.js';
import { requireCaller, requireRol } from './access.js';
import { Gebruiker } from './gebruiker.entity.js';
import { CreateGebruikerInput } from './gebruiker.input.js';
import { OrganisatieRef } from './organisatie.type.js';

@Resolver(() => Gebruiker)
export class GebruikerResolver {
  @Query(() => Gebruiker, { nullable: true, description: 'Wie er is ingelogd; null zonder (geldige) login.' })
  me(@Ctx() ctx: AccountsContext): Promise<Gebruiker | null> | null {
    return ctx.caller ? ctx.loaders.gebruikerById.load(ctx.caller.id) : null;
  }

  @Mutation(() => Gebruiker, { description: 'Maakt een account aan. Alleen voor landelijk beheerders.' })
  createGebruiker(@Arg('input', () => CreateGebruikerInput) input: CreateGebruikerInput, @Ctx() ctx: AccountsContext): Promise<Gebruiker> {
    requireRol(ctx, Rol.LANDELIJK_BEHEERDER);
    return ctx.services.gebruikers.create(input);
  }

  @Mutation(() => Gebruiker, { description: 'Wijzigt de naam van wie er is ingelogd.' })
  wijzigProfiel(@Arg('naam', () => String) naam: string, @Ctx() ctx: AccountsContext): Promise<Gebruiker> {
    return ctx.services.gebruikers.wijzigNaam(requireCaller(ctx).id, naam);
  }

  @FieldResolver(() => [OrganisatieRef], { description: 'De organisaties waar het account bij hoort.' })
  async organisaties(@Root() gebruiker: Gebruiker, @Ctx() ctx: AccountsContext): Promise<OrganisatieRef[]> {
    const ids = await ctx.loaders.organisatieIdsByGebruiker.load(gebruiker.id);
    return ids.map((id) => ({ id }));
  }
}
