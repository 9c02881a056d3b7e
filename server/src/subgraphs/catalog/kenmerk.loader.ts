import type { DataSource } from 'typeorm';
import { IsNull } from 'typeorm';
import { entitiesLoader, entityLoader } from '../../core/loader-utils.js';
import { KenmerkCategorie } from './kenmerk-categorie.entity.js';
import { Kenmerk } from './kenmerk.entity.js';

const kenmerkOrder = { volgorde: 'ASC', naam: 'ASC' } as const;

export function createKenmerkLoaders(ds: DataSource) {
  return {
    kenmerkByCode: entityLoader(ds, Kenmerk, 'code'),
    categorieByCode: entityLoader(ds, KenmerkCategorie, 'code'),
    /** Top-level kenmerken of a category; children hang below their parent. */
    kenmerkenByCategorie: entitiesLoader(ds, Kenmerk, 'categorieCode', kenmerkOrder, { parentCode: IsNull() }),
    childrenByKenmerk: entitiesLoader(ds, Kenmerk, 'parentCode', kenmerkOrder),
  };
}
