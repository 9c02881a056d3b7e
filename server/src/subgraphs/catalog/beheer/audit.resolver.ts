import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType } from '../../../core/pagination.js';
import type { CatalogContext } from '../catalog.context.js';
import { assertUuid } from '../../../core/ids.js';
import { requireBeheerder } from '../../../core/access.js';
import { AuditRecord } from './audit.entity.js';
import { AuteurRef } from './auteur.reference.js';

const AuditConnection = ConnectionType(AuditRecord, 'AuditRecordConnection');

@ArgsType()
class AuditLogArgs {
  @Field(() => ID, { nullable: true, description: 'Alleen de wijzigingen van één instrument, aanbieder, ...' })
  entiteitId?: string | null;

  @Field(() => ID, { nullable: true })
  organisatieId?: string | null;

  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@Resolver(() => AuditRecord)
export class AuditResolver {
  @Query(() => AuditConnection, { description: 'Beheer: wie wat wanneer wijzigde, nieuwste eerst, voor de organisaties die je beheert.' })
  auditLog(@Args(() => AuditLogArgs) args: AuditLogArgs, @Ctx() ctx: CatalogContext) {
    const caller = requireBeheerder(ctx);
    if (args.entiteitId) assertUuid(args.entiteitId, 'entiteitId');
    if (args.organisatieId) assertUuid(args.organisatieId, 'organisatieId');
    return ctx.services.audit.list(caller, args);
  }

  /** Who made the change, by naam (accounts resolves it); null when the account no longer exists. */
  @FieldResolver(() => AuteurRef, { nullable: true, description: 'De beheerder die de wijziging deed, met naam.' })
  door(@Root() record: AuditRecord): AuteurRef {
    return { id: record.gebruikerId };
  }
}
