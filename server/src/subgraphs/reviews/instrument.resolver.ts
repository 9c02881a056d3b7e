import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Connection } from '../../core/pagination.js';
import { Beoordeling } from './beoordeling.type.js';
import { InstrumentRef } from './references.js';
import { ReviewConnection } from './review-connection.js';
import { Review } from './review.entity.js';
import type { ReviewsContext } from './reviews.context.js';

@ArgsType()
class ReviewsArgs {
  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

/** What reviews adds to the catalog's Instrument; both fields batch a whole page per request. */
@Resolver(() => InstrumentRef)
export class InstrumentReviewsResolver {
  @FieldResolver(() => Beoordeling)
  beoordeling(@Root() instrument: InstrumentRef, @Ctx() ctx: ReviewsContext): Promise<Beoordeling> {
    return ctx.loaders.beoordeling.load(instrument.id);
  }

  @FieldResolver(() => ReviewConnection, { description: 'De reviews, nieuwste eerst. Verborgen reviews alleen voor hun auteur en de beheerders.' })
  reviews(@Root() instrument: InstrumentRef, @Args(() => ReviewsArgs) args: ReviewsArgs, @Ctx() ctx: ReviewsContext): Promise<Connection<Review>> {
    return ctx.loaders.reviewPage(args).load(instrument.id);
  }
}
