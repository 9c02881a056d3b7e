import { In, type DataSource, type EntityManager } from 'typeorm';
import { stringify } from 'csv-stringify/sync';
import type { Caller } from '../../../core/caller.js';
import { assertMayManage } from '../../../core/access.js';
import { EXCEL_CSV_OPTIONS } from '../../../core/csv.js';
import { mijnInstrumentenScope } from '../beheer/instrument-beheer.service.js';
import type { MijnInstrumentenFilter } from '../beheer/instrument-beheer.input.js';
import { SCALAR_FIELDS } from '../beheer/instrument-fields.js';
import { Instrument } from '../instrument.entity.js';
import { assertUuid } from '../../../core/ids.js';
import type { ExportFormaat } from './uitwisseling.types.js';
import { FORMAAT, type InstrumentenBestand, type InstrumentRecord, type InstrumentVelden } from './instrumentenformat.js';

/** Instruments read per round trip: ten statements per page, whatever the number of instruments. */
const PAGE = 1000;

type Grouped<T> = Map<string, T[]>;

/** Rows of `sql` (instrument ids as $1) per instrument, in the statement's order. */
async function byInstrument<T>(em: EntityManager, sql: string, ids: string[]): Promise<Grouped<T>> {
  const grouped: Grouped<T> = new Map();
  for (const { instrument_id, ...row } of (await em.query(sql, [ids])) as ({ instrument_id: string } & T)[]) {
    const list = grouped.get(instrument_id) ?? [];
    list.push(row as T);
    grouped.set(instrument_id, list);
  }
  return grouped;
}

/** Every koppeling statement names its table `t`. */
const OF_PAGE = 'WHERE t.instrument_id = ANY($1::uuid[])';

/**
 * Every koppeling of a page of instruments by its natural key, one statement each, in a fixed order so the same
 * instrument always gives the same record (an import compares nothing by order, but people diff files).
 */
async function koppelingenOf(em: EntityManager, ids: string[]) {
  // One after the other: the statements share the transaction's connection.
  const rows = <T>(sql: string) => byInstrument<T>(em, sql, ids);
  return {
    kenmerken: await rows<{ code: string }>(`SELECT t.instrument_id, t.kenmerk_code AS code FROM instrument_kenmerk t ${OF_PAGE} ORDER BY 2`),
    regios: await rows<{ code: string }>(`SELECT t.instrument_id, t.regio_code AS code FROM instrument_regio t ${OF_PAGE} ORDER BY 2`),
    gemeenten: await rows<{ code: string }>(`SELECT t.instrument_id, t.gemeente_code AS code FROM instrument_gemeente t ${OF_PAGE} ORDER BY 2`),
    wijken: await rows<{ gemeente: string; naam: string }>(
      `SELECT t.instrument_id, w.gemeente_code AS gemeente, w.naam FROM instrument_wijk t JOIN wijk w ON w.id = t.wijk_id ${OF_PAGE} ORDER BY 2, 3`),
    contactpersonen: await rows<InstrumentRecord['contactpersonen'][number]>(
      `SELECT t.instrument_id, c.naam, c.email, c.telefoon, t.soort, t.label FROM instrument_contactpersoon t JOIN contactpersoon c ON c.id = t.contactpersoon_id
        ${OF_PAGE} ORDER BY c.naam, c.email NULLS FIRST, t.soort, t.label NULLS FIRST`),
    locaties: await rows<{ naam: string; type: string; inGebruik: boolean; beschrijving: string | null; straat: string | null; huisnummer: string; postcode: string; plaats: string }>(
      `SELECT t.instrument_id, t.naam, t.type, t.in_gebruik AS "inGebruik", t.beschrijving, a.straat, a.huisnummer, a.postcode, a.plaats
         FROM locatie t LEFT JOIN adres a ON a.id = t.adres_id ${OF_PAGE} ORDER BY t.naam, t.type, a.postcode NULLS FIRST, a.huisnummer NULLS FIRST, t.beschrijving NULLS FIRST`),
    registratiecodes: await rows<{ code: string; label: string | null }>(`SELECT t.instrument_id, t.code, t.label FROM registratiecode t ${OF_PAGE} ORDER BY t.code`),
    links: await rows<{ label: string; url: string }>(`SELECT t.instrument_id, t.label, t.url FROM link t ${OF_PAGE} ORDER BY t.label, t.url`),
    videos: await rows<{ label: string | null; youtube: string }>(`SELECT t.instrument_id, t.label, t.youtube_id AS youtube FROM video t ${OF_PAGE} ORDER BY t.youtube_id, t.label NULLS FIRST`),
    downloads: await rows<{ label: string; bestandsnaam: string }>(`SELECT t.instrument_id, t.label, t.bestandsnaam FROM download t ${OF_PAGE} ORDER BY t.label, t.bestandsnaam`),
  };
}

