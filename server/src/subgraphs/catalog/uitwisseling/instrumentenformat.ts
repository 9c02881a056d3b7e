import type { ContactSoort, Gids, LocatieType } from '../catalog.enums.js';
import type { InstrumentScalars } from '../beheer/instrument-fields.js';

/**
 * The instrumentenformat as a file (Eva handreikingen: stap 1 velden, stap 2 koppelingen), version 1. Every
 * koppeling is by a key that means the same in another environment: kenmerken by code, regio's and gemeenten by
 * CBS code, wijken by gemeente + naam, aanbieder, contactpersonen and adressen by their natural keys within the
 * organisatie. Ids appear only to recognise an instrument again in the same organisatie.
 */
export const FORMAAT = 'instrumentenformat/1';

export interface InstrumentenBestand {
  formaat: typeof FORMAAT;
  /** When the file was made (ISO 8601). */
  geexporteerdOp: string;
  instrumenten: InstrumentRecord[];
}

/** Stap 1: every field of the instrument except the ids of organisatie and aanbieder. */
export type InstrumentVelden = Omit<InstrumentScalars, 'organisatieId' | 'aanbiederId'>;

export interface InstrumentRecord extends InstrumentVelden {
  /** The instrument's id where it was exported; an import into the same organisatie finds it by this id. */
  id: string;
  gids: Gids;
  /** Where it came from; an import ignores it (everything goes into the chosen organisatie). */
  organisatie: { id: string; naam: string };
  /** Matched by naam within the organisatie, created when missing. */
  aanbieder: AanbiederRecord;
  kenmerken: string[];
  beschikbareGebieden: GebiedenRecord;
  contactpersonen: ContactpersoonRecord[];
  locaties: LocatieRecord[];
  registratiecodes: { code: string; label: string | null }[];
  links: { label: string; url: string }[];
  videos: { label: string | null; youtube: string }[];
  /** Names only: files are not exported, and an import leaves the downloads of an instrument alone. */
  downloads: { label: string; bestandsnaam: string }[];
}

export interface AanbiederRecord {
  naam: string;
  website: string | null;
  email: string | null;
  telefoon: string | null;
}

export interface GebiedenRecord {
  landelijk: boolean;
  /** Arbeidsmarktregio codes (AM18). */
  regios: string[];
  /** CBS gemeentecodes (GM0363). */
  gemeenten: string[];
  wijken: { gemeente: string; naam: string }[];
}

/** Matched by naam + e-mail within the organisatie, created when missing. */
export interface ContactpersoonRecord {
  naam: string;
  email: string | null;
  telefoon: string | null;
  soort: ContactSoort;
  label: string | null;
}

export interface AdresRecord {
  straat: string;
  huisnummer: string;
  postcode: string;
  plaats: string;
}

/** The adres is matched by straat + huisnummer + postcode within the organisatie, created when missing. */
export interface LocatieRecord {
  naam: string;
  type: LocatieType;
  inGebruik: boolean;
  beschrijving: string | null;
  adres: AdresRecord | null;
}
