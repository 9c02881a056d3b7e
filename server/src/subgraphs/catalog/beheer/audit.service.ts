import type { DataSource, EntityManager } from 'typeorm';
import { changedFields, writeAudit as writeTrail, type AuditTrail, type Snapshot } from '../../../core/audit.js';
import { manageableOrganisaties } from '../../../core/access.js';
import type { Caller } from '../../../core/caller.js';
import { badUserInput } from '../../../core/errors.js';
import { decodeCursor, encodeCursor, pageSize, type Connection } from '../../../core/pagination.js';
import { AuditRecord } from './audit.entity.js';

/** What the cursor holds: `Date.toISOString()` of the last record. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export interface AuditEntry {
  caller: Caller;
  organisatieId: string;
  entiteit: string;
  entiteitId: string;
  actie: string;
  voor: Snapshot | null;
  na: Snapshot | null;
}

/** The catalog's trail (`catalog.audit_record`): a change that changed nothing leaves no record. */
export const CATALOG_AUDIT: AuditTrail<AuditEntry> = {
  entity: AuditRecord,
  toRow(entry) {
    const velden = changedFields(entry.voor, entry.na);
    if (entry.actie === 'gewijzigd' && velden.length === 0) return null;
    return {
      gebruikerId: entry.caller.id, organisatieId: entry.organisatieId, entiteit: entry.entiteit, entiteitId: entry.entiteitId,
      actie: entry.actie, velden, voor: entry.voor, na: entry.na,
    };
  },
};

/** Writes the audit record inside the mutation's own transaction (`em`). */
export const writeAudit = (em: EntityManager, entry: AuditEntry): Promise<void> => writeTrail(em, CATALOG_AUDIT, entry);

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
