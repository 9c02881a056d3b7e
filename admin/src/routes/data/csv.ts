import type { Keuzes } from './keuzes';

export type CsvParams = Record<string, string | number | readonly string[] | null | undefined>;

/**
 * The gateway's CSV download of a dashboard table (`GET /export/<tabel>.csv`): the query's own arguments as
 * parameters, a list repeated (`per=TEGEL&per=REGIO`). The session cookie goes along, so access is the API's.
 */
export function csvUrl(tabel: string, params: CsvParams): string {
  const query = new URLSearchParams();
  for (const [naam, waarde] of Object.entries(params)) {
    if (waarde === null || waarde === undefined) continue;
    for (const deel of Array.isArray(waarde) ? waarde : [waarde]) query.append(naam, String(deel));
  }
  return `/export/${tabel}.csv?${query}`;
}

/** The interaction queries' filter, as variables and as CSV parameters (the same names). */
export const periodeFilter = ({ van, tot, gids, regio }: Keuzes) => ({ van, tot, gids, regio });
