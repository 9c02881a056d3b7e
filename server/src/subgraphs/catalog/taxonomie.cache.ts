import type { DataSource } from 'typeorm';
import { KenmerkCategorie } from './kenmerk-categorie.entity.js';
import { Kenmerk } from './kenmerk.entity.js';

/**
 * The kenmerken and their categories, held in memory: every search answers with all facet options, and
 * reading ~120 rows from PostgreSQL for each click would cost more than the search itself. Reloaded when
 * the search index sees a taxonomy change (kenmerk rows are announced on `catalog_changes`).
 */
export class TaxonomieCache {
  private kenmerken = new Map<string, Kenmerk>();
  private categorieen = new Map<string, KenmerkCategorie>();

  constructor(private readonly ds: DataSource) {}

  async load(): Promise<void> {
    const [kenmerken, categorieen] = await Promise.all([this.ds.getRepository(Kenmerk).find(), this.ds.getRepository(KenmerkCategorie).find()]);
    this.kenmerken = new Map(kenmerken.map((k) => [k.code, k]));
    this.categorieen = new Map(categorieen.map((c) => [c.code, c]));
  }

  kenmerk(code: string): Kenmerk | null {
    return this.kenmerken.get(code) ?? null;
  }

  categorie(code: string): KenmerkCategorie | null {
    return this.categorieen.get(code) ?? null;
  }
}
