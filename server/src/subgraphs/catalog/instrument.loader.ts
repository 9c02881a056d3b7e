import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { entitiesLoader, entityLoader, manyByKey } from '../../core/loader-utils.js';
import { contactpersonenLoader } from './contactpersoon.loader.js';
import { Download, Link, Registratiecode, Video } from './instrument-inhoud.entity.js';
import { Instrument } from './instrument.entity.js';
import { Locatie } from './locatie.entity.js';

interface GebiedRow {
  instrument_id: string;
  soort: 'regio' | 'gemeente' | 'wijk';
  ref: string;
}

export interface GebiedRefs {
  regioCodes: string[];
  gemeenteCodes: string[];
  wijkIds: string[];
}

export function createInstrumentLoaders(ds: DataSource) {
  return {
    instrumentById: entityLoader(ds, Instrument, 'id'),
    kenmerkCodesByInstrument: new DataLoader<string, string[]>(async (ids) => {
      const rows: { instrument_id: string; kenmerk_code: string }[] = await ds.query(
        'SELECT instrument_id, kenmerk_code FROM instrument_kenmerk WHERE instrument_id = ANY($1)',
        [ids],
      );
      return manyByKey(ids, rows, (r) => r.instrument_id).map((group) => group.map((r) => r.kenmerk_code));
    }),
    gebiedenByInstrument: new DataLoader<string, GebiedRefs>(async (ids) => {
      const rows: GebiedRow[] = await ds.query(
        `SELECT instrument_id, 'regio' AS soort, regio_code AS ref FROM instrument_regio WHERE instrument_id = ANY($1)
         UNION ALL SELECT instrument_id, 'gemeente', gemeente_code FROM instrument_gemeente WHERE instrument_id = ANY($1)
         UNION ALL SELECT instrument_id, 'wijk', wijk_id::text FROM instrument_wijk WHERE instrument_id = ANY($1)`,
        [ids],
      );
      return manyByKey(ids, rows, (r) => r.instrument_id).map((group) => ({
        regioCodes: group.filter((r) => r.soort === 'regio').map((r) => r.ref),
        gemeenteCodes: group.filter((r) => r.soort === 'gemeente').map((r) => r.ref),
        wijkIds: group.filter((r) => r.soort === 'wijk').map((r) => r.ref),
      }));
    }),
    contactpersonenByInstrument: contactpersonenLoader(ds, 'instrument'),
    locatiesByInstrument: entitiesLoader(ds, Locatie, 'instrumentId', { naam: 'ASC' }),
    registratiecodesByInstrument: entitiesLoader(ds, Registratiecode, 'instrumentId', { code: 'ASC' }),
    linksByInstrument: entitiesLoader(ds, Link, 'instrumentId', { label: 'ASC' }),
    downloadsByInstrument: entitiesLoader(ds, Download, 'instrumentId', { label: 'ASC' }),
    videosByInstrument: entitiesLoader(ds, Video, 'instrumentId', { label: 'ASC' }),
  };
}
