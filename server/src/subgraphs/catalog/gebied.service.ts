import type { DataSource } from 'typeorm';
import { notFound } from '../../core/errors.js';
import { Gemeente } from './gemeente.entity.js';
import { Regio } from './regio.entity.js';

export class GebiedService {
  constructor(private readonly ds: DataSource) {}

  regios(): Promise<Regio[]> {
    return this.ds.getRepository(Regio).find({ order: { naam: 'ASC' } });
  }

  async gemeenten(regioCode: string | null | undefined): Promise<Gemeente[]> {
    if (regioCode && !(await this.ds.getRepository(Regio).existsBy({ code: regioCode }))) throw notFound('Regio', regioCode);
    return this.ds.getRepository(Gemeente).find({ where: regioCode ? { regioCode } : {}, order: { naam: 'ASC' } });
  }
}
