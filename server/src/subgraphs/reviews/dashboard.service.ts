import type { DataSource } from 'typeorm';
import type { Caller } from '../../core/caller.js';
import { manageableOrganisaties } from '../../core/access.js';
import { oneDecimal } from './beoordeling.js';
import type { OrganisatieBeoordeling } from './dashboard.types.js';

/** The data dashboard's review figures: one aggregate statement over the reviews that count. */
export class ReviewDashboardService {
  constructor(private readonly ds: DataSource) {}

  /**
   * Per organisatie that manages reviewed instruments (of one guide, or both): average stars, reviews and
   * instruments. A regiobeheerder's own organisaties only; instruments the catalog deleted do not count.
   */
  async perOrganisatie(caller: Caller, gids: string | null): Promise<OrganisatieBeoordeling[]> {
    const rows: { organisatie_id: string; gemiddelde: number; aantal: number; instrumenten: number }[] = await this.ds.query(
      `SELECT i.organisatie_id, avg(r.sterren)::float8 AS gemiddelde, count(*)::int AS aantal, count(DISTINCT r.instrument_id)::int AS instrumenten
       FROM review r JOIN instrument i ON i.id = r.instrument_id
       WHERE r.ingetrokken_op IS NULL AND r.verborgen_op IS NULL
         AND ($1::text IS NULL OR i.gids = $1) AND ($2::uuid[] IS NULL OR i.organisatie_id = ANY($2::uuid[]))
       GROUP BY i.organisatie_id ORDER BY gemiddelde DESC, aantal DESC, i.organisatie_id`,
      [gids, manageableOrganisaties(caller)],
    );
    return rows.map((row) => ({ organisatie: { id: row.organisatie_id }, gemiddelde: oneDecimal(row.gemiddelde)!, aantal: row.aantal, instrumenten: row.instrumenten }));
  }
}
