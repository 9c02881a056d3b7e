import pg from 'pg';

/**
 * The integrators' part of `npm run bench`: a key with the REGISTRATIECODES scope for the organisatie with the
 * most registratiecodes in the load database, a full sync through the gateway in pages of 100, and one page as the
 * request measured under load.
 */

const SYNC = `query Sync($after: String) { registratiecodes(first: 100, after: $after) {
  totalCount nodes { instrumentId naam code label gepubliceerd verwijderd updatedAt } pageInfo { hasNextPage endCursor } } }`;

/** The organisatie with the most codes in the feed, and how many it has. */
export async function busiestOrganisatie(databaseUrl: string): Promise<{ id: string; codes: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      'SELECT organisatie_id AS id, count(*)::int AS codes FROM catalog.registratiecode_wijziging WHERE NOT verwijderd GROUP BY 1 ORDER BY 2 DESC LIMIT 1',
    );
    return rows[0];
  } finally {
    await client.end();
  }
}

async function post(url: string, headers: Record<string, string>, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: any; errors?: unknown };
  if (!body.data) throw new Error(`${response.status} ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** A new key for the organisatie, made by a beheerder who may (the demo landelijk beheerder). */
export async function syncKey(gatewayUrl: string, beheerder: Record<string, string>, organisatieId: string): Promise<Record<string, string>> {
  const data = await post(gatewayUrl, beheerder, 'mutation($o: ID!) { createApiKey(organisatieId: $o, naam: "Bench", scopes: [REGISTRATIECODES]) { key } }', { o: organisatieId });
  return { 'x-api-key': data.createApiKey.key };
}

/** Pages through the whole feed as an integrator does; answers the rows, the pages and the time taken. */
export async function fullSync(gatewayUrl: string, key: Record<string, string>): Promise<{ rows: number; pages: number; ms: number }> {
  const started = performance.now();
  let after: string | null = null;
  let rows = 0;
  let pages = 0;
  for (;;) {
    const page: { nodes: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = (await post(gatewayUrl, key, SYNC, { after })).registratiecodes;
    rows += page.nodes.length;
    pages++;
    after = page.pageInfo.endCursor;
    if (!page.pageInfo.hasNextPage) return { rows, pages, ms: performance.now() - started };
  }
}

export const SYNC_PAGE_BODY = JSON.stringify({ query: SYNC, variables: {} });
