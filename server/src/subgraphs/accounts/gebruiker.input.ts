import { Field, ID, InputType } from 'type-graphql';
import { Rol } from './accounts.enums.js';

@InputType({ description: 'Een nieuw account (alleen voor landelijk beheerders).' })
export class CreateGebruikerInput {
  @Field(() => String)
  email: string;

  @Field(() => String)
  naam: string;

  @Field(() => Rol)
  rol: Rol;

  @Field(() => [ID], { description: 'De organisaties (uit de catalogus) waar het account bij hoort.' })
  organisatieIds: string[];

  @Field(() => String, { description: 'Het eerste wachtwoord, minimaal 12 tekens.' })
  password: string;
}
