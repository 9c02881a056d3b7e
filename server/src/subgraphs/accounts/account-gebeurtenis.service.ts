import type { DataSource, EntityManager } from 'typeorm';
import { writeAudit, type Actor, type AuditTrail } from '../../core/audit.js';
import { decodeCursor, encodeCursor, pageSize, type Connection } from '../../core/pagination.js';
import { AccountGebeurtenis } from './account-gebeurtenis.entity.js';
import type { AccountGebeurtenisSoort } from './accounts.enums.js';

export interface Gebeurtenis {
  soort: AccountGebeurtenisSoort;
  gebruikerId: string | null;
  email: string | null;
  details?: Record<string, unknown> | null;
}

// What a client typed as e-mail address is kept, but not without bound.
const MAX_EMAIL = 320;

/** The accounts trail (`accounts.account_gebeurtenis`): an event, who did it and from where. */
export const ACCOUNTS_AUDIT: AuditTrail<{ actor: Actor; event: Gebeurtenis }> = {
  entity: AccountGebeurtenis,
  toRow: ({ actor, event }) => ({
    soort: event.soort,
    gebruikerId: event.gebruikerId,
    email: event.email?.slice(0, MAX_EMAIL) ?? null,
    doorGebruikerId: actor.callerId,
    clientAdres: actor.clientAddress,
    details: event.details ?? null,
  }),
};

/**
 * Writes an event with `em`: pass the transaction's manager where there is a change, so the change and its
 * event commit or roll back together.
 */
export const writeGebeurtenis = (em: EntityManager, actor: Actor, event: Gebeurtenis): Promise<void> => writeAudit(em, ACCOUNTS_AUDIT, { actor, event });

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
