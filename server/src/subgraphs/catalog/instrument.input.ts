import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { Gids } from './catalog.enums.js';

@InputType({ description: 'Beperk de lijst met instrumenten. Alle opgegeven voorwaarden gelden samen.' })
export class InstrumentFilter {
  @Field(() => Gids, { nullable: true })
  gids?: Gids | null;

  @Field(() => ID, { nullable: true })
  organisatieId?: string | null;

  @Field(() => ID, { nullable: true })
  aanbiederId?: string | null;
}

@ArgsType()
export class InstrumentsArgs {
  @Field(() => InstrumentFilter, { nullable: true })
  filter?: InstrumentFilter | null;

  @Field(() => Int, { nullable: true, description: 'Aantal per pagina, 1 tot en met 100 (standaard 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'endCursor van de vorige pagina.' })
  after?: string | null;
}
