/**
 * The data dashboard's tables as CSV downloads (export.ts serves them at `/export/<tabel>.csv`): per table one
 * fixed GraphQL document, the query-string parameters it accepts (the query's own arguments, same names) and
 * its columns with Dutch headers. The gateway runs these documents like any client's, so the subgraphs decide
 * who may see what; nothing here checks access.
 */

import { amsterdamToday } from '../core/publicatie.js';

export type Cell = string | number | null | undefined;

export type ParamType =
  | { kind: 'date' }
  | { kind: 'string' }
  | { kind: 'int' }
  | { kind: 'enum'; values: readonly string[] };

export interface Param {
  type: ParamType;
  required?: boolean;
  /** Repeated in the query string (`per=TEGEL&per=REGIO`), a list variable. */
  list?: boolean;
}

export interface Column {
  header: string;
  value: (row: any) => Cell;
}

export interface ExportTable {
  /** Declares a variable for every parameter, plus `$first`/`$after` for a connection. */
  document: string;
  params: Record<string, Param>;
  /** The rows of one answer (`data`). */
  rows: (data: any) => unknown[];
  /** A connection's cursor for the next page, or null on the last; absent for tables that come in one answer. */
  nextCursor?: (data: any) => string | null;
  columns: (variables: Record<string, unknown>) => Column[];
}

/** Largest page the catalog's connections give (their `first`: 1 to 100). */
export const PAGE_SIZE = 100;

const enumOf = (...values: string[]): ParamType => ({ kind: 'enum', values });
const GIDS = enumOf('EVA', 'DENNIS');
const DIMENSIES = {
  TEGEL: 'Tegel', KLANTKENMERK: 'Klantkenmerk', UITVOERINGSVORM: 'Uitvoeringsvorm', REGIO: 'Regio', GEMEENTE: 'Gemeente',
  ORGANISATIE: 'Organisatie', AANBIEDER: 'Aanbieder', STATUS: 'Status',
} as const;

/** The insights queries' common filter: a period (required), a gids and a regio. */
const PERIOD_PARAMS: Record<string, Param> = {
  van: { type: { kind: 'date' }, required: true },
  tot: { type: { kind: 'date' }, required: true },
  gids: { type: GIDS },
  regio: { type: { kind: 'string' } },
};
const PERIOD_VARS = '$van: LocalDate!, $tot: LocalDate!, $gids: Gids, $regio: String';
const PERIOD_ARGS = 'van: $van, tot: $tot, gids: $gids, regio: $regio';

const list = (value: unknown) => (Array.isArray(value) ? value.join(', ') : value as Cell);
const AANTAL: Column = { header: 'Aantal', value: (r) => r.aantal };

/** The dashboard's instrument lists: connections of instruments, paged through to the end. */
function instrumentList(query: string, extra: Record<string, Param>, extraVars: string, extraArgs: string): ExportTable {
  return {
    document: `query Export_${query}($gids: Gids, ${extraVars}, $first: Int, $after: String) {
      ${query}(gids: $gids, ${extraArgs}, first: $first, after: $after) {
        nodes { naam gids status organisatie { naam } updatedAt publiceerTotEnMet }
        pageInfo { hasNextPage endCursor } } }`,
    params: { gids: { type: GIDS }, ...extra },
    rows: (data) => data[query].nodes,
    nextCursor: (data) => (data[query].pageInfo.hasNextPage ? data[query].pageInfo.endCursor : null),
    columns: () => [
      { header: 'Instrument', value: (r) => r.naam },
      { header: 'Gids', value: (r) => r.gids },
      { header: 'Status', value: (r) => r.status },
      { header: 'Organisatie', value: (r) => r.organisatie.naam },
      // The Dutch day; Excel reads YYYY-MM-DD as a date in every locale.
      { header: 'Laatst gewijzigd', value: (r) => amsterdamToday(new Date(r.updatedAt)) },
      { header: 'Publicatie tot en met', value: (r) => r.publiceerTotEnMet },
    ],
  };
}

/** Rows with one top-ranked list of the insights subgraph: the period filter plus `first`. */
function ranked(query: string, selection: string, columns: Column[]): ExportTable {
  return {
    document: `query Export_${query}(${PERIOD_VARS}, $first: Int) { ${query}(${PERIOD_ARGS}, first: $first) { ${selection} } }`,
    params: { ...PERIOD_PARAMS, first: { type: { kind: 'int' } } },
    rows: (data) => data[query],
    columns: () => columns,
  };
}

