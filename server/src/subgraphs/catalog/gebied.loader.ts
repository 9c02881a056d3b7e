import type { DataSource } from 'typeorm';
import { entitiesLoader, entityLoader } from '../../core/loader-utils.js';
import { Gemeente } from './gemeente.entity.js';
import { Regio } from './regio.entity.js';
import { Wijk } from './wijk.entity.js';

export function createGebiedLoaders(ds: DataSource) {
  return {
    regioByCode: entityLoader(ds, Regio, 'code'),
    gemeenteByCode: entityLoader(ds, Gemeente, 'code'),
    wijkById: entityLoader(ds, Wijk, 'id'),
    gemeentenByRegio: entitiesLoader(ds, Gemeente, 'regioCode', { naam: 'ASC' }),
    wijkenByGemeente: entitiesLoader(ds, Wijk, 'gemeenteCode', { naam: 'ASC' }),
  };
}
