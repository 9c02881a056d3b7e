import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { manyByKey, oneByKey } from '../../core/loader-utils.js';
import { Aanbieder } from './aanbieder.entity.js';
import { Adres } from './adres.entity.js';
import { ContactSoort } from './catalog.enums.js';
import { Contactpersoon, type ContactpersoonKoppeling } from './contactpersoon.entity.js';
import { Organisatie } from './organisatie.entity.js';

export interface KoppelingRow {
  owner_id: string;
  soort: ContactSoort;
  label: string | null;
  id: string;
  naam: string;
  telefoon: string | null;
  email: string | null;
  organisatie_id: string;
}

/** Turns a joined contactpersoon row into the GraphQL koppeling shape. */
export function toKoppeling(row: KoppelingRow): ContactpersoonKoppeling {
  const contactpersoon = Object.assign(new Contactpersoon(), {
    id: row.id, naam: row.naam, telefoon: row.telefoon, email: row.email, organisatieId: row.organisatie_id,
  });
  return { contactpersoon, soort: row.soort, label: row.label };
}

export function createAanbiederLoaders(ds: DataSource) {
  return {
    aanbiederById: new DataLoader<string, Aanbieder | null>(async (ids) =>
      oneByKey(ids, await ds.getRepository(Aanbieder).findBy({ id: In([...ids]) }), (a) => a.id),
    ),
    organisatieById: new DataLoader<string, Organisatie | null>(async (ids) =>
      oneByKey(ids, await ds.getRepository(Organisatie).findBy({ id: In([...ids]) }), (o) => o.id),
    ),
    adresById: new DataLoader<string, Adres | null>(async (ids) =>
      oneByKey(ids, await ds.getRepository(Adres).findBy({ id: In([...ids]) }), (a) => a.id),
    ),
    contactpersonenByAanbieder: new DataLoader<string, ContactpersoonKoppeling[]>(async (ids) => {
      const rows: KoppelingRow[] = await ds.query(
        `SELECT ac.aanbieder_id AS owner_id, ac.soort, ac.label, c.id, c.naam, c.telefoon, c.email, c.organisatie_id
           FROM aanbieder_contactpersoon ac JOIN contactpersoon c ON c.id = ac.contactpersoon_id
          WHERE ac.aanbieder_id = ANY($1) ORDER BY ac.soort, c.naam`,
        [ids],
      );
      return manyByKey(ids, rows, (r) => r.owner_id).map((group) => group.map(toKoppeling));
    }),
  };
}
