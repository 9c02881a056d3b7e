import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { manyByKey, oneByKey } from '../../core/loader-utils.js';
import { toKoppeling, type KoppelingRow } from './aanbieder.loader.js';
import type { ContactpersoonKoppeling } from './contactpersoon.entity.js';
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

/** A loader for child records that carry an `instrumentId` column. */
function childrenOf<T extends ObjectLiteral & { instrumentId: string }>(
  ds: DataSource,
  entity: EntityTarget<T>,
  order: Record<string, 'ASC' | 'DESC'>,
) {
  return new DataLoader<string, T[]>(async (ids) =>
    manyByKey(ids, await ds.getRepository(entity).find({ where: { instrumentId: In([...ids]) } as never, order: order as never }), (row) => row.instrumentId),
  );
}

export function createInstrumentLoaders(ds: DataSource) {
  return {
    instrumentById: new DataLoader<string, Instrument | null>(async (ids) =>
      oneByKey(ids, await ds.getRepository(Instrument).findBy({ id: In([...ids]) }), (i) => i.id),
    ),
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
    contactpersonenByInstrument: new DataLoader<string, ContactpersoonKoppeling[]>(async (ids) => {
      const rows: KoppelingRow[] = await ds.query(
        `SELECT ic.instrument_id AS owner_id, ic.soort, ic.label, c.id, c.naam, c.telefoon, c.email, c.organisatie_id
           FROM instrument_contactpersoon ic JOIN contactpersoon c ON c.id = ic.contactpersoon_id
          WHERE ic.instrument_id = ANY($1) ORDER BY ic.soort, c.naam`,
        [ids],
      );
      return manyByKey(ids, rows, (r) => r.owner_id).map((group) => group.map(toKoppeling));
    }),
    locatiesByInstrument: childrenOf(ds, Locatie, { naam: 'ASC' }),
    registratiecodesByInstrument: childrenOf(ds, Registratiecode, { code: 'ASC' }),
    linksByInstrument: childrenOf(ds, Link, { label: 'ASC' }),
    downloadsByInstrument: childrenOf(ds, Download, { label: 'ASC' }),
    videosByInstrument: childrenOf(ds, Video, { label: 'ASC' }),
  };
}
