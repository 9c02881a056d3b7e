import pg from 'pg';
import { createSubgraphDataSource, migrate } from '../core/data-source.js';
import { amsterdamToday } from '../core/publicatie.js';
import { subgraphByName } from '../subgraphs/registry.js';
import { DEMO_PASSWORD } from '../subgraphs/accounts/seed/demo-accounts.js';
import { RollupService } from '../subgraphs/insights/rollup.service.js';
import { generateEvents, readCatalogus, yearBefore } from '../subgraphs/insights/seed/demo-events.js';

/**
 * The data dashboard's part of `npm run bench`: a year of generated interactions (default ten million) in the
 * load database, folded into the daily rollups as the running subgraph would have; the batches recordEvents gets
 * from the public site; and the dashboard's questions over the whole year as a landelijk beheerder asks them.
 */

/** An ordinary weekday's share of a year: weekends, summer and Christmas are quieter (see demo-events.ts). */
const WEEKDAY_EQUIVALENTS_PER_YEAR = 240;

/**
 * Accounts (with the demo logins) and insights migrated in the load database, and `events` interactions over the
 * year up to yesterday, folded. Regenerated only when the total differs by more than 1% or `reseed` is set.
 */
export async function ensureInsightsEvents(url: string, events: number, reseed: boolean, log = console.log): Promise<number> {
  const accounts = createSubgraphDataSource({ ...subgraphByName('accounts'), url });
  await accounts.initialize();
  try {
    await migrate(accounts, 'accounts');
    await subgraphByName('accounts').seed(accounts, { demoInstruments: 0, demoAccounts: true });
  } finally {
    await accounts.destroy();
  }
  const insights = createSubgraphDataSource({ ...subgraphByName('insights'), url });
  await insights.initialize();
  try {
    await migrate(insights, 'insights');
    const [{ n }] = await insights.query(
      `SELECT (SELECT count(*) FROM interactie WHERE tijdstip >= (SELECT tot FROM opgerold)) + (SELECT coalesce(sum(aantal), 0) FROM interactie_dag WHERE totaal AND NOT maand) AS n`,
    );
    if (!reseed && Math.abs(Number(n) - events) <= events * 0.01) {
      log(`insights: ${Number(n)} interacties aanwezig, niet opnieuw gegenereerd (--reseed om dat wel te doen)`);
      return Number(n);
    }
    const started = performance.now();
    const today = amsterdamToday();
    const written = await insights.transaction(async (em) => {
      await em.query('TRUNCATE interactie, interactie_dag, bekeken_dag, kenmerk_dag, zonder_resultaat_dag');
      await em.query(`UPDATE opgerold SET tot = '1970-01-01'`);
      const perWerkdag = Math.round(events / WEEKDAY_EQUIVALENTS_PER_YEAR);
      return generateEvents(em, await readCatalogus(em), { ...yearBefore(today), perWerkdag, seed: 0.11 });
    });
    const generated = performance.now();
    await new RollupService(insights).rollUp();
    await insights.query('ANALYZE');
    const rollupRows = await insights.query(
      `SELECT (SELECT count(*) FROM interactie_dag) + (SELECT count(*) FROM bekeken_dag) + (SELECT count(*) FROM kenmerk_dag) + (SELECT count(*) FROM zonder_resultaat_dag) AS n`,
    );
    log(
      `insights: ${written} interacties gegenereerd in ${((generated - started) / 1000).toFixed(1)} s, ` +
        `opgerold in ${((performance.now() - generated) / 1000).toFixed(1)} s tot ${Number(rollupRows[0].n)} rijen`,
    );
    return written;
  } finally {
    await insights.destroy();
  }
}

/** A recordEvents request with 50 events as the public site sends them: searches and views, real codes and ids. */
export async function recordEventsBody(url: string): Promise<string> {
  const catalog = createSubgraphDataSource({ ...subgraphByName('catalog'), url });
  await catalog.initialize();
  try {
    const instruments: { id: string; gids: string }[] = await catalog.query('SELECT id, gids FROM instrument ORDER BY id LIMIT 25');
    const kenmerken: { code: string }[] = await catalog.query(`SELECT code FROM kenmerk WHERE categorie_code IN ('EVA_TEGEL', 'EVA_KLANTKENMERK') ORDER BY code`);
    const events = instruments.flatMap((instrument, i) => [
      { soort: 'ZOEKEN', gids: 'EVA', kenmerken: [kenmerken[i % kenmerken.length]!.code, kenmerken[(i * 7) % kenmerken.length]!.code], regio: 'AM18', gemeente: 'GM0363', resultaten: i, tekstGebruikt: i % 3 === 0 },
      { soort: i % 5 === 0 ? 'CONTACT' : 'BEKEKEN', gids: instrument.gids, instrumentId: instrument.id, regio: 'AM18' },
    ]);
    return JSON.stringify({
      query: 'mutation Record($events: [InteractieInput!]!) { recordEvents(events: $events) }',
      variables: { events },
    });
  } finally {
    await catalog.destroy();
  }
}

/** Removes the events recordEvents stored from `since` on (not yet folded: the rollup runs on start and every 15 minutes). */
export async function removeEventsSince(url: string, since: Date): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DELETE FROM insights.interactie WHERE tijdstip >= greatest($1, (SELECT tot FROM insights.opgerold))', [since]);
  } finally {
    await client.end();
  }
}

/** The demo landelijk beheerder's bearer header, logged in through the gateway. */
export async function landelijkBeheerder(gatewayUrl: string): Promise<Record<string, string>> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      variables: { email: 'landelijk@demo.nl', password: DEMO_PASSWORD },
    }),
  });
  const result = (await response.json()) as { data?: { login: { token: string } }; errors?: unknown };
  if (!result.data) throw new Error(`login as landelijk@demo.nl failed: ${JSON.stringify(result.errors)}`);
  return { authorization: `Bearer ${result.data.login.token}` };
}

/** The dashboard's questions over the last year, landelijk and for one regio, as request bodies by label. */
export function dashboardBodies(): Record<string, string> {
  const tot = amsterdamToday();
  // The same 365 days back, but up to and including today: today's raw events count too.
  const periode = { van: yearBefore(tot).van, tot };
  const filter = '$van: LocalDate!, $tot: LocalDate!, $regio: String';
  const args = 'van: $van, tot: $tot, regio: $regio';
  const body = (query: string, regio?: string) => JSON.stringify({ query, variables: { ...periode, regio } });
  const queries = {
    'interacties per week': `query Q(${filter}) { interactiesPerPeriode(${args}, per: WEEK) { periode soort gids aantal } }`,
    'meest bekeken (met naam)': `query Q(${filter}) { meestBekekenInstrumenten(${args}, first: 10) { instrument { id naam } aantal } }`,
    'meest gebruikte kenmerken': `query Q(${filter}) { meestGebruikteKenmerken(${args}, first: 20) { code aantal } }`,
    'zonder resultaat': `query Q(${filter}) { zoekopdrachtenZonderResultaat(${args}, first: 20) { kenmerken regio gemeente aantal } }`,
    doorklikratio: `query Q(${filter}) { doorklikratio(${args}) { bekeken contact ratio } }`,
  };
  return Object.fromEntries([
    ...Object.entries(queries).map(([label, query]) => [`${label}, landelijk`, body(query)]),
    ...Object.entries(queries).map(([label, query]) => [`${label}, regio AM18`, body(query, 'AM18')]),
  ]);
}
