import DataLoader from 'dataloader';
import { manyByKey, type SqlBatch } from '../../core/loader-utils.js';
import type { ContactSoort } from './catalog.enums.js';
import { Contactpersoon, type ContactpersoonKoppeling } from './contactpersoon.entity.js';
import { INSTRUMENT_COLUMN, KOPPELINGEN } from './instrument-koppelingen.js';

interface KoppelingRow {
  owner_id: string;
  soort: ContactSoort;
  label: string | null;
  id: string;
  naam: string;
  telefoon: string | null;
  email: string | null;
  organisatie_id: string;
}

const OWNERS = {
  instrument: { table: KOPPELINGEN.contactpersonen.table, column: INSTRUMENT_COLUMN },
  aanbieder: { table: 'aanbieder_contactpersoon', column: 'aanbieder_id' },
} as const;

/** The contactpersonen linked to instruments or aanbieders, intern before extern, by name. */
export function contactpersonenLoader(sql: SqlBatch, owner: keyof typeof OWNERS) {
  const { table, column } = OWNERS[owner];
  return new DataLoader<string, ContactpersoonKoppeling[]>(async (ids) => {
    const rows = await sql.select<KoppelingRow>(
      `SELECT k.${column} AS owner_id, k.soort, k.label, c.id, c.naam, c.telefoon, c.email, c.organisatie_id
         FROM ${table} k JOIN contactpersoon c ON c.id = k.contactpersoon_id
        WHERE k.${column} = ANY($1) ORDER BY k.soort, c.naam`,
      [ids],
    );
    return manyByKey(ids, rows, (r) => r.owner_id).map((group) =>
      group.map((row) => ({
        contactpersoon: Object.assign(new Contactpersoon(), {
          id: row.id, naam: row.naam, telefoon: row.telefoon, email: row.email, organisatieId: row.organisatie_id,
        }),
        soort: row.soort,
        label: row.label,
      })),
    );
  });
}
