import { isUuid } from '../../core/ids.js';
import { mayManage } from '../../core/access.js';
import type { CatalogContext } from './catalog.context.js';
import type { Instrument } from './instrument.entity.js';
import { amsterdamToday, isPublishedOn } from '../../core/publicatie.js';

/** Gemeente (GM0363) and regio (AM18) codes are short; anything longer cannot exist. */
const MAX_CODE_LENGTH = 20;

const uuidOf = (ref: { id?: unknown }) => (typeof ref.id === 'string' && isUuid(ref.id) ? ref.id : null);
const codeOf = (ref: { code?: unknown }) => (typeof ref.code === 'string' && ref.code.length <= MAX_CODE_LENGTH ? ref.code : null);

/**
 * The public rule holds for references too: an instrument that is not published today does not exist for
 * the caller, unless the caller is a beheerder who may manage it (as `beheerInstrument` decides).
 */
export function mayView(instrument: Instrument, caller: CatalogContext['caller']): boolean {
  return isPublishedOn(instrument, amsterdamToday()) || (caller !== null && mayManage(caller, instrument.organisatieId));
}

/**
 * `__resolveReference` of every catalog entity. Representations are `_Any`: an id that is not a uuid (or not
 * a string at all) resolves to null instead of reaching PostgreSQL as a failing cast.
 */
export const referenceResolvers = {
  Instrument: {
    __resolveReference: async (ref: { id?: unknown }, ctx: CatalogContext) => {
      const id = uuidOf(ref);
      const instrument = id ? await ctx.loaders.instrumentById.load(id) : null;
      return instrument && mayView(instrument, ctx.caller) ? instrument : null;
    },
  },
  Aanbieder: { __resolveReference: (ref: { id?: unknown }, ctx: CatalogContext) => (uuidOf(ref) ? ctx.loaders.aanbiederById.load(uuidOf(ref)!) : null) },
  Organisatie: { __resolveReference: (ref: { id?: unknown }, ctx: CatalogContext) => (uuidOf(ref) ? ctx.loaders.organisatieById.load(uuidOf(ref)!) : null) },
  Gemeente: { __resolveReference: (ref: { code?: unknown }, ctx: CatalogContext) => (codeOf(ref) ? ctx.loaders.gemeenteByCode.load(codeOf(ref)!) : null) },
  Regio: { __resolveReference: (ref: { code?: unknown }, ctx: CatalogContext) => (codeOf(ref) ? ctx.loaders.regioByCode.load(codeOf(ref)!) : null) },
};
