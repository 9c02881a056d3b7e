/**
 * The daily rollups as data: for each table, which raw events it counts and how each of its columns is computed
 * from one. Folding (rollup.service.ts) and reading (dashboard.service.ts) are both built from these, so the two
 * cannot disagree about what a rollup row means.
 */

export const ZONE = `'Europe/Amsterdam'`;
/** The Dutch day of a raw event. */
export const DAG = `(tijdstip AT TIME ZONE ${ZONE})::date`;
/** The moment a Dutch day (an SQL date expression) begins. */
export const dagBegin = (date: string) => `((${date})::timestamp AT TIME ZONE ${ZONE})`;
/** The first moment whose events still count raw: everything before it is in the rollups. */
const WATERMARK = '(SELECT tot FROM opgerold)';
/** The watermark's day: its rows in the rollups hold the part of that day before the watermark. */
const WATERMARK_DAY = `((SELECT tot FROM opgerold) AT TIME ZONE ${ZONE})::date`;

export interface Rollup {
  table: string;
  /** The raw events, with the joins a column needs. */
  from: string;
  /** Which raw events count. */
  where: string;
  /** The table's own columns (besides dag, gids, regio, aantal), each with its expression over a raw event. */
  columns: Record<string, string>;
  /** Whether the table has rows counting every regio together (`totaal`). */
  totaal: boolean;
}

export const ROLLUPS = {
  interacties: { table: 'interactie_dag', from: 'interactie', where: 'true', columns: { soort: 'soort' }, totaal: true },
  bekeken: {
    table: 'bekeken_dag',
    from: 'interactie',
    where: `soort = 'BEKEKEN' AND instrument_id IS NOT NULL`,
    columns: { instrument_id: 'instrument_id' },
    totaal: true,
  },
  // A kenmerk counts once per search, even when a client sent it twice.
  kenmerken: {
    table: 'kenmerk_dag',
    from: 'interactie CROSS JOIN LATERAL (SELECT DISTINCT unnest(kenmerken)) AS k(code)',
    where: `soort = 'ZOEKEN'`,
    columns: { code: 'k.code' },
    totaal: true,
  },
  // By the set of kenmerken (sorted, each once), so the same filters in another order count together.
  zonderResultaat: {
    table: 'zonder_resultaat_dag',
    from: `interactie CROSS JOIN LATERAL (SELECT coalesce(array_agg(DISTINCT k ORDER BY k), '{}') FROM unnest(kenmerken) AS k) AS s(combinatie)`,
    where: `soort = 'ZOEKEN' AND resultaten = 0`,
    columns: { kenmerken: 's.combinatie', gemeente: 'gemeente' },
    totaal: false,
  },
} satisfies Record<string, Rollup>;

/**
 * Folds the raw events from moment $1 up to (not including) $2 into day rows of their days. A day folded in parts
 * (hour by hour) has several rows per key; they add up.
 */
export function foldSql(rollup: Rollup): string {
  const columns = Object.keys(rollup.columns);
  const expressions = Object.values(rollup.columns);
  const dimensions = [DAG, 'gids', ...expressions];
  const groupBy = rollup.totaal
    ? `GROUPING SETS ((${[...dimensions, 'regio'].join(', ')}), (${dimensions.join(', ')}))`
    : [...dimensions, 'regio'].join(', ');
  return `INSERT INTO ${rollup.table} (dag, gids, regio, ${rollup.totaal ? 'totaal, ' : ''}${columns.join(', ')}, aantal)
    SELECT ${DAG}, gids, regio, ${rollup.totaal ? 'GROUPING(regio) = 1, ' : ''}${expressions.join(', ')}, count(*)
    FROM ${rollup.from}
    WHERE tijdstip >= $1::timestamptz AND tijdstip < $2::timestamptz AND ${rollup.where}
    GROUP BY ${groupBy}`;
}

