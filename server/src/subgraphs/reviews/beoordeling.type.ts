import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('SterrenAantal')
export class SterrenAantal {
  @Field(() => Int)
  sterren: number;

  @Field(() => Int)
  aantal: number;
}

@ObjectType('Beoordeling', { description: 'Wat professionals van een instrument vinden: alleen zichtbare reviews tellen mee.' })
export class Beoordeling {
  @Field(() => Float, { nullable: true, description: 'Gemiddeld aantal sterren, op één decimaal; null zonder reviews.' })
  gemiddelde: number | null;

  @Field(() => Int)
  aantal: number;

  @Field(() => [SterrenAantal], { description: 'Hoeveel reviews 1, 2, 3, 4 en 5 sterren gaven (altijd vijf regels).' })
  verdeling: SterrenAantal[];

  @Field(() => Float, { nullable: true, description: 'Gemiddelde score voor het resultaat, op één decimaal.' })
  resultaat: number | null;

  @Field(() => Float, { nullable: true, description: 'Gemiddelde score voor de uitvoering, op één decimaal.' })
  uitvoering: number | null;
}
