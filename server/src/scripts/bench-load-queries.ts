/**
 * The queries of the load benchmark: the instrument page (a page of 20 with its nested kenmerken, gebieden,
 * contactpersonen, aanbieder and registratiecodes) in our schema and the same data in PostGraphile's, and
 * the public faceted search.
 */
export const PAGE_QUERY = `query InstrumentPagina($gids: Gids!) {
  instruments(first: 20, filter: { gids: $gids }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      naam samenvatting totaleKosten
      aanbieder { naam }
      kenmerken { categorie { naam soort } kenmerken { code naam } }
      beschikbareGebieden { landelijk regios { code naam } gemeenten { code naam } wijken { naam } }
      contactpersonen { soort label contactpersoon { naam telefoon email } }
      registratiecodes { code label }
    }
  }
}`;

/**
 * PostGraphile's generated schema for the same page: the join tables show as connections. It filters on the
 * guide only (its condition covers indexed columns), where ours also applies the publication window.
 */
export const POSTGRAPHILE_PAGE_QUERY = `query InstrumentPagina($gids: Gids!) {
  allInstruments(first: 20, condition: { gids: $gids }, orderBy: NAAM_ASC) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      naam samenvatting totaleKosten landelijk
      aanbiederByAanbiederId { naam }
      instrumentKenmerksByInstrumentId { nodes { kenmerkByKenmerkCode { code naam kenmerkCategorieByCategorieCode { naam soort } } } }
      instrumentRegiosByInstrumentId { nodes { regioByRegioCode { code naam } } }
      instrumentGemeentesByInstrumentId { nodes { gemeenteByGemeenteCode { code naam } } }
      instrumentWijksByInstrumentId { nodes { wijkByWijkId { naam } } }
      instrumentContactpersoonsByInstrumentId { nodes { soort label contactpersoonByContactpersoonId { naam telefoon email } } }
      registratiecodesByInstrumentId { nodes { code label } }
    }
  }
}`;

export const SEARCH_QUERY = `query Zoeken($gids: Gids!, $filter: InstrumentFilter, $sort: InstrumentSort) {
  instrumentSearch(gids: $gids, filter: $filter, first: 20, sort: $sort) {
    totalCount
    nodes { id naam samenvattingKort aanbieder { naam } }
    pageInfo { hasNextPage endCursor }
    facets { categorie { code } opties { kenmerk { code naam } count selected available } }
  }
}`;

export const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

export const PAGE_BODY = body(PAGE_QUERY, { gids: 'EVA' });
export const POSTGRAPHILE_PAGE_BODY = body(POSTGRAPHILE_PAGE_QUERY, { gids: 'EVA' });
/** Three categories and a gemeente (Amsterdam): a typical methodical search. */
export const SEARCH_BODY = body(SEARCH_QUERY, { gids: 'EVA', filter: { kenmerken: ['EW02', 'EW05', 'KK08', 'UV07'], gemeente: 'GM0363' } });

/** One request before the load: the answer must be data without errors, with `count(data)` rows, or the load measures failures. */
export async function checkAnswer(what: string, url: string, requestBody: string, count: (data: any) => number, headers: Record<string, string> = {}): Promise<number> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: requestBody });
  const answer = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (!response.ok || answer.errors || !answer.data) throw new Error(`${what}: HTTP ${response.status} ${JSON.stringify(answer.errors)}`);
  const rows = count(answer.data);
  if (!(rows > 0)) throw new Error(`${what}: no results, the benchmark would measure nothing`);
  return rows;
}
