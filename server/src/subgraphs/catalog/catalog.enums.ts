import { registerEnumType } from 'type-graphql';

export { Gids } from '../../core/gids.js';

export enum KenmerkSoort {
  BASIS = 'BASIS',
  PRAKTISCH = 'PRAKTISCH',
}
registerEnumType(KenmerkSoort, {
  name: 'KenmerkSoort',
  description: 'Basiskenmerken (stap 1 van methodisch zoeken) of praktische kenmerken (stap 2).',
});

export enum InstrumentType {
  INSTRUMENT = 'INSTRUMENT',
  LEERWERKTRAJECT = 'LEERWERKTRAJECT',
}
registerEnumType(InstrumentType, { name: 'InstrumentType', description: 'Dennis onderscheidt instrumenten en leerwerktrajecten.' });

export enum DuurEenheid {
  UUR = 'UUR',
  DAG = 'DAG',
  WEEK = 'WEEK',
  MAAND = 'MAAND',
}
registerEnumType(DuurEenheid, { name: 'DuurEenheid' });

export enum ContactSoort {
  INTERN = 'INTERN',
  EXTERN = 'EXTERN',
}
registerEnumType(ContactSoort, { name: 'ContactSoort' });

export enum LocatieType {
  ADRES = 'ADRES',
  AANBIEDER = 'AANBIEDER',
  WERKGEVER = 'WERKGEVER',
  GEMEENTE = 'GEMEENTE',
  KLANT_THUIS = 'KLANT_THUIS',
}
registerEnumType(LocatieType, { name: 'LocatieType', description: 'Waar het instrument wordt uitgevoerd.' });
