import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { isUuid } from '../../core/ids.js';
import type { AccountsContext } from './accounts.context.js';

/**
 * The public face of an account: only its naam, for whoever shows what the account wrote (reviews). An entity,
 * unlike Gebruiker, because it reveals nothing a review does not show anyway: no e-mail, role or organisaties.
 */
@ObjectType('Auteur', { description: 'Wie iets schreef, alleen met naam.' })
@Directive('@key(fields: "id")')
export class Auteur {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  naam: string;
}

/** `_entities` for Auteur: every reference of a request in one statement (the request's gebruiker loader). */
export const auteurReference = {
  __resolveReference: async (ref: { id?: unknown }, ctx: AccountsContext): Promise<Auteur | null> => {
    if (typeof ref.id !== 'string' || !isUuid(ref.id)) return null;
    const gebruiker = await ctx.loaders.gebruikerById.load(ref.id);
    return gebruiker ? { id: gebruiker.id, naam: gebruiker.naam } : null;
  },
};
