import pg from 'pg';

/**
 * The hand-written reference: the same search answered by ONE well-indexed SQL statement (GIN on a
 * kenmerk array, every facet counted in a single scan). Lives in a bench-only schema, never in the app.
 */

export interface Selection {
  gids: 'EVA' | 'DENNIS';
  kenmerken: string[];
  gemeente?: string;
  tekst?: string;
}

export interface Counts {
  total: number;
  facets: Map<string, number>;
}

/**
 * One row per instrument with its kenmerken (parents added), area codes and search vector (its own and its
 * aanbieder's, as the platform searches both); published as of today.
 */
export async function prepareReferenceTable(client: pg.Client, today: string): Promise<void> {
  await client.query(`
    DROP SCHEMA IF EXISTS bench CASCADE;
    CREATE SCHEMA bench;
    CREATE TABLE bench.instrument_facet AS
      SELECT i.id, i.gids::text AS gids,
             i.publiceren AND (i.publiceer_vanaf IS NULL OR i.publiceer_vanaf <= '${today}') AND (i.publiceer_tot_en_met IS NULL OR i.publiceer_tot_en_met >= '${today}') AS published,
             ARRAY(SELECT ik.kenmerk_code FROM catalog.instrument_kenmerk ik WHERE ik.instrument_id = i.id
                   UNION SELECT k.parent_code FROM catalog.instrument_kenmerk ik JOIN catalog.kenmerk k ON k.code = ik.kenmerk_code
                          WHERE ik.instrument_id = i.id AND k.parent_code IS NOT NULL) AS kenmerken,
             ARRAY(SELECT 'L' WHERE i.landelijk
                   UNION ALL SELECT 'R:' || regio_code FROM catalog.instrument_regio r WHERE r.instrument_id = i.id
                   UNION ALL SELECT 'G:' || gemeente_code FROM catalog.instrument_gemeente g WHERE g.instrument_id = i.id
                   UNION ALL SELECT 'W:' || wijk_id FROM catalog.instrument_wijk w WHERE w.instrument_id = i.id) AS area,
             i.zoekvector || coalesce(a.zoekvector, '') AS zoek
        FROM catalog.instrument i JOIN catalog.aanbieder a ON a.id = i.aanbieder_id;
    CREATE INDEX ON bench.instrument_facet USING gin (kenmerken);
    CREATE INDEX ON bench.instrument_facet USING gin (area);
    CREATE INDEX ON bench.instrument_facet USING gin (zoek);
    CREATE INDEX ON bench.instrument_facet (gids, published);
    ANALYZE bench.instrument_facet;`);
}

/** Area codes a gemeente matches: landelijk, its regio, itself and its wijken. */
async function areaCodes(client: pg.Client, gemeente: string): Promise<string[]> {
  const { rows } = await client.query(
    `SELECT 'L' AS code UNION ALL SELECT 'R:' || regio_code FROM catalog.gemeente WHERE code = $1
     UNION ALL SELECT 'G:' || $1 UNION ALL SELECT 'W:' || id FROM catalog.wijk WHERE gemeente_code = $1`,
    [gemeente],
  );
  return rows.map((r) => r.code);
}

export interface ReferenceQuery {
  text: string;
  values: unknown[];
  /** 'unnest': one row per (instrument, kenmerk), grouped; 'filter': one aggregate column per option; 'single scan': see singleScanQuery. */
  shape: 'unnest' | 'filter' | 'single scan';
}

/**
 * Builds single statements for a selection (totals and every facet count of the guide) in three shapes;
 * the benchmark keeps whichever PostgreSQL answers faster, so the reference is the best SQL we wrote.
 */
