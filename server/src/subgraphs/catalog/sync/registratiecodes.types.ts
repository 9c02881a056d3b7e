import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../../core/pagination.js';

@ObjectType({
  description:
    'De laatste stand van één registratiecode van een instrument van je organisatie. `verwijderd`: de code, of het instrument, is er niet meer (of hoort nu bij een andere organisatie): verwijder hem aan jouw kant.',
})
export class RegistratiecodeWijziging {
  @Field(() => ID)
  instrumentId: string;

  @Field(() => String)
  naam: string;

  @Field(() => String)
  code: string;

  @Field(() => String, { nullable: true })
  label: string | null;

  @Field(() => Boolean, { description: 'Vandaag gepubliceerd (binnen de publicatieperiode).' })
  gepubliceerd: boolean;

  @Field(() => Boolean)
  verwijderd: boolean;

  @Field(() => Date)
  updatedAt: Date;
}

export const RegistratiecodeWijzigingConnection = ConnectionType(RegistratiecodeWijziging, 'RegistratiecodeWijzigingConnection');

@ArgsType()
export class RegistratiecodesArgs {
  @Field(() => Date, {
    nullable: true,
    description: 'Alleen wijzigingen na dit moment. Voor een volgende synchronisatie: geef liever de endCursor van de vorige als `after`; die mist niets.',
  })
  updatedSince?: Date | null;

  @Field(() => Int, { nullable: true, description: 'Hoeveel per pagina (1 tot en met 100; standaard 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'De endCursor van de vorige pagina (of van de vorige synchronisatie).' })
  after?: string | null;
}
