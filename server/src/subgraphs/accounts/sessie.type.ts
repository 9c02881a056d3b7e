import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Rol } from './accounts.enums.js';
import { Gebruiker } from './gebruiker.entity.js';

@ObjectType('Sessie', { description: 'Een geslaagde login. Het token gaat mee als `Authorization: Bearer <token>`; de login zet ook het sessiecookie.' })
export class SessieResult {
  @Field(() => String)
  token: string;

  @Field(() => Gebruiker)
  gebruiker: Gebruiker;
}

/** What the gateway learns about a valid session token. Not in the public API (@inaccessible). */
@ObjectType('SessieCaller')
@Directive('@inaccessible')
export class SessieCaller {
  @Field(() => ID)
  id: string;

  @Field(() => Rol)
  rol: Rol;

  @Field(() => [ID])
  organisatieIds: string[];

  @Field(() => ID)
  sessieId: string;
}
