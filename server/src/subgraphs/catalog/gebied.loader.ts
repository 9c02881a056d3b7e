import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { manyByKey, oneByKey } from '../../core/loader-utils.js';
import { Gemeente } from './gemeente.entity.js';
import { Regio } from './regio.entity.js';
import { Wijk } from './wijk.entity.js';

export function createGebiedLoaders(ds: DataSource) {
  return {
    regioByCode: new DataLoader<string, Regio | null>(async (codes) =>
      oneByKey(codes, await ds.getRepository(Regio).findBy({ code: In([...codes]) }), (r) => r.code),
    ),
    gemeenteByCode: new DataLoader<string, Gemeente | null>(async (codes) =>
      oneByKey(codes, await ds.getRepository(Gemeente).findBy({ code: In([...codes]) }), (g) => g.code),
    ),
    wijkById: new DataLoader<string, Wijk | null>(async (ids) =>
      oneByKey(ids, await ds.getRepository(Wijk).findBy({ id: In([...ids]) }), (w) => w.id),
    ),
    gemeentenByRegio: new DataLoader<string, Gemeente[]>(async (codes) =>
      manyByKey(codes, await ds.getRepository(Gemeente).find({ where: { regioCode: In([...codes]) }, order: { naam: 'ASC' } }), (g) => g.regioCode),
    ),
    wijkenByGemeente: new DataLoader<string, Wijk[]>(async (codes) =>
      manyByKey(codes, await ds.getRepository(Wijk).find({ where: { gemeenteCode: In([...codes]) }, order: { naam: 'ASC' } }), (w) => w.gemeenteCode),
    ),
  };
}
