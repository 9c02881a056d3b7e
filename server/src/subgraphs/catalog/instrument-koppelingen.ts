/**
 * Every table that belongs to an instrument (a koppeling), declared once. The loaders, the search index, the
 * audit snapshot and the beheer store take their tables and columns from here; the change-tracking migration is
 * frozen, so `__tests__/koppelingen.test.ts` checks it (and the database's foreign keys) against this list.
 */

/** The column of every koppeling table that points at the instrument. */
export const INSTRUMENT_COLUMN = 'instrument_id';

export interface Koppeling {
  table: string;
  /** A link table's linked key (with instrument_id its primary key); an onderdeel's own id. */
  key: string;
  keyType: 'text' | 'uuid';
  /** The record a link table points at: `table.column`. Onderdelen (locaties, links...) point at nothing. */
  references?: string;
  /**
   * The search index keeps a bitset per value of `key`, under the koppeling's name. Such a table must announce
   * its changes on `catalog_changes` (the migration's triggers); the others change only together with the
   * instrument's version (beheer), which announces the instrument.
   */
  search?: true;
  /** In the audit snapshot: per row the key column, or a JSON object of these columns, in this order. */
  audit: { value: string | Readonly<Record<string, string>>; orderBy: string };
}

/** In the order the audit snapshot lists them. The names are the instrument's fields (GraphQL, beheer input, snapshot). */
export const KOPPELINGEN = {
  kenmerken: {
    table: 'instrument_kenmerk', key: 'kenmerk_code', keyType: 'text', references: 'kenmerk.code', search: true,
    audit: { value: 'kenmerk_code', orderBy: '1' },
  },
  regios: {
    table: 'instrument_regio', key: 'regio_code', keyType: 'text', references: 'regio.code', search: true,
    audit: { value: 'regio_code', orderBy: '1' },
  },
  gemeenten: {
    table: 'instrument_gemeente', key: 'gemeente_code', keyType: 'text', references: 'gemeente.code', search: true,
    audit: { value: 'gemeente_code', orderBy: '1' },
  },
  wijken: {
    table: 'instrument_wijk', key: 'wijk_id', keyType: 'uuid', references: 'wijk.id', search: true,
    audit: { value: 'wijk_id', orderBy: '1' },
  },
  contactpersonen: {
    table: 'instrument_contactpersoon', key: 'contactpersoon_id', keyType: 'uuid', references: 'contactpersoon.id',
    audit: { value: { contactpersoonId: 'contactpersoon_id', soort: 'soort', label: 'label' }, orderBy: 'contactpersoon_id' },
  },
  locaties: {
    table: 'locatie', key: 'id', keyType: 'uuid',
    audit: { value: { naam: 'naam', type: 'type', adresId: 'adres_id', inGebruik: 'in_gebruik', beschrijving: 'beschrijving' }, orderBy: 'naam, id' },
  },
  registratiecodes: {
    table: 'registratiecode', key: 'id', keyType: 'uuid',
    audit: { value: { code: 'code', label: 'label' }, orderBy: 'code' },
  },
  links: {
    table: 'link', key: 'id', keyType: 'uuid',
    audit: { value: { label: 'label', url: 'url' }, orderBy: 'label, url' },
  },
  videos: {
    table: 'video', key: 'id', keyType: 'uuid',
    audit: { value: { label: 'label', youtubeId: 'youtube_id' }, orderBy: 'youtube_id' },
  },
  downloads: {
    table: 'download', key: 'id', keyType: 'uuid',
    audit: { value: { label: 'label', bestandsnaam: 'bestandsnaam', contentHash: 'content_hash' }, orderBy: 'label, id' },
  },
} as const satisfies Record<string, Koppeling>;

export type KoppelingName = keyof typeof KOPPELINGEN;

/** The koppelingen the search index reads, in the order its queries return them. */
export type SearchKoppeling = { [K in KoppelingName]: (typeof KOPPELINGEN)[K] extends { search: true } ? K : never }[KoppelingName];

const names = Object.keys(KOPPELINGEN) as KoppelingName[];

export const SEARCH_KOPPELINGEN = names.filter((name): name is SearchKoppeling => 'search' in KOPPELINGEN[name]);

/** Where an instrument is offered besides landelijk: one link table each. */
export const GEBIED_KOPPELINGEN = ['regios', 'gemeenten', 'wijken'] as const satisfies readonly SearchKoppeling[];

export function koppelingen(): [KoppelingName, Koppeling][] {
  return names.map((name) => [name, KOPPELINGEN[name]]);
}

/** The key as text: what the search index and the loaders compare (uuids come back as text anyway). */
export function keyAsText(koppeling: Koppeling): string {
  return koppeling.keyType === 'uuid' ? `${koppeling.key}::text` : koppeling.key;
}
