import { registerEnumType } from 'type-graphql';

export enum InstrumentSort {
  RELEVANTIE = 'RELEVANTIE',
  NAAM = 'NAAM',
  NIEUWSTE = 'NIEUWSTE',
  BEOORDELING = 'BEOORDELING',
}
registerEnumType(InstrumentSort, {
  name: 'InstrumentSort',
  description: 'RELEVANTIE (standaard als er tekst is; zonder tekst geldt NAAM), NAAM (alfabet), NIEUWSTE (laatst toegevoegd eerst) of BEOORDELING (hoogste gemiddelde eerst, bij gelijk gemiddelde de meeste beoordelingen, dan de naam; instrumenten zonder beoordeling achteraan).',
});
