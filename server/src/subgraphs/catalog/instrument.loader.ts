import DataLoader from 'dataloader';
import { EntityReader, entitiesLoader, manyByKey, type SqlBatch } from '../../core/loader-utils.js';
import { contactpersonenLoader } from './contactpersoon.loader.js';
import type { GebiedLoaders } from './gebied.loader.js';
import { Gemeente } from './gemeente.entity.js';
import { Download, Link, Registratiecode, Video } from './instrument-inhoud.entity.js';
import { Instrument } from './instrument.entity.js';
import { GEBIED_KOPPELINGEN, INSTRUMENT_COLUMN, KOPPELINGEN } from './instrument-koppelingen.js';
import { Locatie } from './locatie.entity.js';
import { Regio } from './regio.entity.js';
import { Wijk } from './wijk.entity.js';
import { liveEntityLoader } from './prullenbak/live.js';

export interface GebiedRefs {
  regioCodes: string[];
  gemeenteCodes: string[];
  wijkIds: string[];
}

/**
 * The regio's, gemeenten and wijken of instruments, read whole (not only their codes) and primed into the
 * request's regioByCode/gemeenteByCode/wijkById: BeschikbareGebieden's fields then need no statement of their own.
 */
function gebiedenLoader(sql: SqlBatch, gebieden: GebiedLoaders) {
  const ds = sql.dataSource;
  const targets = {
    regios: { reader: EntityReader.of(ds, Regio), loader: gebieden.regioByCode },
    gemeenten: { reader: EntityReader.of(ds, Gemeente), loader: gebieden.gemeenteByCode },
    wijken: { reader: EntityReader.of(ds, Wijk), loader: gebieden.wijkById },
  };
  const kinds = GEBIED_KOPPELINGEN.map((name) => {
    const { table, key, references } = KOPPELINGEN[name];
    return { ...targets[name], table, column: key, key: references.split('.')[1]! };
  });
  return new DataLoader<string, GebiedRefs>(async (ids) => {
    const [regios, gemeenten, wijken] = await Promise.all(
      kinds.map(async ({ reader, table, column, key, loader }) => {
        const rows = await sql.select<{ instrument_id: string } & Record<string, unknown>>(
          `SELECT k.${INSTRUMENT_COLUMN}, ${reader.columnList} FROM ${table} k JOIN ${reader.table} ON t.${key} = k.${column} WHERE k.${INSTRUMENT_COLUMN} = ANY($1)`,
          [ids],
        );
        const refs = manyByKey(ids, rows, (r) => r.instrument_id);
        for (const row of rows) (loader as DataLoader<string, unknown>).prime(row[key] as string, reader.hydrate(row));
        return refs.map((group) => group.map((r) => r[key] as string));
      }),
    );
    return ids.map((_, i) => ({ regioCodes: regios![i]!, gemeenteCodes: gemeenten![i]!, wijkIds: wijken![i]! }));
  });
}

/** The kenmerk codes of instruments; the kenmerken themselves come from the taxonomy in memory. */
function kenmerkCodesLoader(sql: SqlBatch) {
  const { table, key } = KOPPELINGEN.kenmerken;
  return new DataLoader<string, string[]>(async (ids) => {
    const rows = await sql.select<{ instrument_id: string; code: string }>(
      `SELECT ${INSTRUMENT_COLUMN} AS instrument_id, ${key} AS code FROM ${table} WHERE ${INSTRUMENT_COLUMN} = ANY($1)`,
      [ids],
    );
    return manyByKey(ids, rows, (r) => r.instrument_id).map((group) => group.map((r) => r.code));
  });
}

export function createInstrumentLoaders(sql: SqlBatch, gebieden: GebiedLoaders) {
  return {
    instrumentById: liveEntityLoader(sql, Instrument),
    kenmerkCodesByInstrument: kenmerkCodesLoader(sql),
    gebiedenByInstrument: gebiedenLoader(sql, gebieden),
    contactpersonenByInstrument: contactpersonenLoader(sql, 'instrument'),
    locatiesByInstrument: entitiesLoader(sql, Locatie, 'instrumentId', { naam: 'ASC' }),
    registratiecodesByInstrument: entitiesLoader(sql, Registratiecode, 'instrumentId', { code: 'ASC' }),
    linksByInstrument: entitiesLoader(sql, Link, 'instrumentId', { label: 'ASC' }),
    downloadsByInstrument: entitiesLoader(sql, Download, 'instrumentId', { label: 'ASC' }),
    videosByInstrument: entitiesLoader(sql, Video, 'instrumentId', { label: 'ASC' }),
  };
}
