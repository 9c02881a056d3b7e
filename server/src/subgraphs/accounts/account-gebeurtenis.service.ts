import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../core/caller.js';
import { decodeCursor, encodeCursor, pageSize, type Connection } from '../../core/pagination.js';
import { AccountGebeurtenis } from './account-gebeurtenis.entity.js';
import type { AccountGebeurtenisSoort } from './accounts.enums.js';

/** Who acts (null: not logged in) and from where, as the gateway vouched for it. */
export interface Actor {
  callerId: string | null;
  clientAddress: string | null;
}

export const actorOf = (identity: { caller: Caller | null; clientAddress: string | null }): Actor => ({
  callerId: identity.caller?.id ?? null,
  clientAddress: identity.clientAddress,
});

export interface Gebeurtenis {
  soort: AccountGebeurtenisSoort;
  gebruikerId: string | null;
  email: string | null;
  details?: Record<string, unknown> | null;
}

// What a client typed as e-mail address is kept, but not without bound.
const MAX_EMAIL = 320;

/**
 * Writes an event with `em`: pass the transaction's manager where there is a change, so the change and its
 * event commit or roll back together.
 */
export async function writeGebeurtenis(em: EntityManager, actor: Actor, event: Gebeurtenis): Promise<void> {
  await em.getRepository(AccountGebeurtenis).insert({
    soort: event.soort,
    gebruikerId: event.gebruikerId,
    email: event.email?.slice(0, MAX_EMAIL) ?? null,
    doorGebruikerId: actor.callerId,
    clientAdres: actor.clientAddress,
    // TypeORM's insert type cannot express a jsonb object column; the value is plain JSON.
    details: (event.details ?? null) as never,
  });
}

/** Reads the trail, newest first (the resolver decides who may). */
export class AccountGebeurtenisService {
  constructor(private readonly ds: DataSource) {}

  async list(args: { gebruikerId?: string | null; first?: number | null; after?: string | null }): Promise<Connection<AccountGebeurtenis>> {
    const size = pageSize(args.first);
    const query = this.ds.getRepository(AccountGebeurtenis).createQueryBuilder('e');
    if (args.gebruikerId) query.andWhere('e.gebruiker_id = :gebruikerId', { gebruikerId: args.gebruikerId });
    const totalCount = await query.getCount();
    if (args.after) {
      const [id] = decodeCursor(args.after, ['string']);
      // A well-formed cursor with something else than an id in it: the same answer as any broken cursor.
      if (!/^\d{1,18}$/.test(String(id))) decodeCursor('-', ['string']);
      query.andWhere('e.id < :id::bigint', { id });
    }
    const rows = await query.orderBy('e.id', 'DESC').limit(size + 1).getMany();
    const nodes = rows.slice(0, size);
    const last = nodes.at(-1);
    return { totalCount, nodes, pageInfo: { hasNextPage: rows.length > size, endCursor: last ? encodeCursor([String(last.id)]) : null } };
  }
}
