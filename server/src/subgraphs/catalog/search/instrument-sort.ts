import { registerEnumType } from 'type-graphql';

export enum InstrumentSort {
  RELEVANTIE = 'RELEVANTIE',
  NAAM = 'NAAM',
  NIEUWSTE = 'NIEUWSTE',
}
registerEnumType(InstrumentSort, {
  name: 'InstrumentSort',
  description: 'RELEVANTIE (standaard als er tekst is; zonder tekst geldt NAAM), NAAM (alfabet) of NIEUWSTE (laatst toegevoegd eerst).',
});