export const EXPORT_TABLES: Record<string, ExportTable> = {
  interactiesPerPeriode: {
    document: `query Export_interactiesPerPeriode(${PERIOD_VARS}, $per: Periode!, $soort: InteractieSoort) {
      interactiesPerPeriode(${PERIOD_ARGS}, per: $per, soort: $soort) { periode soort gids aantal } }`,
    params: { ...PERIOD_PARAMS, per: { type: enumOf('DAG', 'WEEK', 'MAAND'), required: true }, soort: { type: enumOf('ZOEKEN', 'BEKEKEN', 'CONTACT', 'LINK', 'DOWNLOAD', 'VIDEO') } },
    rows: (data) => data.interactiesPerPeriode,
    columns: () => [
      { header: 'Periode', value: (r) => r.periode },
      { header: 'Soort', value: (r) => r.soort },
      { header: 'Gids', value: (r) => r.gids },
      AANTAL,
    ],
  },
  meestBekekenInstrumenten: ranked('meestBekekenInstrumenten', 'instrument { naam } aantal', [{ header: 'Instrument', value: (r) => r.instrument.naam }, AANTAL]),
  meestGebruikteKenmerken: ranked('meestGebruikteKenmerken', 'code aantal', [{ header: 'Kenmerk', value: (r) => r.code }, AANTAL]),
  zoekopdrachtenZonderResultaat: ranked('zoekopdrachtenZonderResultaat', 'kenmerken regio gemeente aantal', [
    { header: 'Kenmerken', value: (r) => list(r.kenmerken) },
    { header: 'Regio', value: (r) => r.regio },
    { header: 'Gemeente', value: (r) => r.gemeente },
    AANTAL,
  ]),
  doorklikratio: {
    document: `query Export_doorklikratio(${PERIOD_VARS}) { doorklikratio(${PERIOD_ARGS}) { bekeken contact ratio } }`,
    params: PERIOD_PARAMS,
    rows: (data) => [data.doorklikratio],
    columns: () => [
      { header: 'Bekeken', value: (r) => r.bekeken },
      { header: 'Contact', value: (r) => r.contact },
      { header: 'Ratio', value: (r) => r.ratio },
    ],
  },
  dekkingsgaten: {
    document: 'query Export_dekkingsgaten($gids: Gids!, $regio: String) { dekkingsgaten(gids: $gids, regio: $regio) { regio { code naam } kenmerk { code naam } } }',
    params: { gids: { type: GIDS, required: true }, regio: { type: { kind: 'string' } } },
    rows: (data) => data.dekkingsgaten,
    columns: () => [
      { header: 'Regiocode', value: (r) => r.regio.code },
      { header: 'Regio', value: (r) => r.regio.naam },
      { header: 'Kenmerkcode', value: (r) => r.kenmerk.code },
      { header: 'Kenmerk', value: (r) => r.kenmerk.naam },
    ],
  },
  instrumentAantallen: {
    document: 'query Export_instrumentAantallen($gids: Gids!, $per: [InstrumentDimensie!]!) { instrumentAantallen(gids: $gids, per: $per) { sleutels labels aantal } }',
    params: { gids: { type: GIDS, required: true }, per: { type: enumOf(...Object.keys(DIMENSIES)), required: true, list: true } },
    rows: (data) => data.instrumentAantallen,
    // A code and a naam column per chosen dimension, in the order of `per`.
    columns: ({ per }) => [
      ...(per as (keyof typeof DIMENSIES)[]).flatMap((dimensie, i) => [
        { header: `${DIMENSIES[dimensie]} (code)`, value: (r: any) => r.sleutels[i] },
        { header: DIMENSIES[dimensie], value: (r: any) => r.labels[i] },
      ]),
      AANTAL,
    ],
  },
  verouderdeInstrumenten: instrumentList('verouderdeInstrumenten', { maanden: { type: { kind: 'int' } } }, '$maanden: Int! = 6', 'maanden: $maanden'),
  verlopendePublicaties: instrumentList('verlopendePublicaties', { dagen: { type: { kind: 'int' } } }, '$dagen: Int! = 30', 'dagen: $dagen'),
  onvolledigeInstrumenten: instrumentList('onvolledigeInstrumenten', { velden: { type: enumOf('KOSTEN', 'DUUR', 'CONTACTPERSOON', 'LOCATIE'), list: true } }, '$velden: [AanbevolenVeld!]', 'velden: $velden'),
  beoordelingenPerOrganisatie: {
    document: 'query Export_beoordelingenPerOrganisatie($gids: Gids) { beoordelingenPerOrganisatie(gids: $gids) { organisatie { naam } gemiddelde aantal instrumenten } }',
    params: { gids: { type: GIDS } },
    rows: (data) => data.beoordelingenPerOrganisatie,
    columns: () => [
      { header: 'Organisatie', value: (r) => r.organisatie.naam },
      { header: 'Gemiddelde', value: (r) => r.gemiddelde },
      { header: 'Aantal reviews', value: (r) => r.aantal },
      { header: 'Instrumenten met review', value: (r) => r.instrumenten },
    ],
  },
};

/**
 * The instruments as a file (`/export/instrumenten.json` or `.csv`, export-instrumenten.ts): the catalog renders
 * each page, so the gateway only writes begin, the pages' regels and einde as they come.
 */
export const INSTRUMENTEN_EXPORT = {
  document: `query Export_instrumenten($organisatieId: ID, $gids: Gids, $filter: MijnInstrumentenFilter, $formaat: ExportFormaat!, $after: ID) {
    exportInstrumentenPagina(organisatieId: $organisatieId, gids: $gids, filter: $filter, formaat: $formaat, after: $after) {
      begin regels scheiding einde volgende } }`,
  params: {
    organisatieId: { type: { kind: 'string' } },
    gids: { type: GIDS },
    tekst: { type: { kind: 'string' } },
    status: { type: enumOf('CONCEPT', 'GEPLAND', 'GEPUBLICEERD', 'VERLOPEN') },
  } satisfies Record<string, Param>,
};

/** Every export document, for the trusted documents (trusted-documents.ts): they are the server's own. */
export const EXPORT_DOCUMENTS = [...Object.values(EXPORT_TABLES).map((table) => table.document), INSTRUMENTEN_EXPORT.document];
