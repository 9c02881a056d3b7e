import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { startTestPlatform, type TestPlatform } from '../../../test-support/harness.js';
import { Random } from '../../../core/random.js';
import { RollupService } from '../rollup.service.js';
import { createInstrument } from './catalog-instrument.js';
import { DASHBOARD_QUERIES, insertEvents, type BackdatedEvent, type DashboardQuery } from './interacties.js';

const SOORTEN = ['ZOEKEN', 'ZOEKEN', 'BEKEKEN', 'BEKEKEN', 'CONTACT', 'LINK', 'DOWNLOAD', 'VIDEO'];
const KENMERKEN = ['DT01', 'DT02', 'DW02', 'KK05', 'KK11'];
const REGIOS = ['AM18', 'AM01', 'AM07', null];

/** Every question the dashboard asks, landelijk and for one regio and one gids, per day, week and month. */
const VRAGEN: { naam: DashboardQuery; variables: Record<string, unknown> }[] = [];
// Periods with and without whole months in them: whole months are read from month rows once folded.
const PERIODS = [{ van: '2026-02-20', tot: '2026-04-10' }, { van: '2026-02-01', tot: '2026-03-31' }];
for (const filter of [{}, { regio: 'AM18' }, { regio: 'AM01', gids: 'EVA' }, { gids: 'DENNIS' }].flatMap((f) => PERIODS.map((p) => ({ ...p, ...f })))) {
  const period = filter;
  for (const per of ['DAG', 'WEEK', 'MAAND']) VRAGEN.push({ naam: 'interactiesPerPeriode', variables: { ...period, per } });
  VRAGEN.push({ naam: 'interactiesPerPeriode', variables: { ...period, per: 'MAAND', soort: 'BEKEKEN' } });
  for (const naam of ['meestBekekenInstrumenten', 'meestGebruikteKenmerken', 'zoekopdrachtenZonderResultaat'] as const) {
    VRAGEN.push({ naam, variables: { ...period, first: 100 } });
  }
  VRAGEN.push({ naam: 'doorklikratio', variables: period });
}

