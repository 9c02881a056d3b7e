import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The catalog's Organisatie as a reference only: accounts knows the id, the catalog resolves naam and the
 * rest through the gateway (`resolvable: false`: accounts cannot answer `_entities` for it).
 */
@ObjectType('Organisatie')
@Directive('@key(fields: "id", resolvable: false)')
export class OrganisatieRef {
  @Field(() => ID)
  id: string;
}
