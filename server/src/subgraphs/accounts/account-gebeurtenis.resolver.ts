import { Args, ArgsType, Ctx, Field, ID, Int, Query, Resolver } from 'type-graphql';
import { assertUuid } from '../../core/ids.js';
import { ConnectionType } from '../../core/pagination.js';
import { AccountGebeurtenis } from './account-gebeurtenis.entity.js';
import type { AccountsContext } from './accounts.context.js';
import { requireLandelijkBeheerder } from '../../core/access.js';

const AccountGebeurtenisConnection = ConnectionType(AccountGebeurtenis, 'AccountGebeurtenisConnection');

@ArgsType()
class AccountGebeurtenissenArgs {
  @Field(() => ID, { nullable: true, description: 'Alleen de gebeurtenissen van dit account.' })
  gebruikerId?: string | null;

  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@Resolver(() => AccountGebeurtenis)
export class AccountGebeurtenisResolver {
  @Query(() => AccountGebeurtenisConnection, { description: 'Wat er met accounts gebeurde (inloggen, wachtwoord, deactiveren ...), nieuwste eerst. Alleen voor landelijk beheerders.' })
  accountGebeurtenissen(@Args(() => AccountGebeurtenissenArgs) args: AccountGebeurtenissenArgs, @Ctx() ctx: AccountsContext) {
    requireLandelijkBeheerder(ctx);
    if (args.gebruikerId) assertUuid(args.gebruikerId, 'gebruikerId');
    return ctx.services.gebeurtenissen.list(args);
  }
}
