import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { EntityManager } from 'typeorm';
import { insertRows } from './bulk-insert.js';
import { KENMERK_CATEGORIEEN, type KenmerkSeed } from './taxonomie.data.js';

interface GemeenteRow {
  name: string;
  code: string;
  year: string;
  region_code: string;
  region: string;
  province: string;
}

/** The CSV ships in the repository; rows of the current year are today's gemeenten. */
const CURRENT_YEAR = '2026';

export function readGemeenten(): GemeenteRow[] {
  const csv = readFileSync(new URL('../../../../src/subgraphs/catalog/seed/data/gemeenten-arbeidsmarktregios.csv', import.meta.url), 'utf8');
  const rows = parse(csv, { columns: true, skip_empty_lines: true }) as GemeenteRow[];
  return rows.filter((row) => row.year === CURRENT_YEAR);
}

/** Arbeidsmarktregio's and gemeenten: inserted once, renamed when CBS renames them. */
async function seedGebieden(db: EntityManager): Promise<void> {
  const gemeenten = readGemeenten();
  const regios = new Map(gemeenten.map((g) => [g.region_code, g.region]));
  for (const [code, naam] of regios) {
    await db.query('INSERT INTO regio (code, naam) VALUES ($1, $2) ON CONFLICT (code) DO UPDATE SET naam = EXCLUDED.naam', [code, naam]);
  }
  await insertRows(
    db,
    'gemeente',
    [{ name: 'code', type: 'text' }, { name: 'naam', type: 'text' }, { name: 'regio_code', type: 'text' }, { name: 'provincie', type: 'text' }],
    gemeenten.map((g) => [g.code, g.name, g.region_code, g.province]),
  );
}

function flatten(kenmerken: KenmerkSeed[], parentCode: string | null): { kenmerk: KenmerkSeed; parentCode: string | null; volgorde: number }[] {
  return kenmerken.flatMap((kenmerk, index) => [
    { kenmerk, parentCode, volgorde: index + 1 },
    ...flatten(kenmerk.children ?? [], kenmerk.code),
  ]);
}

/** The Eva and Dennis value lists with their descriptions; texts are refreshed on every seed. */
async function seedTaxonomie(db: EntityManager): Promise<void> {
  for (const categorie of KENMERK_CATEGORIEEN) {
    await db.query(
      `INSERT INTO kenmerk_categorie (code, naam, gids, soort, volgorde, meervoudig, per_organisatie, beschrijving)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (code) DO UPDATE SET naam = EXCLUDED.naam, soort = EXCLUDED.soort, volgorde = EXCLUDED.volgorde,
         meervoudig = EXCLUDED.meervoudig, per_organisatie = EXCLUDED.per_organisatie, beschrijving = EXCLUDED.beschrijving`,
      [categorie.code, categorie.naam, categorie.gids, categorie.soort, categorie.volgorde, categorie.meervoudig, categorie.perOrganisatie, categorie.beschrijving ?? null],
    );
    for (const { kenmerk, parentCode, volgorde } of flatten(categorie.kenmerken, null)) {
      await db.query(
        `INSERT INTO kenmerk (code, naam, categorie_code, parent_code, volgorde, ondertitel, beschrijving, tools_en_aandachtspunten, voorbeelden, positie_x, positie_y)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT (code) DO UPDATE SET naam = EXCLUDED.naam, parent_code = EXCLUDED.parent_code, volgorde = EXCLUDED.volgorde,
           ondertitel = EXCLUDED.ondertitel, beschrijving = EXCLUDED.beschrijving, tools_en_aandachtspunten = EXCLUDED.tools_en_aandachtspunten,
           voorbeelden = EXCLUDED.voorbeelden, positie_x = EXCLUDED.positie_x, positie_y = EXCLUDED.positie_y`,
        [
          kenmerk.code, kenmerk.naam, categorie.code, parentCode, volgorde, kenmerk.ondertitel ?? null, kenmerk.beschrijving ?? null,
          kenmerk.toolsEnAandachtspunten ?? null, kenmerk.voorbeelden ?? [], kenmerk.positie?.x ?? null, kenmerk.positie?.y ?? null,
        ],
      );
    }
  }
}

export async function seedReference(db: EntityManager): Promise<void> {
  await seedGebieden(db);
  await seedTaxonomie(db);
}
