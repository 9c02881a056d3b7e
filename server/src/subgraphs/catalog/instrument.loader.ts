import DataLoader from 'dataloader';
import { EntityReader, entitiesLoader, entityLoader, manyByKey, type SqlBatch } from '../../core/loader-utils.js';
import { contactpersonenLoader } from './contactpersoon.loader.js';
import type { GebiedLoaders } from './gebied.loader.js';
import { Gemeente } from './gemeente.entity.js';
import { Download, Link, Registratiecode, Video } from './instrument-inhoud.entity.js';
import { Instrument } from './instrument.entity.js';
import { Locatie } from './locatie.entity.js';
import { Regio } from './regio.entity.js';
import { Wijk } from './wijk.entity.js';

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
  const kinds = [
    { reader: EntityReader.of(ds, Regio), table: 'instrument_regio', column: 'regio_code', key: 'code', loader: gebieden.regioByCode },
    { reader: EntityReader.of(ds, Gemeente), table: 'instrument_gemeente', column: 'gemeente_code', key: 'code', loader: gebieden.gemeenteByCode },
    { reader: EntityReader.of(ds, Wijk), table: 'instrument_wijk', column: 'wijk_id', key: 'id', loader: gebieden.wijkById },
  ] as const;
  return new DataLoader<string, GebiedRefs>(async (ids) => {
    const [regios, gemeenten, wijken] = await Promise.all(
      kinds.map(async ({ reader, table, column, key, loader }) => {
        const rows = await sql.select<{ instrument_id: string } & Record<string, unknown>>(
          `SELECT k.instrument_id, ${reader.columnList} FROM ${table} k JOIN ${reader.table} ON t.${key} = k.${column} WHERE k.instrument_id = ANY($1)`,
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

export function createInstrumentLoaders(sql: SqlBatch, gebieden: GebiedLoaders) {
  return {
    instrumentById: entityLoader(sql, Instrument, 'id'),
    kenmerkCodesByInstrument: new DataLoader<string, string[]>(async (ids) => {
      const rows = await sql.select<{ instrument_id: string; kenmerk_code: string }>(
        'SELECT instrument_id, kenmerk_code FROM instrument_kenmerk WHERE instrument_id = ANY($1)',
        [ids],
      );
      return manyByKey(ids, rows, (r) => r.instrument_id).map((group) => group.map((r) => r.kenmerk_code));
    }),
    gebiedenByInstrument: gebiedenLoader(sql, gebieden),
    contactpersonenByInstrument: contactpersonenLoader(sql, 'instrument'),
    locatiesByInstrument: entitiesLoader(sql, Locatie, 'instrumentId', { naam: 'ASC' }),
    registratiecodesByInstrument: entitiesLoader(sql, Registratiecode, 'instrumentId', { code: 'ASC' }),
    linksByInstrument: entitiesLoader(sql, Link, 'instrumentId', { label: 'ASC' }),
    downloadsByInstrument: entitiesLoader(sql, Download, 'instrumentId', { label: 'ASC' }),
    videosByInstrument: entitiesLoader(sql, Video, 'instrumentId', { label: 'ASC' }),
  };
}
