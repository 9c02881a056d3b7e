import type { DataSource } from 'typeorm';
import { IsNull } from 'typeorm';
import DataLoader from 'dataloader';
import { entitiesLoader } from '../../core/loader-utils.js';
import { KenmerkCategorie } from './kenmerk-categorie.entity.js';
import { Kenmerk } from './kenmerk.entity.js';
import type { TaxonomieCache } from './taxonomie.cache.js';

const kenmerkOrder = { volgorde: 'ASC', naam: 'ASC' } as const;

export function createKenmerkLoaders(ds: DataSource, taxonomie: TaxonomieCache) {
  return {
    // Served from memory: the taxonomy is small and asked for on every search.
    kenmerkByCode: new DataLoader<string, Kenmerk | null>(async (codes) => codes.map((code) => taxonomie.kenmerk(code))),
    categorieByCode: new DataLoader<string, KenmerkCategorie | null>(async (codes) => codes.map((code) => taxonomie.categorie(code))),
    /** Top-level kenmerken of a category; children hang below their parent. */
    kenmerkenByCategorie: entitiesLoader(ds, Kenmerk, 'categorieCode', kenmerkOrder, { parentCode: IsNull() }),
    childrenByKenmerk: entitiesLoader(ds, Kenmerk, 'parentCode', kenmerkOrder),
  };
}
