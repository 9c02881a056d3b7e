import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { amsterdamToday } from '../../../core/publicatie.js';
import { startTestPlatform, type TestPlatform } from '../../../test-support/harness.js';
import { RollupService } from '../rollup.service.js';
import { generateEvents, readCatalogus } from '../seed/demo-events.js';

describe('the demo events npm start seeds', () => {
  let platform: TestPlatform;
  let insights: DataSource;
  let catalog: DataSource;
  const one = async <T>(ds: DataSource, sql: string): Promise<T> => (await ds.query(sql))[0] as T;


  beforeAll(async () => {
    platform = await startTestPlatform({ demoInstruments: 300 });
    insights = platform.subgraphs.find((s) => s.definition.name === 'insights')!.dataSource;
    catalog = platform.subgraphs.find((s) => s.definition.name === 'catalog')!.dataSource;
  });
  afterAll(() => platform?.close());

  it('covers the year up to yesterday, busy on weekdays and quiet at weekends', async () => {
    const today = amsterdamToday();
    const span = await one<{ eerste: string; laatste: string; aantal: number }>(
      insights,
      `SELECT min((tijdstip AT TIME ZONE 'Europe/Amsterdam')::date)::text AS eerste, max((tijdstip AT TIME ZONE 'Europe/Amsterdam')::date)::text AS laatste,
              count(*)::int AS aantal FROM interactie`,
    );
    assert.ok(span.aantal > 15_000 && span.aantal < 40_000, `${span.aantal} events`);
    assert.ok(span.laatste < today, `the last event is on ${span.laatste}, before today`);
    assert.ok(Date.parse(today) - Date.parse(span.eerste) >= 360 * 86_400_000, `the first event is on ${span.eerste}`);
    const rhythm = await one<{ werkdag: number; weekend: number }>(
      insights,
      `SELECT avg(n) FILTER (WHERE dow BETWEEN 1 AND 5) AS werkdag, avg(n) FILTER (WHERE dow IN (0, 6)) AS weekend
       FROM (SELECT extract(dow FROM tijdstip AT TIME ZONE 'Europe/Amsterdam') AS dow, (tijdstip AT TIME ZONE 'Europe/Amsterdam')::date, count(*) AS n
             FROM interactie GROUP BY 1, 2) d`,
    );
    assert.ok(Number(rhythm.werkdag) > 8 * Number(rhythm.weekend), JSON.stringify(rhythm));
  });

  it('refers only to published instruments and to codes the catalog has, each gemeente in its regio', async () => {
    const gebruikt = await one<{ instrumenten: string[]; kenmerken: string[]; regios: string[]; gemeenten: string[] }>(
      insights,
      `SELECT array_agg(DISTINCT instrument_id) FILTER (WHERE instrument_id IS NOT NULL) AS instrumenten,
              (SELECT array_agg(DISTINCT k) FROM interactie, unnest(kenmerken) k) AS kenmerken,
              array_agg(DISTINCT regio) FILTER (WHERE regio IS NOT NULL) AS regios,
              array_agg(DISTINCT regio || '/' || gemeente) FILTER (WHERE gemeente IS NOT NULL) AS gemeenten
       FROM interactie`,
    );
    const check = (await catalog.query(
      `SELECT (SELECT count(*) FROM unnest($1::uuid[]) x(id) WHERE NOT EXISTS (SELECT 1 FROM instrument i WHERE i.id = x.id AND i.publiceren))::int AS instrumenten,
              (SELECT count(*) FROM unnest($2::text[]) x(c) WHERE NOT EXISTS (SELECT 1 FROM kenmerk k WHERE k.code = x.c))::int AS kenmerken,
              (SELECT count(*) FROM unnest($3::text[]) x(c) WHERE NOT EXISTS (SELECT 1 FROM regio r WHERE r.code = x.c))::int AS regios,
              (SELECT count(*) FROM unnest($4::text[]) x(c) WHERE NOT EXISTS (SELECT 1 FROM gemeente g WHERE g.regio_code || '/' || g.code = x.c))::int AS gemeenten`,
      [gebruikt.instrumenten, gebruikt.kenmerken, gebruikt.regios, gebruikt.gemeenten],
    ))[0];
    assert.deepEqual(check, { instrumenten: 0, kenmerken: 0, regios: 0, gemeenten: 0 });
    assert.ok(gebruikt.instrumenten.length > 100, 'many instruments are seen');
    assert.ok(gebruikt.regios.length >= 30, 'events come from most regio\'s');
  });

  it('shows zero-result searches clustered on a few combinations, through the dashboard', async () => {
    await new RollupService(insights).rollUp();
    await platform.createGebruiker({ email: 'landelijk@example.nl', rol: 'LANDELIJK_BEHEERDER', organisatieIds: [] });
    const landelijk = platform.bearer(await platform.login('landelijk@example.nl'));
    const today = amsterdamToday();
    const van = new Date(Date.parse(today) - 365 * 86_400_000).toISOString().slice(0, 10);
    const result = await platform.gql(
      `query($van: LocalDate!, $tot: LocalDate!) { zoekopdrachtenZonderResultaat(van: $van, tot: $tot, first: 5) { kenmerken regio aantal }
        doorklikratio(van: $van, tot: $tot) { bekeken contact ratio } }`,
      { van, tot: today },
      landelijk,
    );
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    const top = result.data!.zoekopdrachtenZonderResultaat as { kenmerken: string[]; aantal: number }[];
    assert.equal(top.length, 5);
    assert.ok(top[0]!.aantal >= 10 && top.every((row) => row.kenmerken.length === 2), JSON.stringify(top));
    const ratio = (result.data!.doorklikratio as { ratio: number }).ratio;
    assert.ok(ratio > 0.1 && ratio < 0.3, `click-through ${ratio}`);
  });

  it('writes the same events from the same seed', async () => {
    // Days before the demo year, removed again afterwards.
    const sample = () =>
      insights.transaction(async (tx) => {
        await generateEvents(tx, await readCatalogus(tx), { van: '2020-01-06', tot: '2020-01-12', perWerkdag: 50, seed: 0.5 });
        const rows = await tx.query(
          `SELECT tijdstip, soort, gids, instrument_id, kenmerken, regio, gemeente, resultaten FROM interactie WHERE tijdstip < '2020-01-13' ORDER BY tijdstip, id`,
        );
        await tx.query(`DELETE FROM interactie WHERE tijdstip < '2020-01-13'`);
        return rows;
      });
    const first = await sample();
    assert.ok(first.length > 100, `${first.length} events`);
    assert.deepEqual(await sample(), first);
  });
});