/**
 * Adds up the day rows of the whole months from $1 up to (not including) $2 into month rows (`maand`, `dag` the
 * first of the month): a question over a year then reads twelve rows per key instead of 365.
 */
export function foldMonthsSql(rollup: Rollup): string {
  const keys = ['gids', 'regio', ...(rollup.totaal ? ['totaal'] : []), ...Object.keys(rollup.columns)];
  return `INSERT INTO ${rollup.table} (dag, maand, ${keys.join(', ')}, aantal)
    SELECT date_trunc('month', dag)::date, true, ${keys.join(', ')}, sum(aantal)
    FROM ${rollup.table} WHERE NOT maand AND dag >= $1::date AND dag < $2::date
    GROUP BY 1, ${keys.join(', ')}`;
}

/** The period, gids and regio a dashboard question asks about, as SQL parameters it adds to a list. */
export interface SourceFilter {
  /** Adds a parameter and answers its placeholder ($n). */
  param(value: unknown): string;
  van: string;
  tot: string;
  gids?: string | null;
  regio?: string | null;
  /** Whether whole months may be read as month rows: not when the answer is per day or per week. */
  months: boolean;
}

/**
 * One relation (dag, gids, regio, the table's columns, aantal) over the period: the rollup's whole months (when
 * allowed) and days before the watermark, and the raw events from it on, already counted per day. Every part is
 * filtered on the period, gids and regio itself, so each uses its index.
 */
export function sourceSql(rollup: Rollup, filter: SourceFilter): string {
  const van = filter.param(filter.van);
  const tot = filter.param(filter.tot);
  const gids = filter.gids ? filter.param(filter.gids) : null;
  const regio = filter.regio ? filter.param(filter.regio) : null;
  const columns = Object.keys(rollup.columns);

  // The day rows reach up to the watermark's day (that one in part); the whole months inside the period before the
  // watermark's month may be read as month rows, the days before and after them as day rows. Three ranges, so
  // each part scans only its own rows.
  const end = `least(${tot}::date + 1, ${WATERMARK_DAY} + 1)`;
  const monthsFrom = `(date_trunc('month', ${van}::date - 1) + interval '1 month')::date`;
  const monthsTo = `greatest(${monthsFrom}, least(date_trunc('month', ${tot}::date + 1), date_trunc('month', ${WATERMARK_DAY}))::date)`;
  const ranges = filter.months
    ? [`NOT maand AND dag >= ${van}::date AND dag < least(${monthsFrom}, ${end})`, `maand AND dag >= ${monthsFrom} AND dag < ${monthsTo}`, `NOT maand AND dag >= ${monthsTo} AND dag < ${end}`]
    : [`NOT maand AND dag >= ${van}::date AND dag < ${end}`];
  const folded: string[] = [];
  const raw = [
    `tijdstip >= ${dagBegin(`${van}::date`)}`,
    `tijdstip < ${dagBegin(`${tot}::date + 1`)}`,
    `tijdstip >= ${WATERMARK}`,
    rollup.where,
  ];
  if (gids) [folded, raw].forEach((conditions) => conditions.push(`gids = ${gids}`));
  if (regio) {
    folded.push(`regio = ${regio}`);
    raw.push(`regio = ${regio}`);
  }
  if (rollup.totaal) folded.push(regio ? 'NOT totaal' : 'totaal');

  const expressions = Object.entries(rollup.columns).map(([column, expression]) => `${expression} AS ${column}`);
  const parts = ranges.map((range) => `SELECT dag, gids, regio, ${columns.join(', ')}, aantal FROM ${rollup.table} WHERE ${[range, ...folded].join(' AND ')}`);
  return `${parts.join('\n    UNION ALL\n    ')}
    UNION ALL
    SELECT ${DAG} AS dag, gids, regio, ${expressions.join(', ')}, count(*)::int
    FROM ${rollup.from} WHERE ${raw.join(' AND ')}
    GROUP BY ${Array.from({ length: 3 + columns.length }, (_, i) => i + 1).join(', ')}`;
}
