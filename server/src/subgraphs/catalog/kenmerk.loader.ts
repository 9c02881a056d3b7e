import DataLoader from 'dataloader';
import { In, IsNull, type DataSource } from 'typeorm';
import { manyByKey, oneByKey } from '../../core/loader-utils.js';
import { KenmerkCategorie } from './kenmerk-categorie.entity.js';
import { Kenmerk } from './kenmerk.entity.js';

const kenmerkOrder = { volgorde: 'ASC', naam: 'ASC' } as const;

export function createKenmerkLoaders(ds: DataSource) {
  return {
    kenmerkByCode: new DataLoader<string, Kenmerk | null>(async (codes) =>
      oneByKey(codes, await ds.getRepository(Kenmerk).findBy({ code: In([...codes]) }), (k) => k.code),
    ),
    categorieByCode: new DataLoader<string, KenmerkCategorie | null>(async (codes) =>
      oneByKey(codes, await ds.getRepository(KenmerkCategorie).findBy({ code: In([...codes]) }), (c) => c.code),
    ),
    /** Top-level kenmerken of a category; children hang below their parent. */
    kenmerkenByCategorie: new DataLoader<string, Kenmerk[]>(async (codes) =>
      manyByKey(
        codes,
        await ds.getRepository(Kenmerk).find({ where: { categorieCode: In([...codes]), parentCode: IsNull() }, order: kenmerkOrder }),
        (k) => k.categorieCode,
      ),
    ),
    childrenByKenmerk: new DataLoader<string, Kenmerk[]>(async (codes) =>
      manyByKey(codes, await ds.getRepository(Kenmerk).find({ where: { parentCode: In([...codes]) }, order: kenmerkOrder }), (k) => k.parentCode!),
    ),
  };
}
