import type { DataSource } from 'typeorm';
import type {
  BekekenInstrument, DashboardFilterArgs, Doorklikratio, InteractiesInPeriode, KenmerkGebruik, PerPeriodeArgs, TopArgs,
  TopInstrumentenArgs, ZoekopdrachtZonderResultaat,
} from './dashboard.types.js';
import { Periode } from './dashboard.types.js';
import { ROLLUPS, sourceSql, type Rollup, type SourceFilter } from './rollups.js';

const TRUNC: Record<Periode, string> = { [Periode.DAG]: 'day', [Periode.WEEK]: 'week', [Periode.MAAND]: 'month' };

/** The parameters of one statement; `source` gives a rollup's rows for the question's period, gids and regio. */
class Statement implements SourceFilter {
  readonly params: unknown[] = [];
  readonly van: string;
  readonly tot: string;
  readonly gids: string | null;
  readonly regio: string | null;

  /** `months`: whole months may be read as month rows (not when the answer is per day or week). */
  constructor(
    args: DashboardFilterArgs,
    readonly months = true,
  ) {
    ({ van: this.van, tot: this.tot } = args);
    this.gids = args.gids ?? null;
    this.regio = args.regio ?? null;
  }

  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  source(rollup: Rollup): string {
    return `(${sourceSql(rollup, this)}) AS i`;
  }
}

/**
 * The dashboard's interaction data: each answer is one aggregate statement over a daily rollup and the raw events
 * not yet folded into it (rollups.ts).
 */
export class DashboardService {
  constructor(private readonly ds: DataSource) {}

  perPeriode(args: PerPeriodeArgs): Promise<InteractiesInPeriode[]> {
    const s = new Statement(args, args.per === Periode.MAAND);
    const from = s.source(ROLLUPS.interacties);
    return this.ds.query(
      `SELECT to_char(date_trunc('${TRUNC[args.per]}', dag::timestamp), 'YYYY-MM-DD') AS periode, soort, gids, sum(aantal)::int AS aantal
       FROM ${from} ${args.soort ? `WHERE soort = ${s.param(args.soort)}` : ''} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      s.params,
    );
  }

  async meestBekeken(args: TopInstrumentenArgs): Promise<BekekenInstrument[]> {
    const s = new Statement(args);
    const rows: { id: string; aantal: number }[] = await this.ds.query(
      `SELECT instrument_id AS id, sum(aantal)::int AS aantal FROM ${s.source(ROLLUPS.bekeken)}
       GROUP BY 1 ORDER BY aantal DESC, id LIMIT ${s.param(args.first)}`,
      s.params,
    );
    return rows.map((r) => ({ instrument: { id: r.id }, aantal: r.aantal }));
  }

  meestGebruikteKenmerken(args: TopArgs): Promise<KenmerkGebruik[]> {
    const s = new Statement(args);
    return this.ds.query(
      `SELECT code, sum(aantal)::int AS aantal FROM ${s.source(ROLLUPS.kenmerken)}
       GROUP BY code ORDER BY aantal DESC, code LIMIT ${s.param(args.first)}`,
      s.params,
    );
  }

  zonderResultaat(args: TopArgs): Promise<ZoekopdrachtZonderResultaat[]> {
    const s = new Statement(args);
    return this.ds.query(
      `SELECT kenmerken, regio, gemeente, sum(aantal)::int AS aantal FROM ${s.source(ROLLUPS.zonderResultaat)}
       GROUP BY 1, 2, 3 ORDER BY aantal DESC, 1, 2 NULLS FIRST, 3 NULLS FIRST LIMIT ${s.param(args.first)}`,
      s.params,
    );
  }

  async doorklikratio(args: DashboardFilterArgs): Promise<Doorklikratio> {
    const s = new Statement(args);
    const [row]: { bekeken: number; contact: number }[] = await this.ds.query(
      `SELECT coalesce(sum(aantal) FILTER (WHERE soort = 'BEKEKEN'), 0)::int AS bekeken,
              coalesce(sum(aantal) FILTER (WHERE soort = 'CONTACT'), 0)::int AS contact
       FROM ${s.source(ROLLUPS.interacties)} WHERE soort IN ('BEKEKEN', 'CONTACT')`,
      s.params,
    );
    const { bekeken, contact } = row!;
    return { bekeken, contact, ratio: bekeken ? contact / bekeken : null };
  }
}
