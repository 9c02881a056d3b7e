import { ArgsType, Field } from 'type-graphql';

// Argument classes keep the contract's argument order in the SDL (separate @Arg parameters come out reversed).

@ArgsType()
export class LoginArgs {
  @Field(() => String)
  email: string;

  @Field(() => String)
  password: string;
}

@ArgsType()
export class WijzigWachtwoordArgs {
  @Field(() => String)
  huidigWachtwoord: string;

  @Field(() => String, { description: 'Minimaal 12 tekens.' })
  nieuwWachtwoord: string;
}
