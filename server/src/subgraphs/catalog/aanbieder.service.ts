import type { DataSource } from 'typeorm';
import { Organisatie } from './organisatie.entity.js';

export class AanbiederService {
  constructor(private readonly ds: DataSource) {}

  organisaties(): Promise<Organisatie[]> {
    return this.ds.getRepository(Organisatie).find({ order: { naam: 'ASC' } });
  }
}
