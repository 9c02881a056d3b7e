import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { BEHEERDER_ROLLEN, personOf, requireCaller, requireRol } from '../../core/access.js';
import { actorOf } from '../../core/audit.js';
import { assertUuid } from '../../core/ids.js';
import { AuteurRef, InstrumentRef, OrganisatieRef } from './references.js';
import { CreateReviewArgs, UpdateReviewArgs } from './review.input.js';
import { Review } from './review.entity.js';
import type { ReviewsContext } from './reviews.context.js';

const LOGIN = 'Log in om een review te schrijven.';

@Resolver(() => Review)
export class ReviewResolver {
  @Query(() => Review, { nullable: true, description: 'Jouw review van dit instrument (ook als een beheerder hem verborg); null zonder login of review.' })
  mijnReview(@Arg('instrumentId', () => ID) instrumentId: string, @Ctx() ctx: ReviewsContext): Promise<Review | null> | null {
    const caller = personOf(ctx);
    if (!caller) return null;
    assertUuid(instrumentId, 'instrumentId');
    return ctx.services.reviews.mine(caller, instrumentId);
  }

  @Mutation(() => Review, { description: 'Schrijft je review van een gepubliceerd instrument; één per instrument.' })
  createReview(@Args(() => CreateReviewArgs) args: CreateReviewArgs, @Ctx() ctx: ReviewsContext): Promise<Review> {
    const caller = requireCaller(ctx, LOGIN);
    assertUuid(args.instrumentId, 'instrumentId');
    if (args.organisatieId) assertUuid(args.organisatieId, 'organisatieId');
    return ctx.services.reviews.create(caller, actorOf(ctx), args);
  }

  @Mutation(() => Review, { description: 'Wijzigt je eigen review; alleen de meegegeven velden veranderen (null maakt een veld leeg).' })
  updateReview(@Args(() => UpdateReviewArgs) args: UpdateReviewArgs, @Ctx() ctx: ReviewsContext): Promise<Review> {
    const caller = requireCaller(ctx, LOGIN);
    assertUuid(args.id, 'id');
    return ctx.services.reviews.update(caller, actorOf(ctx), args);
  }

  @Mutation(() => ID, { description: 'Trekt je eigen review in: hij telt nergens meer mee. Daarna kun je een nieuwe schrijven.' })
  async withdrawReview(@Arg('id', () => ID) id: string, @Ctx() ctx: ReviewsContext): Promise<string> {
    const caller = requireCaller(ctx, LOGIN);
    assertUuid(id, 'id');
    return (await ctx.services.reviews.withdraw(caller, actorOf(ctx), id)).id;
  }

  @Mutation(() => Review, { description: 'Verbergt een review (moderatie) met een reden: beheerders van de organisatie van het instrument en de landelijk beheerder.' })
  hideReview(@Arg('id', () => ID) id: string, @Arg('reden', () => String) reden: string, @Ctx() ctx: ReviewsContext): Promise<Review> {
    const caller = requireRol(ctx, BEHEERDER_ROLLEN, 'Alleen beheerders kunnen reviews verbergen.', 'Log in om reviews te beheren.');
    assertUuid(id, 'id');
    return ctx.services.reviews.hide(caller, actorOf(ctx), id, reden);
  }

  @FieldResolver(() => AuteurRef)
  auteur(@Root() review: Review): AuteurRef {
    return { id: review.auteurId };
  }

  @FieldResolver(() => OrganisatieRef, { nullable: true, description: 'De organisatie van de auteur bij het schrijven.' })
  organisatie(@Root() review: Review): OrganisatieRef | null {
    return review.organisatieId ? { id: review.organisatieId } : null;
  }

  @FieldResolver(() => InstrumentRef)
  instrument(@Root() review: Review): InstrumentRef {
    return { id: review.instrumentId };
  }

  @FieldResolver(() => Boolean, { description: 'Een beheerder verborg de review (zie verbergReden).' })
  verborgen(@Root() review: Review): boolean {
    return review.verborgenOp !== null;
  }
}
