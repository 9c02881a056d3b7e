import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType } from '../../core/pagination.js';
import { actorOf } from '../../core/audit.js';
import type { AccountsContext } from './accounts.context.js';
import { personOf, requireCaller, requireLandelijkBeheerder } from '../../core/access.js';
import { Gebruiker } from './gebruiker.entity.js';
import { CreateGebruikerInput } from './gebruiker.input.js';
import { OrganisatieRef } from './organisatie.type.js';

const GebruikerConnection = ConnectionType(Gebruiker, 'GebruikerConnection');

@ArgsType()
class GebruikersArgs {
  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => String, { nullable: true, description: 'Deel van het e-mailadres of de naam.' })
  zoek?: string | null;
}

@Resolver(() => Gebruiker)
export class GebruikerResolver {
  @Query(() => Gebruiker, { nullable: true, description: 'Wie er is ingelogd; null zonder (geldige) login.' })
  me(@Ctx() ctx: AccountsContext): Promise<Gebruiker | null> | null {
    const person = personOf(ctx);
    return person ? ctx.loaders.gebruikerById.load(person.id) : null;
  }

  @Query(() => GebruikerConnection, { description: 'Alle accounts, op e-mailadres. Alleen voor landelijk beheerders.' })
  gebruikers(@Args(() => GebruikersArgs) args: GebruikersArgs, @Ctx() ctx: AccountsContext) {
    requireLandelijkBeheerder(ctx);
    return ctx.services.gebruikers.list(args);
  }

  @Mutation(() => Gebruiker, { description: 'Maakt een account aan. Alleen voor landelijk beheerders.' })
  createGebruiker(@Arg('input', () => CreateGebruikerInput) input: CreateGebruikerInput, @Ctx() ctx: AccountsContext): Promise<Gebruiker> {
    requireLandelijkBeheerder(ctx);
    return ctx.services.gebruikers.create(input, actorOf(ctx));
  }

  @Mutation(() => Gebruiker, { description: 'Wijzigt de naam van wie er is ingelogd.' })
  wijzigProfiel(@Arg('naam', () => String) naam: string, @Ctx() ctx: AccountsContext): Promise<Gebruiker> {
    return ctx.services.gebruikers.wijzigNaam(requireCaller(ctx).id, naam, actorOf(ctx));
  }

  @Mutation(() => Gebruiker, { description: 'Zet een account uit: inloggen kan niet meer en alle sessies stoppen direct. Alleen voor landelijk beheerders, niet voor je eigen account.' })
  deactiveerGebruiker(@Arg('id', () => ID) id: string, @Ctx() ctx: AccountsContext): Promise<Gebruiker> {
    requireLandelijkBeheerder(ctx);
    return ctx.services.gebruikers.zetActief(id, false, actorOf(ctx));
  }

  @Mutation(() => Gebruiker, { description: 'Zet een gedeactiveerd account weer aan. Alleen voor landelijk beheerders.' })
  activeerGebruiker(@Arg('id', () => ID) id: string, @Ctx() ctx: AccountsContext): Promise<Gebruiker> {
    requireLandelijkBeheerder(ctx);
    return ctx.services.gebruikers.zetActief(id, true, actorOf(ctx));
  }

  @FieldResolver(() => [OrganisatieRef], { description: 'De organisaties waar het account bij hoort.' })
  async organisaties(@Root() gebruiker: Gebruiker, @Ctx() ctx: AccountsContext): Promise<OrganisatieRef[]> {
    const ids = await ctx.loaders.organisatieIdsByGebruiker.load(gebruiker.id);
    return ids.map((id) => ({ id }));
  }
}
