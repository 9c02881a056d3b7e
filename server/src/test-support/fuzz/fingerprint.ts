import type { DataSource } from 'typeorm';

/**
 * Tables that change on requests that are refused, by design: failed logins are counted (login_limiet) and
 * audited (account_gebeurtenis; which events were written is checked separately, see accountEventsSince), and a
 * refused request may still have been made by a logged-in session whose row records its use (sessie).
 */
export const VOLATILE_TABLES = ['accounts.login_limiet', 'accounts.sessie', 'accounts.account_gebeurtenis'];

/** Account events a refused request may write: the audit of a failed or rate-limited login. */
export const REFUSAL_EVENTS = ['LOGIN_MISLUKT', 'GEWEIGERD_DOOR_LIMIET'];

/** The id of the newest account event, to compare against later (accountEventsSince). */
export async function lastAccountEventId(ds: DataSource): Promise<number> {
  const [{ id }] = await ds.query('SELECT coalesce(max(id), 0)::int AS id FROM accounts.account_gebeurtenis');
  return id;
}

/** The kinds of account events written after `afterId`, with their counts ("LOGIN_MISLUKT x12"). */
export async function accountEventsSince(ds: DataSource, afterId: number): Promise<{ soort: string; n: number }[]> {
  return ds.query('SELECT soort::text AS soort, count(*)::int AS n FROM accounts.account_gebeurtenis WHERE id > $1 GROUP BY 1 ORDER BY 1', [afterId]);
}

/** An md5 of every row of every table of the given schemas, per table (volatile ones left out). */
export async function fingerprintTables(ds: DataSource, schemas = ['catalog', 'accounts'], skip: string[] = VOLATILE_TABLES): Promise<Map<string, string>> {
  const tables: { name: string }[] = await ds.query(
    `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
      WHERE table_schema = ANY($1) AND table_type = 'BASE TABLE' ORDER BY 1`,
    [schemas],
  );
  const result = new Map<string, string>();
  for (const { name } of tables) {
    if (skip.includes(name)) continue;
    const [{ hash, n }] = await ds.query(`SELECT md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS hash, count(*)::int AS n FROM ${name} t`);
    result.set(name, `${n} rows ${hash}`);
  }
  return result;
}

/** The tables whose fingerprint differs, with before and after. */
export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((n) => before.get(n) !== after.get(n)).map((n) => `${n}: ${before.get(n) ?? 'absent'} -> ${after.get(n) ?? 'absent'}`);
}
