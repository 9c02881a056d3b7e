import type { DataSource } from 'typeorm';
import type { Gids } from './catalog.enums.js';
import { KenmerkCategorie } from './kenmerk-categorie.entity.js';

export class KenmerkService {
  constructor(private readonly ds: DataSource) {}

  categorieen(gids: Gids | null | undefined): Promise<KenmerkCategorie[]> {
    return this.ds.getRepository(KenmerkCategorie).find({ where: gids ? { gids } : {}, order: { gids: 'ASC', volgorde: 'ASC' } });
  }
}
