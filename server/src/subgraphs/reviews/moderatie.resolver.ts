import { Args, ArgsType, Ctx, Field, Int, Query, Resolver } from 'type-graphql';
import { BEHEERDER_ROLLEN, requireRol } from '../../core/access.js';
import type { Connection } from '../../core/pagination.js';
import { ReviewConnection } from './review-connection.js';
import type { Review } from './review.entity.js';
import type { ReviewsContext } from './reviews.context.js';

@ArgsType()
class BeheerReviewsArgs {
  @Field(() => Boolean, { nullable: true, description: 'true: alleen verborgen reviews; false: alleen zichtbare; leeg: alle.' })
  verborgen?: boolean | null;

  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@Resolver()
export class ReviewModeratieResolver {
  @Query(() => ReviewConnection, {
    description: 'Moderatie: de reviews van de instrumenten van je eigen organisaties (landelijk beheerder: alle), ook verborgen, nieuwste eerst.',
  })
  beheerReviews(@Args(() => BeheerReviewsArgs) args: BeheerReviewsArgs, @Ctx() ctx: ReviewsContext): Promise<Connection<Review>> {
    const caller = requireRol(ctx, BEHEERDER_ROLLEN, 'Alleen beheerders kunnen reviews modereren.', 'Log in om reviews te beheren.');
    return ctx.services.moderatie.page(caller, args);
  }
}