/** The instruments with these ids as records of the instrumentenformat, in the order of `ids`. */
export async function instrumentRecords(em: EntityManager, ids: string[]): Promise<InstrumentRecord[]> {
  if (!ids.length) return [];
  const instruments = new Map((await em.getRepository(Instrument).findBy({ id: In(ids) })).map((i) => [i.id, i]));
  const found = ids.map((id) => instruments.get(id)).filter((i): i is Instrument => !!i);
  const unique = <T>(values: T[]) => [...new Set(values)];
  const aanbieders = new Map<string, { id: string; naam: string; website: string | null; email: string | null; telefoon: string | null }>(
    (await em.query('SELECT id, naam, website, email, telefoon FROM aanbieder WHERE id = ANY($1::uuid[])', [unique(found.map((i) => i.aanbiederId))])).map((a: { id: string }) => [a.id, a]),
  );
  const organisaties = new Map<string, { id: string; naam: string }>(
    (await em.query('SELECT id, naam FROM organisatie WHERE id = ANY($1::uuid[])', [unique(found.map((i) => i.organisatieId))])).map((o: { id: string }) => [o.id, o]),
  );
  const k = await koppelingenOf(em, found.map((i) => i.id));
  const list = <T>(grouped: Grouped<T>, id: string) => grouped.get(id) ?? [];
  return found.map((i) => {
    const velden = Object.fromEntries(SCALAR_FIELDS.filter((f) => f !== 'organisatieId' && f !== 'aanbiederId').map((f) => [f, i[f]])) as unknown as InstrumentVelden;
    const { id: _aanbiederId, ...aanbieder } = aanbieders.get(i.aanbiederId)!;
    return {
      id: i.id,
      gids: i.gids,
      ...velden,
      organisatie: organisaties.get(i.organisatieId)!,
      aanbieder,
      kenmerken: list(k.kenmerken, i.id).map((r) => r.code),
      beschikbareGebieden: {
        landelijk: i.landelijk,
        regios: list(k.regios, i.id).map((r) => r.code),
        gemeenten: list(k.gemeenten, i.id).map((r) => r.code),
        wijken: list(k.wijken, i.id),
      },
      contactpersonen: list(k.contactpersonen, i.id),
      locaties: list(k.locaties, i.id).map(({ straat, huisnummer, postcode, plaats, ...locatie }) => ({
        ...(locatie as Omit<InstrumentRecord['locaties'][number], 'adres'>),
        adres: straat === null ? null : { straat, huisnummer, postcode, plaats },
      })),
      registratiecodes: list(k.registratiecodes, i.id),
      links: list(k.links, i.id),
      videos: list(k.videos, i.id),
      downloads: list(k.downloads, i.id),
    };
  });
}

/** What to export: a beheerder's own instruments, narrowed like `mijnInstrumenten`. */
export interface ExportSelectie {
  organisatieId?: string | null;
  filter?: MijnInstrumentenFilter | null;
}

const CSV_COLUMNS: [string, (r: InstrumentRecord) => unknown][] = [
  ['Id', (r) => r.id], ['Gids', (r) => r.gids], ['Type', (r) => r.type], ['Naam', (r) => r.naam], ['Organisatie', (r) => r.organisatie.naam],
  ['Aanbieder', (r) => r.aanbieder.naam], ['Publiceren', (r) => (r.publiceren ? 'ja' : 'nee')], ['Publiceer vanaf', (r) => r.publiceerVanaf],
  ['Publiceer tot en met', (r) => r.publiceerTotEnMet], ['Samenvatting', (r) => r.samenvatting ?? r.korteBeschrijving],
  ['Totale duur', (r) => r.totaleDuur], ['Duur eenheid', (r) => r.duurEenheid], ['Intensiteit (uur per week)', (r) => r.intensiteit],
  ['Totale kosten', (r) => (r.totaleKosten === null ? null : r.totaleKosten.replace('.', ','))], ['Kenmerken', (r) => r.kenmerken.join(', ')],
  ['Landelijk', (r) => (r.beschikbareGebieden.landelijk ? 'ja' : 'nee')], ["Regio's", (r) => r.beschikbareGebieden.regios.join(', ')],
  ['Gemeenten', (r) => r.beschikbareGebieden.gemeenten.join(', ')], ['Wijken', (r) => r.beschikbareGebieden.wijken.map((w) => `${w.naam} (${w.gemeente})`).join(', ')],
  ['Contactpersonen', (r) => r.contactpersonen.map((c) => (c.email ? `${c.naam} <${c.email}>` : c.naam)).join(', ')],
  ['Locaties', (r) => r.locaties.map((l) => l.naam).join(', ')], ['Registratiecodes', (r) => r.registratiecodes.map((c) => c.code).join(', ')],
];

