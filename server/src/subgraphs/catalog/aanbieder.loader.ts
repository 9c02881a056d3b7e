import { entityLoader, type SqlBatch } from '../../core/loader-utils.js';
import { Aanbieder } from './aanbieder.entity.js';
import { Adres } from './adres.entity.js';
import { contactpersonenLoader } from './contactpersoon.loader.js';
import { Organisatie } from './organisatie.entity.js';
import { liveEntityLoader } from './prullenbak/live.js';

export function createAanbiederLoaders(sql: SqlBatch) {
  return {
    aanbiederById: liveEntityLoader(sql, Aanbieder),
    organisatieById: entityLoader(sql, Organisatie, 'id'),
    adresById: entityLoader(sql, Adres, 'id'),
    contactpersonenByAanbieder: contactpersonenLoader(sql, 'aanbieder'),
  };
}
