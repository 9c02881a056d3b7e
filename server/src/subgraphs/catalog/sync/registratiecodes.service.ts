import type { DataSource } from 'typeorm';
import { badUserInput } from '../../../core/errors.js';
import { serviceLogger } from '../../../core/log.js';
import { repeat } from '../../../core/repeat.js';
import { decodeCursor, encodeCursor, pageSize, type Connection } from '../../../core/pagination.js';
import type { RegistratiecodeWijziging, RegistratiecodesArgs } from './registratiecodes.types.js';

interface Row {
  horizon: string;
  instrument_id: string | null;
  naam: string;
  code: string;
  label: string | null;
  gepubliceerd: boolean;
  verwijderd: boolean;
  updated_at: Date;
  tx: string;
  seq: string;
  total: string;
}

const log = serviceLogger('catalog');
const DIGITS = /^[0-9]{1,20}$/;
/** How often the feed catches up with publication windows that a new day opened or closed. */
const PUBLICATION_REFRESH_MS = 15 * 60_000;

/** A position in the feed, (tx, seq): everything up to and including it has been read. */
function position(after: string | null | undefined): [string, string] {
  if (!after) return ['0', '0'];
  const [tx, seq] = decodeCursor(after, ['string', 'string']) as string[];
  if (!DIGITS.test(tx!) || !DIGITS.test(seq!)) {
    throw badUserInput('Deze cursor is ongeldig. Begin opnieuw bij de eerste pagina.', [{ field: 'after', message: 'Ongeldige cursor.' }]);
  }
  return [tx!, seq!];
}

/**
 * Reads the change feed (migration RegistratiecodeSync) in (tx, seq) order, only below the oldest transaction
 * still running (its snapshot's xmin, taken in the same statement): a transaction that started earlier but commits
 * later can only hold ids from that horizon on, so a page never passes a change that is still to come. On the last
 * page the cursor moves to the horizon itself, so the next sync starts where this one stopped.
 */
export class RegistratiecodesService {
  constructor(private readonly ds: DataSource) {}

  async page(organisatieIds: readonly string[], args: RegistratiecodesArgs): Promise<Connection<RegistratiecodeWijziging>> {
    const first = pageSize(args.first);
    const [tx, seq] = position(args.after);
    const rows: Row[] = await this.ds.query(
      `SELECT h.xmin::text AS horizon, w.instrument_id, w.naam, w.code, w.label, w.gepubliceerd, w.verwijderd, w.updated_at,
              w.tx::text AS tx, w.seq::text AS seq, count(w.code) OVER () AS total
       FROM (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin) h
       LEFT JOIN registratiecode_wijziging w ON w.organisatie_id = ANY($1::uuid[]) AND w.tx < h.xmin
         AND (w.tx, w.seq) > ($2::xid8, $3::bigint) AND ($4::timestamptz IS NULL OR w.updated_at > $4::timestamptz)
       ORDER BY w.tx, w.seq
       LIMIT $5`,
      [organisatieIds, tx, seq, args.updatedSince ?? null, first + 1],
    );
    const found = rows.filter((row) => row.instrument_id !== null);
    const hasNextPage = found.length > first;
    const nodes = found.slice(0, first);
    const last = nodes.at(-1);
    return {
      totalCount: Number(rows[0]!.total),
      nodes: nodes.map((row) => ({
        instrumentId: row.instrument_id!,
        naam: row.naam,
        code: row.code,
        label: row.label,
        gepubliceerd: row.gepubliceerd,
        verwijderd: row.verwijderd,
        updatedAt: row.updated_at,
      })),
      pageInfo: { hasNextPage, endCursor: encodeCursor(hasNextPage ? [last!.tx, last!.seq] : [rows[0]!.horizon, '0']) },
    };
  }

  /** The instrument ids of the organisaties that have this code now (not deleted), by naam. */
  async instrumentIdsWithCode(organisatieIds: readonly string[], code: string): Promise<string[]> {
    const rows: { instrument_id: string }[] = await this.ds.query(
      `SELECT instrument_id FROM registratiecode_wijziging WHERE organisatie_id = ANY($1::uuid[]) AND code = $2 AND NOT verwijderd ORDER BY naam, instrument_id`,
      [organisatieIds, code],
    );
    return rows.map((row) => row.instrument_id);
  }

  /** Runs the feed function again for instruments whose publication a new day changed (they changed no row). */
  async refreshPublication(): Promise<void> {
    await this.ds.query(
      `SELECT registratiecode_wijzigingen(ARRAY(
         SELECT DISTINCT w.instrument_id FROM registratiecode_wijziging w JOIN instrument i ON i.id = w.instrument_id
         WHERE NOT w.verwijderd
           AND w.gepubliceerd <> is_gepubliceerd(i.publiceren, i.publiceer_vanaf, i.publiceer_tot_en_met, (now() AT TIME ZONE 'Europe/Amsterdam')::date)))`,
    );
  }
}

/** Refreshes the publication of the feed now and every 15 minutes (replicas may overlap: the function locks); returns stop. */
export function schedulePublicationRefresh(service: RegistratiecodesService): () => Promise<void> {
  return repeat(() => service.refreshPublication(), PUBLICATION_REFRESH_MS, {
    now: true,
    onError: (error) => log.error({ err: error }, 'registratiecodes: publicatie bijwerken mislukt'),
  });
}