describe('daily rollups and retention', () => {
  let platform: TestPlatform;
  let rollups: RollupService;
  let raw: () => Promise<number>;
  let landelijk: Record<string, string>;

  async function answers(): Promise<unknown[]> {
    const result: unknown[] = [];
    for (const { naam, variables } of VRAGEN) {
      const response = await platform.gql(DASHBOARD_QUERIES[naam], variables, landelijk);
      assert.equal(response.errors, undefined, JSON.stringify(response.errors));
      result.push(response.data![naam]);
    }
    return result;
  }

  beforeAll(async () => {
    platform = await startTestPlatform();
    await platform.createGebruiker({ email: 'landelijk@example.nl', rol: 'LANDELIJK_BEHEERDER', organisatieIds: [] });
    landelijk = platform.bearer(await platform.login('landelijk@example.nl'));
    const instruments = [
      ...(await Promise.all([1, 2, 3].map((n) => createInstrument(platform, 'DENNIS', `Dennis ${n}`)))).map((id) => ({ id, gids: 'DENNIS' })),
      ...(await Promise.all([1, 2].map((n) => createInstrument(platform, 'EVA', `Eva ${n}`)))).map((id) => ({ id, gids: 'EVA' })),
    ];
    const rng = new Random(7);
    const next = () => rng.next();
    const pick = <T>(list: readonly T[]) => rng.pick(list);
    const events: BackdatedEvent[] = [];
    // Six weeks around the Dutch change to summer time (29 March), some events close to midnight.
    for (let i = 0; i < 1500; i++) {
      const t = new Date(Date.UTC(2026, 1, 22) + Math.floor(next() * 45 * 24) * 3_600_000 + Math.floor(next() * 3_600_000)).toISOString();
      const soort = pick(SOORTEN);
      const instrument = pick(instruments);
      const search = soort === 'ZOEKEN';
      events.push({
        t,
        soort,
        gids: instrument.gids,
        regio: pick(REGIOS),
        ...(search
          ? { kenmerken: KENMERKEN.filter(() => next() < 0.4).concat(next() < 0.1 ? ['DT01'] : []), resultaten: next() < 0.3 ? 0 : 4, gemeente: next() < 0.5 ? 'GM0363' : undefined }
          : { instrumentId: instrument.id }),
      });
    }
    await insertEvents(platform, events);
    const insights = platform.subgraphs.find((s) => s.definition.name === 'insights')!.dataSource;
    rollups = new RollupService(insights, 13);
    raw = async () => Number((await insights.query('SELECT count(*) FROM interactie'))[0].count);
  });
  afterAll(() => platform?.close());

  it('answers every question the same from rollups plus raw events as from raw events alone', async () => {
    const fromRaw = await answers();
    assert.ok(JSON.stringify(fromRaw).length > 5000, 'the questions have answers worth comparing');

    // Halfway, in the middle of a day: until 15 March 10:00 in Amsterdam in the rollups, the rest raw.
    const halfway = await rollups.rollUp(new Date('2026-03-15T09:30:00Z'));
    assert.deepEqual({ tot: halfway.tot, verwijderd: halfway.verwijderd }, { tot: '2026-03-15T09:00:00Z', verwijderd: 0 });
    assert.deepEqual(await answers(), fromRaw);

    // Everything folded; the raw events are still kept (within 13 months).
    assert.equal((await rollups.rollUp(new Date('2026-05-01T10:00:00Z'))).tot, '2026-05-01T09:00:00Z');
    assert.equal(await raw(), 1500);
    assert.deepEqual(await answers(), fromRaw);

    // A second run in the same minute folds nothing again.
    assert.deepEqual(await rollups.rollUp(new Date('2026-05-01T10:01:00Z')), { van: '2026-05-01T09:00:00Z', tot: '2026-05-01T09:00:00Z', verwijderd: 0 });
    assert.deepEqual(await answers(), fromRaw);
  });

  it('deletes raw events past the retention period, and the dashboard still counts them', async () => {
    const fromRaw = await answers();
    // 13 months after 1 April 2027 is 1 March 2026: the February and March events stay raw... until then.
    const result = await rollups.rollUp(new Date('2027-04-01T10:00:00Z'));
    assert.ok(result.verwijderd > 0 && result.verwijderd < 1500, `deleted ${result.verwijderd}`);
    assert.equal(await raw(), 1500 - result.verwijderd);
    assert.deepEqual(await answers(), fromRaw);

    assert.equal((await rollups.rollUp(new Date('2028-01-01T10:00:00Z'))).verwijderd, 1500 - result.verwijderd);
    assert.equal(await raw(), 0);
    assert.deepEqual(await answers(), fromRaw);
  });

  it('folds whole hours only once they have been over for five minutes, since an insert stamped before may still commit', async () => {
    await insertEvents(platform, [{ t: '2028-01-01T22:58:00Z', soort: 'ZOEKEN', resultaten: 1 }]); // 23:58 in Amsterdam
    assert.equal((await rollups.rollUp(new Date('2028-01-01T23:03:00Z'))).tot, '2028-01-01T22:00:00Z', 'the hour of 23:00 stays raw until 00:05');
    assert.equal(await rollups.watermark(), '2028-01-01T22:00:00Z');
    assert.equal((await rollups.rollUp(new Date('2028-01-01T23:06:00Z'))).tot, '2028-01-01T23:00:00Z');
    const per = await platform.gql(DASHBOARD_QUERIES.interactiesPerPeriode, { van: '2028-01-01', tot: '2028-01-01', per: 'DAG' }, landelijk);
    assert.deepEqual(per.data?.interactiesPerPeriode, [{ periode: '2028-01-01', soort: 'ZOEKEN', gids: 'DENNIS', aantal: 1 }]);
  });
});
