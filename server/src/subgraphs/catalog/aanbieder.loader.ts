import type { DataSource } from 'typeorm';
import { entityLoader } from '../../core/loader-utils.js';
import { Aanbieder } from './aanbieder.entity.js';
import { Adres } from './adres.entity.js';
import { contactpersonenLoader } from './contactpersoon.loader.js';
import { Organisatie } from './organisatie.entity.js';

export function createAanbiederLoaders(ds: DataSource) {
  return {
    aanbiederById: entityLoader(ds, Aanbieder, 'id'),
    organisatieById: entityLoader(ds, Organisatie, 'id'),
    adresById: entityLoader(ds, Adres, 'id'),
    contactpersonenByAanbieder: contactpersonenLoader(ds, 'aanbieder'),
  };
}
