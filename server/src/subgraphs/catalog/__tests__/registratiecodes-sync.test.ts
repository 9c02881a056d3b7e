import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import pg from 'pg';
import { amsterdamToday, isPublishedOn } from '../../../core/publicatie.js';
import { Random } from '../../../core/random.js';
import { startTestPlatform, type TestPlatform } from '../../../test-support/harness.js';

const A = '0a0a0a0a-0000-4000-8000-00000000000a';
const B = '0b0b0b0b-0000-4000-8000-00000000000b';

interface Node {
  instrumentId: string;
  naam: string;
  code: string;
  label: string | null;
  gepubliceerd: boolean;
  verwijderd: boolean;
  updatedAt: string;
}

const SYNC = `query Sync($after: String, $first: Int, $updatedSince: DateTimeISO) {
  registratiecodes(after: $after, first: $first, updatedSince: $updatedSince) {
    totalCount nodes { instrumentId naam code label gepubliceerd verwijderd updatedAt } pageInfo { hasNextPage endCursor } } }`;

describe('the registratiecodes sync', () => {
  let platform: TestPlatform;
  let pool: pg.Pool;
  let beheerderA: Record<string, string>;
  let beheerderB: Record<string, string>;

  /** What organisatie A has now: every code of every instrument that is not deleted, as the sync shows it. */
  async function source(organisatieId = A): Promise<Map<string, Omit<Node, 'verwijderd' | 'updatedAt'>>> {
    const { rows } = await pool.query(
      `SELECT i.id AS "instrumentId", i.naam, r.code, r.label, i.publiceren, i.publiceer_vanaf::text AS "publiceerVanaf",
              i.publiceer_tot_en_met::text AS "publiceerTotEnMet"
       FROM catalog.instrument i JOIN catalog.registratiecode r ON r.instrument_id = i.id
       WHERE i.organisatie_id = $1 AND i.verwijderd_op IS NULL`,
      [organisatieId],
    );
    // The publication rule as the rest of the platform applies it (core/publicatie.ts), not the feed's SQL copy.
    return new Map(
      rows.map(({ publiceren, publiceerVanaf, publiceerTotEnMet, ...row }) => [
        `${row.instrumentId}/${row.code}`,
        { ...row, gepubliceerd: isPublishedOn({ publiceren, publiceerVanaf, publiceerTotEnMet }, amsterdamToday()) },
      ]),
    );
  }

  /** A client's copy, kept up to date page by page from its last cursor. */
  function client(headers: Record<string, string>, first = 3) {
    const copy = new Map<string, Omit<Node, 'verwijderd' | 'updatedAt'>>();
    let cursor: string | null = null;
    return {
      copy,
      get cursor() {
        return cursor;
      },
      async sync(): Promise<number> {
        let pages = 0;
        for (;;) {
          const result = await platform.gql(SYNC, { after: cursor, first }, headers);
          assert.equal(result.errors, undefined, JSON.stringify(result.errors));
          const page = result.data!.registratiecodes as { nodes: Node[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
          for (const { verwijderd, updatedAt: _, ...node } of page.nodes) {
            const key = `${node.instrumentId}/${node.code}`;
            if (verwijderd) copy.delete(key);
            else copy.set(key, node);
          }
          cursor = page.pageInfo.endCursor;
          pages++;
          if (!page.pageInfo.hasNextPage) return pages;
        }
      },
    };
  }

  async function instrument(organisatieId: string, naam: string, codes: string[], publiceren = true): Promise<string> {
    const [aanbieder] = (await pool.query(`SELECT id FROM catalog.aanbieder WHERE organisatie_id = $1 LIMIT 1`, [organisatieId])).rows;
    const { rows } = await pool.query(
      `INSERT INTO catalog.instrument (gids, naam, organisatie_id, aanbieder_id, publiceren, samenvatting) VALUES ('EVA', $1, $2, $3, $4, 'Test') RETURNING id`,
      [naam, organisatieId, aanbieder.id, publiceren],
    );
    for (const code of codes) await pool.query(`INSERT INTO catalog.registratiecode (instrument_id, code, label) VALUES ($1, $2, $3)`, [rows[0].id, code, `Label ${code}`]);
    return rows[0].id;
  }

  beforeAll(async () => {
    platform = await startTestPlatform();
    pool = new pg.Pool({ connectionString: platform.databaseUrl, max: 8 });
    for (const [id, naam] of [[A, 'Organisatie A'], [B, 'Organisatie B']]) {
      await pool.query(`INSERT INTO catalog.organisatie (id, naam, regio_code) VALUES ($1, $2, 'AM18')`, [id, naam]);
      await pool.query(`INSERT INTO catalog.aanbieder (naam, organisatie_id) VALUES ($1, $2)`, [`Aanbieder ${naam}`, id]);
    }
    for (const [email, organisatie] of [['a@example.nl', A], ['b@example.nl', B]] as const) {
      await platform.createGebruiker({ email, rol: 'REGIO_BEHEERDER', organisatieIds: [organisatie] });
    }
    beheerderA = platform.bearer(await platform.login('a@example.nl'));
    beheerderB = platform.bearer(await platform.login('b@example.nl'));
  });
  afterAll(async () => {
    await pool?.end();
    await platform?.close();
  });

  it('gives a full sync, then only what changed, with a tombstone for each way a code can leave', async () => {
    const kept = await instrument(A, 'Blijft', ['K-1', 'K-2']);
    const renamed = await instrument(A, 'Oude naam', ['R-1']);
    const unpublished = await instrument(A, 'Wordt concept', ['U-1']);
    const deleted = await instrument(A, 'Naar de prullenbak', ['D-1']);
    const purged = await instrument(A, 'Voorgoed weg', ['P-1']);
    const moved = await instrument(A, 'Verhuist', ['M-1']);
    await instrument(B, 'Van B', ['B-1']);

    const a = client(beheerderA);
    await a.sync();
    assert.deepEqual(a.copy, await source());
    assert.equal(a.copy.size, 7);
    assert.equal([...a.copy.values()].some((node) => node.code === 'B-1'), false, 'another organisatie\'s codes never show');

    // Nothing changed: an empty page, and the cursor stays usable.
    const empty = await platform.gql(SYNC, { after: a.cursor }, beheerderA);
    assert.deepEqual((empty.data!.registratiecodes as { nodes: unknown[] }).nodes, []);

    await pool.query(`UPDATE catalog.instrument SET naam = 'Nieuwe naam' WHERE id = $1`, [renamed]);
    await pool.query(`UPDATE catalog.instrument SET publiceren = false WHERE id = $1`, [unpublished]);
    await pool.query(`UPDATE catalog.instrument SET verwijderd_op = now() WHERE id = $1`, [deleted]);
    await pool.query(`DELETE FROM catalog.instrument WHERE id = $1`, [purged]);
    await pool.query(`UPDATE catalog.instrument SET organisatie_id = $2 WHERE id = $1`, [moved, B]);
    await pool.query(`DELETE FROM catalog.registratiecode WHERE instrument_id = $1 AND code = 'K-2'`, [kept]);
    await pool.query(`UPDATE catalog.registratiecode SET label = 'Nieuw label' WHERE instrument_id = $1 AND code = 'K-1'`, [kept]);

    const changes = await platform.gql(SYNC, { after: a.cursor, first: 100 }, beheerderA);
    const nodes = (changes.data!.registratiecodes as { nodes: Node[] }).nodes;
    const byCode = new Map(nodes.map((node) => [node.code, node]));
    assert.deepEqual([...byCode.keys()].sort(), ['D-1', 'K-1', 'K-2', 'M-1', 'P-1', 'R-1', 'U-1']);
    for (const code of ['D-1', 'K-2', 'M-1', 'P-1']) assert.equal(byCode.get(code)!.verwijderd, true, code);
    assert.equal(byCode.get('U-1')!.gepubliceerd, false);
    assert.equal(byCode.get('R-1')!.naam, 'Nieuwe naam');
    assert.equal(byCode.get('K-1')!.label, 'Nieuw label');
    await a.sync();
    assert.deepEqual(a.copy, await source());

    // The instrument that moved now belongs to B's sync; restoring the deleted one brings its code back.
    const b = client(beheerderB);
    await b.sync();
    assert.deepEqual(b.copy, await source(B));
    assert.ok([...b.copy.values()].some((node) => node.code === 'M-1'));
    await pool.query(`UPDATE catalog.instrument SET verwijderd_op = NULL WHERE id = $1`, [deleted]);
    await a.sync();
    assert.ok(a.copy.has(`${deleted}/D-1`));
    assert.deepEqual(a.copy, await source());
  });

  it('never misses a change while writers commit out of order, syncing in small pages all along', async () => {
    const rng = new Random(42);
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push(await instrument(A, `Instrument ${i}`, [`C${i}-0`], i % 3 !== 0));
    const a = client(beheerderA, 2);
    await a.sync();

    let next = 0;
    const operations: ((db: pg.PoolClient, id: string) => Promise<unknown>)[] = [
      (db, id) => db.query(`UPDATE catalog.instrument SET naam = $2 WHERE id = $1`, [id, `Naam ${next++}`]),
      (db, id) => db.query(`INSERT INTO catalog.registratiecode (instrument_id, code, label) VALUES ($1, $2, 'Nieuw') ON CONFLICT DO NOTHING`, [id, `N${next++ % 5}`]),
      (db, id) => db.query(`DELETE FROM catalog.registratiecode WHERE id = (SELECT id FROM catalog.registratiecode WHERE instrument_id = $1 ORDER BY code LIMIT 1)`, [id]),
      (db, id) => db.query(`UPDATE catalog.registratiecode SET label = $2 WHERE instrument_id = $1`, [id, `Label ${next++}`]),
      (db, id) => db.query(`UPDATE catalog.instrument SET publiceren = NOT publiceren WHERE id = $1`, [id]),
      (db, id) => db.query(`UPDATE catalog.instrument SET verwijderd_op = CASE WHEN verwijderd_op IS NULL THEN now() END WHERE id = $1`, [id]),
      (db, id) => db.query(`UPDATE catalog.instrument SET organisatie_id = CASE WHEN organisatie_id = $2 THEN $3 ELSE $2 END::uuid WHERE id = $1`, [id, A, B]),
    ];
    let writing = true;
    let committed = 0;
    const writer = async (seed: number) => {
      const own = new Random(seed);
      for (let round = 0; round < 40; round++) {
        const db = await pool.connect();
        try {
          await db.query('BEGIN');
          // Take a transaction id now, then wait: others that start later commit first.
          await operations[Math.floor(own.next() * operations.length)]!(db, own.pick(ids));
          await sleep(Math.floor(own.next() * 40));
          if (own.next() < 0.3) await operations[Math.floor(own.next() * operations.length)]!(db, own.pick(ids));
          await db.query('COMMIT');
          committed++;
        } catch (error) {
          await db.query('ROLLBACK');
          // Two writers on the same instruments may deadlock; PostgreSQL picks one to fail, as in production.
          if ((error as { code?: string }).code !== '40P01') throw error;
        } finally {
          db.release();
        }
      }
    };
    const reader = async () => {
      let syncs = 0;
      while (writing) {
        await a.sync();
        syncs++;
        await sleep(Math.floor(rng.next() * 10));
      }
      return syncs;
    };
    const readerDone = reader();
    await Promise.all([1, 2, 3, 4].map((seed) => writer(seed)));
    writing = false;
    const syncs = await readerDone;
    await a.sync();
    assert.ok(committed > 100 && syncs > 10, `${committed} transactions, ${syncs} syncs while writing`);
    assert.deepEqual(a.copy, await source());
  });

  it('finds the instrument behind a code, only in the caller\'s organisaties', async () => {
    const id = await instrument(A, 'Met code', ['ZOEK-1']);
    const ask = (headers: Record<string, string>) => platform.gql(`query($code: String!) { registratiecode(code: $code) { id naam } }`, { code: 'ZOEK-1' }, headers);
    assert.deepEqual((await ask(beheerderA)).data?.registratiecode, { id, naam: 'Met code' });
    assert.equal((await ask(beheerderB)).data?.registratiecode, null);
  });

  it('serves a key with the REGISTRATIECODES scope its own organisatie only; a key without that scope is FORBIDDEN', async () => {
    const key = async (organisatieId: string, scopes: string[], headers: Record<string, string>) => {
      const created = await platform.gql(
        `mutation($organisatieId: ID!, $scopes: [ApiKeyScope!]) { createApiKey(organisatieId: $organisatieId, naam: "Zaaksysteem", scopes: $scopes) { key } }`,
        { organisatieId, scopes },
        headers,
      );
      assert.equal(created.errors, undefined, JSON.stringify(created.errors));
      return { 'x-api-key': (created.data!.createApiKey as { key: string }).key };
    };
    const ofA = client(await key(A, ['REGISTRATIECODES'], beheerderA), 50);
    await ofA.sync();
    assert.deepEqual(ofA.copy, await source(A));
    const ofB = client(await key(B, ['REGISTRATIECODES'], beheerderB), 50);
    await ofB.sync();
    assert.deepEqual(ofB.copy, await source(B));
    const dashboardOnly = await platform.gql(SYNC, {}, await key(A, ['DASHBOARD'], beheerderA));
    assert.equal(dashboardOnly.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  });

  it('refuses anonymous callers, professionals and a forged cursor', async () => {
    const anonymous = await platform.gql(SYNC, {});
    assert.equal(anonymous.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    await platform.createGebruiker({ email: 'p@example.nl', rol: 'PROFESSIONAL' });
    const professional = await platform.gql(SYNC, {}, platform.bearer(await platform.login('p@example.nl')));
    assert.equal(professional.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const forged = await platform.gql(SYNC, { after: Buffer.from(JSON.stringify(['1; DROP', '0'])).toString('base64url') }, beheerderA);
    assert.equal(forged.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });
});
