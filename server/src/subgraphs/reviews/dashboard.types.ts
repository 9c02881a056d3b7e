import { Field, Float, Int, ObjectType } from 'type-graphql';
import { OrganisatieRef } from './references.js';

@ObjectType({ description: 'Dashboard: hoe professionals de instrumenten van een organisatie beoordelen (alleen zichtbare reviews).' })
export class OrganisatieBeoordeling {
  @Field(() => OrganisatieRef, { description: 'De organisatie die de instrumenten beheert.' })
  organisatie: OrganisatieRef;

  @Field(() => Float, { description: 'Gemiddeld aantal sterren over al haar beoordeelde instrumenten, op één decimaal.' })
  gemiddelde: number;

  @Field(() => Int, { description: 'Aantal reviews.' })
  aantal: number;

  @Field(() => Int, { description: 'Aantal instrumenten met minstens één review.' })
  instrumenten: number;
}
