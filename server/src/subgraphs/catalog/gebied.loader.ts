import { entitiesLoader, entityLoader, type SqlBatch } from '../../core/loader-utils.js';
import { Gemeente } from './gemeente.entity.js';
import { Regio } from './regio.entity.js';
import { Wijk } from './wijk.entity.js';

export function createGebiedLoaders(sql: SqlBatch) {
  return {
    regioByCode: entityLoader(sql, Regio, 'code'),
    gemeenteByCode: entityLoader(sql, Gemeente, 'code'),
    wijkById: entityLoader(sql, Wijk, 'id'),
    gemeentenByRegio: entitiesLoader(sql, Gemeente, 'regioCode', { naam: 'ASC' }),
    wijkenByGemeente: entitiesLoader(sql, Wijk, 'gemeenteCode', { naam: 'ASC' }),
  };
}

export type GebiedLoaders = ReturnType<typeof createGebiedLoaders>;
