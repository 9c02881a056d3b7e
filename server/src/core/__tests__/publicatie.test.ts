import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import pg from 'pg';
import { createTestDatabase } from '../../test-support/harness.js';
import { amsterdamToday, isPublishedOn, isPublishedSql, publicationStatus, publicationStatusSql, type PublicationStatus, type PublicationWindow } from '../publicatie.js';

const TODAY = '2026-03-29';
const YESTERDAY = '2026-03-28';
const TOMORROW = '2026-03-30';

/** Every edge of the window: both ends on, before and after today, open ends, and concepts with any window. */
const CASES: [PublicationWindow, PublicationStatus][] = [
  [{ publiceren: true, publiceerVanaf: null, publiceerTotEnMet: null }, 'GEPUBLICEERD'],
  [{ publiceren: true, publiceerVanaf: TODAY, publiceerTotEnMet: null }, 'GEPUBLICEERD'],
  [{ publiceren: true, publiceerVanaf: YESTERDAY, publiceerTotEnMet: null }, 'GEPUBLICEERD'],
  [{ publiceren: true, publiceerVanaf: TOMORROW, publiceerTotEnMet: null }, 'GEPLAND'],
  [{ publiceren: true, publiceerVanaf: null, publiceerTotEnMet: TODAY }, 'GEPUBLICEERD'],
  [{ publiceren: true, publiceerVanaf: null, publiceerTotEnMet: TOMORROW }, 'GEPUBLICEERD'],
  [{ publiceren: true, publiceerVanaf: null, publiceerTotEnMet: YESTERDAY }, 'VERLOPEN'],
  [{ publiceren: true, publiceerVanaf: TODAY, publiceerTotEnMet: TODAY }, 'GEPUBLICEERD'],
  [{ publiceren: true, publiceerVanaf: YESTERDAY, publiceerTotEnMet: TOMORROW }, 'GEPUBLICEERD'],
  [{ publiceren: true, publiceerVanaf: TOMORROW, publiceerTotEnMet: TOMORROW }, 'GEPLAND'],
  [{ publiceren: true, publiceerVanaf: YESTERDAY, publiceerTotEnMet: YESTERDAY }, 'VERLOPEN'],
  [{ publiceren: true, publiceerVanaf: '2025-01-01', publiceerTotEnMet: '2025-12-31' }, 'VERLOPEN'],
  [{ publiceren: false, publiceerVanaf: null, publiceerTotEnMet: null }, 'CONCEPT'],
  [{ publiceren: false, publiceerVanaf: YESTERDAY, publiceerTotEnMet: TOMORROW }, 'CONCEPT'],
  [{ publiceren: false, publiceerVanaf: TOMORROW, publiceerTotEnMet: null }, 'CONCEPT'],
  [{ publiceren: false, publiceerVanaf: null, publiceerTotEnMet: YESTERDAY }, 'CONCEPT'],
];

describe('the publication rule in TypeScript and in SQL', () => {
  let client: pg.Client;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const db = await createTestDatabase();
    drop = db.drop;
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
    // The instrument's own column types, so the SQL compares dates as the catalog does.
    await client.query('CREATE TABLE instrument (n int, publiceren boolean NOT NULL, publiceer_vanaf date, publiceer_tot_en_met date)');
    for (const [n, [window]] of CASES.entries()) {
      await client.query('INSERT INTO instrument VALUES ($1, $2, $3, $4)', [n, window.publiceren, window.publiceerVanaf, window.publiceerTotEnMet]);
    }
  });
  afterAll(async () => {
    await client?.end();
    await drop?.();
  });

  it('gives every case its status, in both languages', async () => {
    const { rows } = await client.query<{ n: number; status: PublicationStatus; published: boolean }>(
      `SELECT n, ${publicationStatusSql('i', '$1::date')} AS status, ${isPublishedSql('i', '$1::date')} AS published FROM instrument i ORDER BY n`,
      [TODAY],
    );
    assert.equal(rows.length, CASES.length);
    for (const [n, [window, expected]] of CASES.entries()) {
      const label = JSON.stringify(window);
      assert.equal(publicationStatus(window, TODAY), expected, `TypeScript ${label}`);
      assert.equal(rows[n]!.status, expected, `SQL ${label}`);
      assert.equal(isPublishedOn(window, TODAY), expected === 'GEPUBLICEERD', `TypeScript published ${label}`);
      assert.equal(rows[n]!.published, expected === 'GEPUBLICEERD', `SQL published ${label}`);
    }
  });

  it('agrees on every day around the windows, not only today', async () => {
    for (const day of ['2025-06-30', YESTERDAY, TODAY, TOMORROW, '2027-01-01']) {
      const { rows } = await client.query<{ status: PublicationStatus }>(
        `SELECT ${publicationStatusSql('i', '$1::date')} AS status FROM instrument i ORDER BY n`,
        [day],
      );
      assert.deepEqual(rows.map((r) => r.status), CASES.map(([window]) => publicationStatus(window, day)), day);
    }
  });

  it('takes today from the Amsterdam calendar, also when it differs from the UTC date', () => {
    assert.equal(amsterdamToday(new Date('2026-03-28T23:30:00Z')), TODAY);
    assert.equal(publicationStatus({ publiceren: true, publiceerVanaf: TODAY, publiceerTotEnMet: null }, amsterdamToday(new Date('2026-03-28T23:30:00Z'))), 'GEPUBLICEERD');
  });
});