export async function referenceQueries(client: pg.Client, selection: Selection): Promise<ReferenceQuery[]> {
  const { rows: kenmerken } = await client.query(
    `SELECT k.code, k.categorie_code FROM catalog.kenmerk k JOIN catalog.kenmerk_categorie c ON c.code = k.categorie_code WHERE c.gids = $1`,
    [selection.gids],
  );
  const categorieOf = new Map<string, string>(kenmerken.map((k) => [k.code, k.categorie_code]));
  const byCategorie = new Map<string, string[]>();
  for (const code of selection.kenmerken) byCategorie.set(categorieOf.get(code)!, [...(byCategorie.get(categorieOf.get(code)!) ?? []), code]);
  const values: unknown[] = [selection.gids];
  const where = ['gids = $1', 'published'];
  if (selection.gemeente) where.push(`area && $${values.push(await areaCodes(client, selection.gemeente))}::text[]`);
  if (selection.tekst) where.push(textCondition(values, selection.tekst));
  const categories = [...byCategorie.keys()];
  const flags = categories.map((c, i) => `kenmerken && $${values.push(byCategorie.get(c))}::text[] AS c${i}`);
  const all = categories.map((_, i) => `c${i}`).join(' AND ') || 'true';
  const others = categories.length
    ? categories.map((c, i) => `(k.categorie_code = '${c}' OR c${i})`).join(' AND ')
    : 'true';
  const base = `WITH f AS (SELECT kenmerken${flags.map((f) => ', ' + f).join('')} FROM bench.instrument_facet WHERE ${where.join(' AND ')})`;
  const unnest = `${base}
    SELECT '' AS code, count(*) FILTER (WHERE ${all})::int AS n FROM f
    UNION ALL
    SELECT u.code, count(*) FILTER (WHERE ${others})::int
      FROM f CROSS JOIN LATERAL unnest(f.kenmerken) AS u(code) JOIN catalog.kenmerk k ON k.code = u.code
     GROUP BY u.code`;
  const othersOf = (categorie: string) => categories.map((c, i) => (c === categorie ? null : `c${i}`)).filter(Boolean).join(' AND ') || 'true';
  const columns = kenmerken.map((k) => `count(*) FILTER (WHERE ${othersOf(k.categorie_code)} AND kenmerken @> ARRAY['${k.code}'])::int AS "${k.code}"`);
  const filter = `${base} SELECT count(*) FILTER (WHERE ${all})::int AS "_total", ${columns.join(', ')} FROM f`;
  return [
    { text: unnest, values, shape: 'unnest' },
    { text: filter, values, shape: 'filter' },
    await singleScanQuery(client, selection, kenmerken),
  ];
}

/**
 * A third formulation: a single scan without CTE or join, the total riding along as an
 * appended '' code, and rows that miss two or more selected categories dropped before unnesting (they count
 * for no option). No materialised CTE, so PostgreSQL may run it in parallel.
 */
async function singleScanQuery(
  client: pg.Client,
  selection: Selection,
  rows: { code: string; categorie_code: string }[],
): Promise<ReferenceQuery> {
  const categorieOf = new Map(rows.map((r) => [r.code, r.categorie_code]));
  const selected = [...new Set(selection.kenmerken.map((code) => categorieOf.get(code)!))];
  const values: unknown[] = [selection.gids];
  const where = ['gids = $1', 'published'];
  if (selection.gemeente) where.push(`area && $${values.push(await areaCodes(client, selection.gemeente))}::text[]`);
  if (selection.tekst) where.push(textCondition(values, selection.tekst));
  const flags = selected.map((c, i) => `, kenmerken && $${values.push(selection.kenmerken.filter((k) => categorieOf.get(k) === c))}::text[] AS c${i}`);
  const codesOf = (c: string) => rows.filter((r) => r.categorie_code === c).map((r) => r.code);
  // An option counts the rows that pass every selected category except its own.
  const counted = selected.map((c, i) => `(c${i} OR u.code = ANY($${values.push(codesOf(c))}::text[]))`).join(' AND ') || 'true';
  const missesAtMostOne = selected.length > 1 ? `WHERE ${selected.map((_, i) => `c${i}::int`).join(' + ')} >= ${selected.length - 1}` : '';
  const text = `SELECT u.code, count(*) FILTER (WHERE ${counted})::int AS n
      FROM (SELECT kenmerken${flags.join('')} FROM bench.instrument_facet WHERE ${where.join(' AND ')}) f
      CROSS JOIN LATERAL unnest(f.kenmerken || ''::text) AS u(code)
     ${missesAtMostOne}
     GROUP BY u.code`;
  // Same result rows as the 'unnest' shape (code '' is the total), so runReference reads it.
  return { text, values, shape: 'single scan' };
}


export async function runReference(client: pg.Client, query: ReferenceQuery): Promise<Counts> {
  const { rows } = await client.query(query.text, query.values);
  // The total travels as code '' (unnest) or column "_total" (filter).
  const pairs: [string, number][] = query.shape !== 'filter' ? rows.map((r) => [r.code || '_total', r.n]) : Object.entries(rows[0] as Record<string, number>);
  const facets = new Map(pairs.filter(([code]) => code !== '_total'));
  return { total: pairs.find(([code]) => code === '_total')?.[1] ?? 0, facets };
}

/**
 * One search word as the platform reads it: the word or the beginning of a longer one, or a part of a compound
 * ("coach" in "jobcoach"). The platform splits compounds into words it knows; in the bench catalogue every lexeme
 * holding the word is such a compound, so a substring stands in for the splitting (the counts are compared).
 */
function textCondition(values: unknown[], tekst: string): string {
  const prefix = values.push(tekst + ':*');
  const part = values.push(`%${tekst}%`);
  return `(zoek @@ to_tsquery('catalog.nl', $${prefix}) OR EXISTS (SELECT 1 FROM unnest(zoek) u WHERE u.lexeme LIKE $${part}))`;
}
