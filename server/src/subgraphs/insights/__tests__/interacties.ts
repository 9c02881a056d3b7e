import type { TestPlatform } from '../../../test-support/harness.js';

export interface BackdatedEvent {
  /** The moment, with its UTC offset. */
  t: string;
  soort: string;
  gids?: string;
  instrumentId?: string;
  kenmerken?: string[];
  regio?: string | null;
  gemeente?: string;
  resultaten?: number;
}

/** Events at a chosen moment, which recordEvents cannot do: it stamps the server's clock. */
export async function insertEvents(platform: TestPlatform, rows: readonly BackdatedEvent[]): Promise<void> {
  const insights = platform.subgraphs.find((s) => s.definition.name === 'insights')!.dataSource;
  await insights.query(
    `INSERT INTO interactie (tijdstip, soort, gids, instrument_id, kenmerken, regio, gemeente, resultaten)
     SELECT t, soort, coalesce(gids, 'DENNIS'), "instrumentId", kenmerken, CASE WHEN has_regio THEN regio ELSE 'AM18' END, gemeente, resultaten
     FROM jsonb_to_recordset($1::jsonb) AS x(t timestamptz, soort text, gids text, "instrumentId" uuid, kenmerken text[], regio text,
       has_regio boolean, gemeente text, resultaten integer)`,
    [JSON.stringify(rows.map((r) => ({ ...r, has_regio: r.regio !== undefined })))],
  );
}

const FILTER = '$van: LocalDate!, $tot: LocalDate!, $gids: Gids, $regio: String';
const FILTER_ARGS = 'van: $van, tot: $tot, gids: $gids, regio: $regio';

/** Every interaction dashboard query, with all its arguments as variables. */
export const DASHBOARD_QUERIES = {
  interactiesPerPeriode: `query(${FILTER}, $per: Periode!, $soort: InteractieSoort) {
    interactiesPerPeriode(${FILTER_ARGS}, per: $per, soort: $soort) { periode soort gids aantal } }`,
  meestBekekenInstrumenten: `query(${FILTER}, $first: Int) {
    meestBekekenInstrumenten(${FILTER_ARGS}, first: $first) { instrument { id naam } aantal } }`,
  meestGebruikteKenmerken: `query(${FILTER}, $first: Int) { meestGebruikteKenmerken(${FILTER_ARGS}, first: $first) { code aantal } }`,
  zoekopdrachtenZonderResultaat: `query(${FILTER}, $first: Int) {
    zoekopdrachtenZonderResultaat(${FILTER_ARGS}, first: $first) { kenmerken regio gemeente aantal } }`,
  doorklikratio: `query(${FILTER}) { doorklikratio(${FILTER_ARGS}) { bekeken contact ratio } }`,
} as const;
export type DashboardQuery = keyof typeof DASHBOARD_QUERIES;
