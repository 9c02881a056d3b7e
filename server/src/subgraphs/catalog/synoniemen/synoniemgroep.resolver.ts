import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { requireBeheerder, requireRol } from '../../../core/access.js';
import type { RequestIdentity } from '../../../core/caller.js';
import { assertUuid } from '../../../core/ids.js';
import type { CatalogContext } from '../catalog.context.js';
import { VERSION_ARG } from '../beheer/records-beheer.input.js';
import { Synoniemgroep } from './synoniemgroep.entity.js';
import { SynoniemgroepInput } from './synoniemgroep.input.js';

/** Every beheerder may read the synonyms (they explain search results); only the landelijk beheerder changes them. */
const requireSynoniemBeheer = (identity: RequestIdentity) =>
  requireRol(identity, ['LANDELIJK_BEHEERDER'], 'Alleen de landelijk beheerder kan synoniemen wijzigen.', 'Log in om de gids te beheren.');

@Resolver()
export class SynoniemgroepResolver {
  @Query(() => [Synoniemgroep], { description: 'Beheer: de synoniemen die het zoeken gebruikt, op het eerste woord.' })
  synoniemgroepen(@Ctx() ctx: CatalogContext): Promise<Synoniemgroep[]> {
    requireBeheerder(ctx);
    return ctx.services.synoniemen.list();
  }

  @Mutation(() => Synoniemgroep, { description: 'Alleen de landelijk beheerder. Een woord kan maar in één groep staan (anders CONFLICT).' })
  createSynoniemgroep(@Arg('input', () => SynoniemgroepInput) input: SynoniemgroepInput, @Ctx() ctx: CatalogContext): Promise<Synoniemgroep> {
    return ctx.services.synoniemen.create(requireSynoniemBeheer(ctx), input);
  }

  @Mutation(() => Synoniemgroep, { description: 'Alleen de landelijk beheerder. Vervangt alle woorden en de toelichting.' })
  updateSynoniemgroep(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number,
    @Arg('input', () => SynoniemgroepInput) input: SynoniemgroepInput,
    @Ctx() ctx: CatalogContext,
  ): Promise<Synoniemgroep> {
    const caller = requireSynoniemBeheer(ctx);
    assertUuid(id, 'id');
    return ctx.services.synoniemen.update(caller, id, version, input);
  }

  @Mutation(() => Boolean, { description: 'Alleen de landelijk beheerder. Zonder version wordt niet gecontroleerd of de groep intussen is gewijzigd.' })
  deleteSynoniemgroep(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { nullable: true, description: VERSION_ARG.description }) version: number | null | undefined,
    @Ctx() ctx: CatalogContext,
  ): Promise<boolean> {
    const caller = requireSynoniemBeheer(ctx);
    assertUuid(id, 'id');
    return ctx.services.synoniemen.delete(caller, id, version ?? null);
  }
}
