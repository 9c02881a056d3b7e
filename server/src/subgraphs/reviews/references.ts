import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { isUuid } from '../../core/ids.js';

/** The catalog's Instrument, which reviews extends with `beoordeling` and `reviews`. */
@ObjectType('Instrument')
@Directive('@key(fields: "id")')
export class InstrumentRef {
  @Field(() => ID)
  id: string;
}

/** Accounts' Auteur (the naam of an account); reviews knows only the id. */
@ObjectType('Auteur')
@Directive('@key(fields: "id", resolvable: false)')
export class AuteurRef {
  @Field(() => ID)
  id: string;
}

/** The catalog's Organisatie; reviews knows only the id. */
@ObjectType('Organisatie')
@Directive('@key(fields: "id", resolvable: false)')
export class OrganisatieRef {
  @Field(() => ID)
  id: string;
}

/**
 * `_entities` for Instrument: only the id, the fields batch themselves per request. An id that is no uuid
 * resolves to null instead of reaching PostgreSQL as a failing cast.
 */
export const referenceResolvers = {
  Instrument: {
    __resolveReference: (ref: { id?: unknown }): InstrumentRef | null => (typeof ref.id === 'string' && isUuid(ref.id) ? { id: ref.id } : null),
  },
};
