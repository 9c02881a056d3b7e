import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'Waar het instrument beschikbaar is: landelijk, of in de genoemde regio\'s, gemeenten en wijken.',
})
export class BeschikbareGebieden {
  @Field(() => Boolean)
  landelijk: boolean;

  regioCodes: string[];
  gemeenteCodes: string[];
  wijkIds: string[];
}
