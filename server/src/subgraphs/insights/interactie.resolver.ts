import { Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import type { InsightsContext } from './insights.context.js';
import { InteractieInput } from './interactie.input.js';

@Resolver()
export class InteractieResolver {
  // Anonymous callers too: it is a public site; the gateway's rate limit per address applies.
  @Mutation(() => Int, {
    description: 'Legt tot 50 interacties vast (zonder persoonsgegevens); geeft het aantal opgeslagen. Klopt er één niet, dan wordt niets opgeslagen (BAD_USER_INPUT met events[i].veld).',
  })
  recordEvents(@Arg('events', () => [InteractieInput]) events: InteractieInput[], @Ctx() ctx: InsightsContext): Promise<number> {
    return ctx.services.interacties.record(events);
  }
}
