import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Accounts' Auteur (an account's naam only); the catalog knows only the id of who made a change. */
@ObjectType('Auteur')
@Directive('@key(fields: "id", resolvable: false)')
export class AuteurRef {
  @Field(() => ID)
  id: string;
}
