import type { DataSource } from 'typeorm';
import type {
  BekekenInstrument, DashboardFilterArgs, Doorklikratio, InteractiesInPeriode, KenmerkGebruik, PerPeriodeArgs, TopArgs,
  TopInstrumentenArgs, ZoekopdrachtZonderResultaat,
} from './dashboard.types.js';
import { Periode } from './dashboard.types.js';

const ZONE = `'Europe/Amsterdam'`;
const TRUNC: Record<Periode, string> = { [Periode.DAG]: 'day', [Periode.WEEK]: 'week', [Periode.MAAND]: 'month' };

/** A WHERE clause over interactie with its parameters; the days are whole days in Dutch time. */
class Filter {
  readonly params: unknown[] = [];
  private readonly conditions: string[] = [];

  constructor(args: DashboardFilterArgs, soorten: readonly string[]) {
    this.add(`tijdstip >= (${this.param(args.van)}::date::timestamp AT TIME ZONE ${ZONE})`);
    this.add(`tijdstip < ((${this.param(args.tot)}::date + 1)::timestamp AT TIME ZONE ${ZONE})`);
    if (soorten.length) this.add(`soort = ANY(${this.param(soorten)}::text[])`);
    if (args.gids) this.add(`gids = ${this.param(args.gids)}`);
    if (args.regio) this.add(`regio = ${this.param(args.regio)}`);
  }

  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  add(condition: string): void {
    this.conditions.push(condition);
  }

  get where(): string {
    return `WHERE ${this.conditions.join(' AND ')}`;
  }
}

/** The dashboard's interaction data: each answer is one aggregate statement over insights.interactie. */
export class DashboardService {
  constructor(private readonly ds: DataSource) {}

  perPeriode(args: PerPeriodeArgs): Promise<InteractiesInPeriode[]> {
    const f = new Filter(args, args.soort ? [args.soort] : []);
    return this.ds.query(
      `SELECT to_char(date_trunc('${TRUNC[args.per]}', tijdstip AT TIME ZONE ${ZONE}), 'YYYY-MM-DD') AS periode, soort, gids, count(*)::int AS aantal
       FROM interactie ${f.where} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      f.params,
    );
  }

  async meestBekeken(args: TopInstrumentenArgs): Promise<BekekenInstrument[]> {
    const f = new Filter(args, ['BEKEKEN']);
    f.add('instrument_id IS NOT NULL');
    const rows: { id: string; aantal: number }[] = await this.ds.query(
      `SELECT instrument_id AS id, count(*)::int AS aantal FROM interactie ${f.where}
       GROUP BY 1 ORDER BY aantal DESC, id LIMIT ${f.param(args.first)}`,
      f.params,
    );
    return rows.map((r) => ({ instrument: { id: r.id }, aantal: r.aantal }));
  }

  /** A kenmerk counts once per search, even when a client sent it twice. */
  meestGebruikteKenmerken(args: TopArgs): Promise<KenmerkGebruik[]> {
    const f = new Filter(args, ['ZOEKEN']);
    return this.ds.query(
      `SELECT code, count(*)::int AS aantal FROM interactie CROSS JOIN LATERAL (SELECT DISTINCT unnest(kenmerken)) AS k(code) ${f.where}
       GROUP BY code ORDER BY aantal DESC, code LIMIT ${f.param(args.first)}`,
      f.params,
    );
  }

  /** Grouped by the set of kenmerken (sorted, without repeats), so the same filters in another order count together. */
  zonderResultaat(args: TopArgs): Promise<ZoekopdrachtZonderResultaat[]> {
    const f = new Filter(args, ['ZOEKEN']);
    f.add('resultaten = 0');
    return this.ds.query(
      `SELECT s.combinatie AS kenmerken, regio, gemeente, count(*)::int AS aantal
       FROM interactie CROSS JOIN LATERAL (
         SELECT coalesce(array_agg(DISTINCT k ORDER BY k), '{}') AS combinatie FROM unnest(kenmerken) AS k
       ) s ${f.where}
       GROUP BY 1, 2, 3 ORDER BY aantal DESC, 1, 2 NULLS FIRST, 3 NULLS FIRST LIMIT ${f.param(args.first)}`,
      f.params,
    );
  }

  async doorklikratio(args: DashboardFilterArgs): Promise<Doorklikratio> {
    const f = new Filter(args, ['BEKEKEN', 'CONTACT']);
    const [row]: { bekeken: number; contact: number }[] = await this.ds.query(
      `SELECT count(*) FILTER (WHERE soort = 'BEKEKEN')::int AS bekeken, count(*) FILTER (WHERE soort = 'CONTACT')::int AS contact
       FROM interactie ${f.where}`,
      f.params,
    );
    const { bekeken, contact } = row!;
    return { bekeken, contact, ratio: bekeken ? contact / bekeken : null };
  }
}
