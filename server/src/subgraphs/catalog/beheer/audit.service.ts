import type { DataSource, EntityManager } from 'typeorm';
import { decodeCursor, encodeCursor, pageSize, type Connection } from '../../../core/pagination.js';
import { manageableOrganisaties } from './access.js';
import { AuditRecord } from './audit.entity.js';
import type { Caller } from '../../../core/caller.js';
import { badUserInput } from '../../../core/errors.js';

/** What the cursor holds: `Date.toISOString()` of the last record. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export type Snapshot = Record<string, unknown>;

export interface AuditEntry {
  caller: Caller;
  organisatieId: string;
  entiteit: string;
  entiteitId: string;
  actie: string;
  voor: Snapshot | null;
  na: Snapshot | null;
}

/** The top-level keys whose values differ between two snapshots. */
export function changedFields(voor: Snapshot | null, na: Snapshot | null): string[] {
  const keys = new Set([...Object.keys(voor ?? {}), ...Object.keys(na ?? {})]);
  return [...keys].filter((key) => JSON.stringify(voor?.[key] ?? null) !== JSON.stringify(na?.[key] ?? null)).sort();
}

/**
 * Writes the audit record inside the mutation's own transaction: the change and its record commit or roll
 * back together. A change that changed nothing leaves no record.
 */
export async function writeAudit(em: EntityManager, entry: AuditEntry): Promise<void> {
  const velden = changedFields(entry.voor, entry.na);
  if (entry.actie === 'gewijzigd' && velden.length === 0) return;
  await em.query(
    `INSERT INTO audit_record (gebruiker_id, organisatie_id, entiteit, entiteit_id, actie, velden, voor, na)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [entry.caller.id, entry.organisatieId, entry.entiteit, entry.entiteitId, entry.actie, velden, entry.voor, entry.na],
  );
}

/** Reads the audit trail: beheerders see the records of the organisaties they manage, newest first. */
export class AuditService {
  constructor(private readonly ds: DataSource) {}

  async list(
    caller: Caller,
    args: { entiteitId?: string | null; organisatieId?: string | null; first?: number | null; after?: string | null },
  ): Promise<Connection<AuditRecord>> {
    const size = pageSize(args.first);
    const query = this.ds.getRepository(AuditRecord).createQueryBuilder('a');
    const scope = manageableOrganisaties(caller);
    if (scope) query.andWhere('a.organisatie_id = ANY(:scope::uuid[])', { scope });
    if (args.organisatieId) query.andWhere('a.organisatie_id = :organisatieId', { organisatieId: args.organisatieId });
    if (args.entiteitId) query.andWhere('a.entiteit_id = :entiteitId', { entiteitId: args.entiteitId });
    const totalCount = await query.getCount();
    if (args.after) {
      const [tijdstip, id] = decodeCursor(args.after, ['string', 'string']);
      // The time goes into SQL as a timestamptz: a made-up cursor must not become a cast error.
      if (!ISO_TIME.test(String(tijdstip)) || Number.isNaN(Date.parse(String(tijdstip)))) {
        throw badUserInput('Deze cursor is ongeldig. Begin opnieuw bij de eerste pagina.', [{ field: 'after', message: 'Ongeldige cursor.' }]);
      }
      query.andWhere('(a.tijdstip, a.id::text) < (:tijdstip::timestamptz, :id)', { tijdstip, id });
    }
    const rows = await query.orderBy('a.tijdstip', 'DESC').addOrderBy('a.id::text', 'DESC').limit(size + 1).getMany();
    const nodes = rows.slice(0, size);
    const last = nodes.at(-1);
    return { totalCount, nodes, pageInfo: { hasNextPage: rows.length > size, endCursor: last ? encodeCursor([last.tijdstip.toISOString(), last.id]) : null } };
  }
}