/** A piece of the file: the whole file is `begin`, the `regels` of every page joined by `scheiding`, `einde`. */
export interface ExportStuk {
  begin: string;
  regels: string[];
  scheiding: string;
  einde: string;
  /** Where the next page starts (`after`), or null when this was the last. */
  volgende: string | null;
}

/** How records become text in each formaat. */
const FORMATS: Record<ExportFormaat, { begin(): string; regel(record: InstrumentRecord): string; scheiding: string; einde: string }> = {
  JSON: {
    begin: () => {
      const kop: Omit<InstrumentenBestand, 'instrumenten'> = { formaat: FORMAAT, geexporteerdOp: new Date().toISOString() };
      return `${JSON.stringify(kop).slice(0, -1)},"instrumenten":[\n`;
    },
    regel: (record) => JSON.stringify(record),
    scheiding: ',\n',
    einde: '\n]}\n',
  },
  CSV: {
    begin: () => stringify([CSV_COLUMNS.map(([kop]) => kop)], EXCEL_CSV_OPTIONS),
    regel: (record) => stringify([CSV_COLUMNS.map(([, value]) => value(record))], { ...EXCEL_CSV_OPTIONS, bom: false }),
    scheiding: '',
    einde: '',
  },
};

/** The export of the instrumentenformat (JSON) and its CSV for reading; the same selection and access for both. */
export class ExportService {
  constructor(private readonly ds: DataSource) {}

  /** The whole file in one string (the GraphQL field), read in one snapshot. */
  async file(caller: Caller, selectie: ExportSelectie, formaat: ExportFormaat): Promise<string> {
    const { begin, regel, scheiding, einde } = FORMATS[formaat];
    const regels: string[] = [];
    const runner = this.ds.createQueryRunner();
    try {
      await runner.startTransaction('REPEATABLE READ');
      for (let after: string | null = null; ; ) {
        const page = await this.records(runner.manager, caller, selectie, after, PAGE);
        for (const record of page.records) regels.push(regel(record));
        after = page.volgende;
        if (!after) break;
      }
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
    return begin() + regels.join(scheiding) + einde;
  }

  /** One page of the file, for the gateway's streamed download: `after` is the previous page's `volgende`. */
  async page(caller: Caller, selectie: ExportSelectie, formaat: ExportFormaat, after: string | null, first: number): Promise<ExportStuk> {
    const { begin, regel, scheiding, einde } = FORMATS[formaat];
    const page = await this.records(this.ds.manager, caller, selectie, after, first);
    return { begin: begin(), regels: page.records.map(regel), scheiding, einde, volgende: page.volgende };
  }

  /** The records after `after` in id order, and the cursor of the next page when there may be one. */
  private async records(em: EntityManager, caller: Caller, selectie: ExportSelectie, after: string | null, size: number) {
    if (selectie.organisatieId) assertMayManage(caller, selectie.organisatieId);
    if (after) assertUuid(after, 'after');
    const { where, params, param } = mijnInstrumentenScope(caller, { ...selectie.filter, organisatieId: selectie.organisatieId ?? selectie.filter?.organisatieId });
    if (after) where.push(`i.id > ${param(after)}::uuid`);
    const rows: { id: string }[] = await em.query(
      `SELECT i.id FROM instrument i ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY i.id LIMIT ${size}`,
      params,
    );
    const records = await instrumentRecords(em, rows.map((r) => r.id));
    return { records, volgende: rows.length === size ? rows.at(-1)!.id : null };
  }
}
