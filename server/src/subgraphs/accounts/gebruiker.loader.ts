import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { entityLoader, manyByKey } from '../../core/loader-utils.js';
import { GebruikerOrganisatie } from './gebruiker-organisatie.entity.js';
import { Gebruiker } from './gebruiker.entity.js';

/** All accounts loaders, created fresh for every request. */
export function createLoaders(ds: DataSource) {
  return {
    gebruikerById: entityLoader(ds, Gebruiker, 'id'),
    organisatieIdsByGebruiker: new DataLoader<string, string[]>(async (ids) => {
      const rows = await ds.getRepository(GebruikerOrganisatie).find({ where: { gebruikerId: In([...ids]) }, order: { organisatieId: 'ASC' } });
      return manyByKey(ids, rows, (row) => row.gebruikerId).map((list) => list.map((row) => row.organisatieId));
    }),
  };
}

export type AccountsLoaders = ReturnType<typeof createLoaders>;
