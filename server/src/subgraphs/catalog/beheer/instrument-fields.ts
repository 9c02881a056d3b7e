import { Gids } from '../catalog.enums.js';
import type { Instrument } from '../instrument.entity.js';
import type { InstrumentChanges } from './instrument-beheer.input.js';
import { Problems } from '../../../core/problems.js';
import { MAX_LENGTH } from './limits.js';
import { sanitizeRichText } from './rich-text.js';

/** Opgemaakte tekst (bold, italic, lists, links): sanitized before it is stored. */
export const RICH_TEXT_FIELDS = [
  'doel', 'werkwijze', 'onderscheidendeAanpak', 'voorwaardenDeelname', 'werkafspraken', 'samenwerkingspartners',
  'toelichtingDoelgroep', 'aanvullendeInformatie', 'aanmeldinstructies', 'beschrijving', 'aanvragen', 'voorwaarden',
] as const;

/** Plain text: stored as typed (trimmed); the front-ends escape it. */
export const PLAIN_TEXT_FIELDS = ['naam', 'samenvatting', 'korteBeschrijving', 'toelichtingDuur', 'toelichtingIntensiteit', 'toelichtingKosten'] as const;

const OTHER_FIELDS = [
  'type', 'organisatieId', 'aanbiederId', 'publiceren', 'publiceerVanaf', 'publiceerTotEnMet',
  'totaleDuur', 'duurEenheid', 'intensiteit', 'totaleKosten',
] as const;

export const SCALAR_FIELDS = [...PLAIN_TEXT_FIELDS, ...RICH_TEXT_FIELDS, ...OTHER_FIELDS] as const;
export type ScalarField = (typeof SCALAR_FIELDS)[number];
export type InstrumentScalars = Pick<Instrument, ScalarField>;

/** The verplichte velden (*) of stap 1 per gids: Eva handreiking instrumentbeheerders, Dennis handleiding 2.2/2.3. */
export const REQUIRED_FIELDS: Record<Gids, readonly ScalarField[]> = {
  [Gids.EVA]: ['naam', 'samenvatting', 'doel', 'werkwijze'],
  [Gids.DENNIS]: ['naam', 'korteBeschrijving'],
};

const LABELS: Partial<Record<ScalarField, string>> = {
  naam: 'de naam', samenvatting: 'de samenvatting', doel: 'het doel', werkwijze: 'de werkwijze', korteBeschrijving: 'de korte beschrijving',
};

const MAX_SAMENVATTING = 500;
const MAX_INTENSITEIT = 168;

/** Empty text counts as not filled in. */
function text(value: string | null | undefined, rich: boolean): string | null {
  if (value === null || value === undefined) return null;
  const cleaned = rich ? sanitizeRichText(value) : value.trim();
  const visible = rich ? cleaned.replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ').trim() : cleaned;
  return visible ? cleaned : null;
}

/**
 * The scalar changes of an input, cleaned (text trimmed, opgemaakte tekst sanitized), and every problem with
 * them given the state they lead to. `given` are the fields present in the input: only those are checked for
 * being filled in, so an older instrument can still be edited field by field.
 */
export function cleanScalarChanges(changes: InstrumentChanges, problems: Problems): Partial<InstrumentScalars> {
  const cleaned: Partial<Record<ScalarField, unknown>> = {};
  for (const field of SCALAR_FIELDS) {
    const value = changes[field];
    if (value === undefined) continue;
    if ((RICH_TEXT_FIELDS as readonly string[]).includes(field)) {
      // Far too long even for Word's markup: not worth sanitizing; the length check below refuses it.
      cleaned[field] = typeof value === 'string' && value.length > MAX_LENGTH.richRaw ? value : text(value as string | null, true);
    } else if ((PLAIN_TEXT_FIELDS as readonly string[]).includes(field)) cleaned[field] = text(value as string | null, false);
    else cleaned[field] = value;
  }
  for (const field of PLAIN_TEXT_FIELDS) {
    const value = cleaned[field] as string | null | undefined;
    const max = field === 'naam' ? MAX_LENGTH.naam : field === 'samenvatting' ? MAX_SAMENVATTING : MAX_LENGTH.plain;
    if (value && value.length > max) problems.add(field, `Gebruik hoogstens ${max} tekens (nu ${value.length}).`);
  }
  for (const field of RICH_TEXT_FIELDS) {
    const value = cleaned[field] as string | null | undefined;
    if (value && value.length > MAX_LENGTH.rich) problems.add(field, `De tekst is te lang: hoogstens ${MAX_LENGTH.rich} tekens.`);
  }
  if (cleaned.publiceren === null) cleaned.publiceren = false;
  if (cleaned.type === null) problems.add('type', 'Kies instrument of leerwerktraject.');
  for (const field of ['organisatieId', 'aanbiederId'] as const) {
    if (field in cleaned && !cleaned[field]) problems.add(field, field === 'organisatieId' ? 'Kies een organisatie.' : 'Kies een aanbieder.');
  }
  return cleaned as Partial<InstrumentScalars>;
}

/** Problems of the whole instrument as it would be stored: required fields, ranges and pairs that belong together. */
export function checkInstrumentState(gids: Gids, state: InstrumentScalars, given: ReadonlySet<string>, problems: Problems, all = false): void {
  for (const field of REQUIRED_FIELDS[gids]) {
    if ((all || given.has(field)) && !state[field]) problems.add(field, `Vul ${LABELS[field] ?? field} in: dit veld is verplicht.`);
  }
  if (state.totaleKosten !== null && Number(state.totaleKosten) < 0) problems.add('totaleKosten', 'De kosten kunnen niet negatief zijn.');
  if (state.totaleDuur !== null && !(state.totaleDuur > 0)) problems.add('totaleDuur', 'Geef een duur groter dan 0.');
  if (state.totaleDuur !== null && state.duurEenheid === null) problems.add('duurEenheid', 'Kies de eenheid van de duur (uren, dagen, weken of maanden).');
  if (state.totaleDuur === null && state.duurEenheid !== null && given.has('duurEenheid')) problems.add('totaleDuur', 'Vul de duur in bij de gekozen eenheid.');
  if (state.intensiteit !== null && !(state.intensiteit > 0 && state.intensiteit <= MAX_INTENSITEIT)) {
    problems.add('intensiteit', `Geef de intensiteit in uren per week, meer dan 0 en hoogstens ${MAX_INTENSITEIT}.`);
  }
  if (state.publiceerVanaf && state.publiceerTotEnMet && state.publiceerVanaf > state.publiceerTotEnMet) {
    problems.add('publiceerTotEnMet', '"Publiceer tot en met" mag niet voor "publiceer vanaf" liggen.');
  }
}
