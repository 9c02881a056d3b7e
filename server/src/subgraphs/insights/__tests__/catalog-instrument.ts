import type { TestPlatform } from '../../../test-support/harness.js';

export const ORGANISATIE = '11111111-1111-4111-8111-111111111111';
/** The regio of ORGANISATIE: the one regio its regiobeheerder may see on the dashboard. */
export const ORGANISATIE_REGIO = 'AM18';

/** An instrument written as the catalog's beheer would; its trigger publishes it on the `instrument` topic. */
export async function createInstrument(platform: TestPlatform, gids: 'EVA' | 'DENNIS', naam = 'Test'): Promise<string> {
  const catalog = platform.subgraphs.find((s) => s.definition.name === 'catalog')!.dataSource;
  await catalog.query(`INSERT INTO organisatie (id, naam, regio_code) VALUES ($1, 'Org', $2) ON CONFLICT DO NOTHING`, [ORGANISATIE, ORGANISATIE_REGIO]);
  const [aanbieder] = await catalog.query(`INSERT INTO aanbieder (naam, organisatie_id) VALUES ('Aanbieder', $1) RETURNING id`, [ORGANISATIE]);
  const [row] = await catalog.query(
    `INSERT INTO instrument (gids, naam, organisatie_id, aanbieder_id, publiceren, samenvatting) VALUES ($1, $2, $3, $4, true, 'Test') RETURNING id`,
    [gids, naam, ORGANISATIE, aanbieder.id],
  );
  await platform.sync();
  return row.id;
}
