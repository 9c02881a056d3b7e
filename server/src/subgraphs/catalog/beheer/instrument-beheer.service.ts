import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Caller } from '../../../core/caller.js';
import { assertMayManage, assertMayPublishLandelijk, manageableOrganisaties } from '../../../core/access.js';
import type { Snapshot } from '../../../core/audit.js';
import { notFound } from '../../../core/errors.js';
import { bumpVersion, runMutation, type VersionedTable } from '../../../core/mutation.js';
import { Problems } from '../../../core/problems.js';
import { decodeCursor, encodeCursor, pageSize, type Connection } from '../../../core/pagination.js';
import type { Gids } from '../catalog.enums.js';
import { Instrument } from '../instrument.entity.js';
import { amsterdamToday, publicationStatus, publicationStatusSql } from '../../../core/publicatie.js';
import { writeAudit } from './audit.service.js';
import { bestandType, MAX_BESTAND_BYTES, storeBestand } from '../../../core/bestanden.js';
import { type CreateInstrumentInput, type DownloadInput, type InstrumentChanges, InstrumentStatus, type MijnInstrumentenFilter } from './instrument-beheer.input.js';
import { checkInstrumentState, cleanScalarChanges, type InstrumentScalars, SCALAR_FIELDS } from './instrument-fields.js';
import { checkKoppelingen, publicationProblems } from './instrument-koppelingen.store.js';
import { snapshotInstrument } from './instrument-snapshot.js';
import { checkOrganisatie } from './record-change.js';
import { checkCount, checkLength, MAX_ITEMS, MAX_LENGTH } from './limits.js';
import { assertUuid } from '../../../core/ids.js';
import { live } from '../prullenbak/live.js';
import { moveToPrullenbak } from '../prullenbak/soft-delete.js';

const AUDIT_ENTITEIT = 'Instrument';

/** The instrument table for the mutation template; the columns are what other records' changes look at. */
export const INSTRUMENT_TABLE: VersionedTable = { table: 'instrument', what: 'Instrument', columns: 'id, organisatie_id, aanbieder_id, version, landelijk', updatedAt: true };

/** The status a beheerder sees, on a Dutch calendar day. */
export function instrumentStatus(i: Pick<Instrument, 'publiceren' | 'publiceerVanaf' | 'publiceerTotEnMet'>, today = amsterdamToday()): InstrumentStatus {
  return InstrumentStatus[publicationStatus(i, today)];
}

/**
 * The WHERE conditions of the instruments a beheerder may see, narrowed by the filter (the list and the export
 * share them): `param` adds a parameter and returns its placeholder, for further conditions.
 */
export function mijnInstrumentenScope(caller: Caller, filter: MijnInstrumentenFilter | null | undefined) {
  const where: string[] = [live('i')];
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const scope = manageableOrganisaties(caller);
  if (scope) where.push(`i.organisatie_id = ANY(${param(scope)}::uuid[])`);
  const problems = new Problems();
  checkLength(problems, 'filter.tekst', filter?.tekst?.trim(), MAX_LENGTH.zoektekst);
  problems.throwIfAny();
  if (filter?.organisatieId) assertUuid(filter.organisatieId, 'filter.organisatieId');
  if (filter?.organisatieId) where.push(`i.organisatie_id::text = ${param(filter.organisatieId)}`);
  if (filter?.aanbiederId) assertUuid(filter.aanbiederId, 'filter.aanbiederId');
  if (filter?.aanbiederId) where.push(`i.aanbieder_id::text = ${param(filter.aanbiederId)}`);
  if (filter?.gids) where.push(`i.gids = ${param(filter.gids)}`);
  if (filter?.tekst?.trim()) where.push(`i.naam ILIKE ${param('%' + filter.tekst.trim().replace(/[\\%_]/g, '\\$&') + '%')}`);
  if (filter?.status) where.push(`${publicationStatusSql('i', `${param(amsterdamToday())}::date`)} = ${param(filter.status)}`);
  return { where, params, param };
}

/** Every change to an instrument: one transaction, access and version checked first, audited last. */
export class InstrumentBeheerService {
  constructor(private readonly ds: DataSource) {}

  async create(caller: Caller, input: CreateInstrumentInput): Promise<Instrument> {
    return this.ds.transaction(async (em) => {
      assertMayManage(caller, input.organisatieId);
      const problems = new Problems();
      const scalars = cleanScalarChanges(input, problems);
      await this.checkReferences(em, caller, scalars, problems);
      const state = { ...emptyScalars(), ...scalars } as InstrumentScalars;
      checkInstrumentState(input.gids, state, new Set(Object.keys(input)), problems, true);
      const write = await checkKoppelingen(em, caller, input.gids, input, problems);
      problems.throwIfAny();
      const [{ id }] = await em.query(
        `INSERT INTO instrument (gids, ${SCALAR_FIELDS.map(column).join(', ')}) VALUES ($1, ${SCALAR_FIELDS.map((_, i) => `$${i + 2}`).join(', ')}) RETURNING id`,
        [input.gids, ...SCALAR_FIELDS.map((f) => (f === 'type' ? state.type ?? 'INSTRUMENT' : f === 'publiceren' ? state.publiceren ?? false : state[f]))],
      );
      await write(id);
      await this.assertPublishable(em, id);
      await writeAudit(em, { caller, organisatieId: input.organisatieId, entiteit: AUDIT_ENTITEIT, entiteitId: id, actie: 'aangemaakt', voor: null, na: await snapshotInstrument(em, id) });
      return em.findOneByOrFail(Instrument, { id });
    });
  }

  /** A partial update: only the given fields and lists change. */
  update(caller: Caller, id: string, version: number, changes: InstrumentChanges, actie = 'gewijzigd'): Promise<Instrument> {
    return this.change(caller, id, version, actie, async (em, before) => {
      const problems = new Problems();
      const scalars = cleanScalarChanges(changes, problems);
      if (scalars.organisatieId && scalars.organisatieId !== before.organisatieId) assertMayManage(caller, scalars.organisatieId);
      await this.checkReferences(em, caller, scalars, problems);
      const state = { ...pickScalars(before), ...scalars } as InstrumentScalars;
      checkInstrumentState(before.gids, state, new Set(Object.keys(changes)), problems);
      const write = await checkKoppelingen(em, caller, before.gids, changes, problems);
      problems.throwIfAny();
      const fields = Object.keys(scalars) as (keyof InstrumentScalars)[];
      if (fields.length) {
        await em.query(`UPDATE instrument SET ${fields.map((f, i) => `${column(f)} = $${i + 2}`).join(', ')} WHERE id = $1`, [id, ...fields.map((f) => scalars[f])]);
      }
      await write(id);
    });
  }

  /** Koppel or ontkoppel kenmerken, or koppel every kenmerk of one category ("koppel alle"). */
  async changeKenmerken(caller: Caller, id: string, version: number, change: { add?: string[]; remove?: string[]; categorie?: string }): Promise<Instrument> {
    const given = new Problems();
    checkCount(given, 'codes', change.add ?? change.remove, MAX_ITEMS.kenmerken, 'kenmerken');
    checkLength(given, 'categorie', change.categorie, MAX_LENGTH.categorie);
    given.throwIfAny();
    return this.change(caller, id, version, 'gewijzigd', async (em, before) => {
      const current: string[] = (await em.query('SELECT kenmerk_code AS code FROM instrument_kenmerk WHERE instrument_id = $1', [id])).map((r: { code: string }) => r.code);
      let add = change.add ?? [];
      if (change.categorie) {
        const rows: { code: string }[] = await em.query(
          `SELECT k.code FROM kenmerk k JOIN kenmerk_categorie c ON c.code = k.categorie_code
            WHERE c.code = $1 AND c.gids = $2 AND (k.organisatie_id IS NULL OR k.organisatie_id = $3)
              AND NOT EXISTS (SELECT 1 FROM kenmerk child WHERE child.parent_code = k.code)`,
          [change.categorie, before.gids, before.organisatieId],
        );
        if (!rows.length) throw notFound('Kenmerkcategorie', change.categorie);
        add = rows.map((r) => r.code);
      }
      const remove = new Set(change.remove ?? []);
      const kenmerken = [...new Set([...current, ...add])].filter((code) => !remove.has(code));
      const problems = new Problems();
      const write = await checkKoppelingen(em, caller, before.gids, { kenmerken }, problems);
      problems.throwIfAny();
      await write(id);
    });
  }

  /** Stores the file by content hash (only once access and version are known to be fine) and links it. */
  addDownload(caller: Caller, id: string, version: number, input: DownloadInput): Promise<Instrument> {
    return this.change(caller, id, version, 'gewijzigd', async (em) => {
      const problems = new Problems();
      const label = input.label.trim();
      const bestandsnaam = input.bestandsnaam.trim();
      problems.check(!!label, 'label', 'Geef het bestand een naam.');
      checkLength(problems, 'label', label, MAX_LENGTH.label);
      problems.check(!!bestandsnaam && bestandsnaam.length <= 200 && !/[\\/]/.test(bestandsnaam), 'bestandsnaam', 'Geef een bestandsnaam zonder mappen, hoogstens 200 tekens.');
      const base64 = input.inhoud.replace(/\s/g, '');
      const inhoud = /^[A-Za-z0-9+/]*={0,2}$/.test(base64) ? Buffer.from(base64, 'base64') : null;
      if (!inhoud || inhoud.length === 0) problems.add('inhoud', 'Het bestand is leeg of niet base64-gecodeerd.');
      else if (inhoud.length > MAX_BESTAND_BYTES) problems.add('inhoud', `Het bestand is te groot: hoogstens ${MAX_BESTAND_BYTES / 1024 / 1024} MB.`);
      const type = inhoud ? bestandType(bestandsnaam, inhoud) : null;
      if (inhoud && !type) problems.add('bestandsnaam', 'Dit soort bestand kan niet. Kies een PDF, PNG, JPG, Word-, Excel-, PowerPoint- of ODT-bestand.');
      problems.throwIfAny();
      const hash = await storeBestand(inhoud!, type!.extensie);
      await em.query('INSERT INTO download (instrument_id, label, bestandsnaam, mime_type, grootte, content_hash) VALUES ($1, $2, $3, $4, $5, $6)', [id, label, bestandsnaam, type!.mimeType, inhoud!.length, hash]);
    });
  }

  removeDownload(caller: Caller, id: string, version: number, downloadId: string): Promise<Instrument> {
    return this.change(caller, id, version, 'gewijzigd', async (em) => {
      const [, deleted] = await em.query('DELETE FROM download WHERE id::text = $1 AND instrument_id = $2', [downloadId, id]);
      if (!deleted) throw notFound('Download', downloadId);
    });
  }

  publish(caller: Caller, id: string, version: number, vanaf: string | null, totEnMet: string | null): Promise<Instrument> {
    return this.update(caller, id, version, { publiceren: true, publiceerVanaf: vanaf, publiceerTotEnMet: totEnMet }, 'gepubliceerd');
  }

  unpublish(caller: Caller, id: string, version: number): Promise<Instrument> {
    return this.update(caller, id, version, { publiceren: false }, 'gedepubliceerd');
  }

  /** Into the prullenbak (restoreInstrument brings it back; the purge removes it for good). */
  delete(caller: Caller, id: string, version: number | null): Promise<boolean> {
    let voor: Snapshot | null = null;
    return runMutation(this.ds, {
      ...this.lockSteps(caller, id, version),
      apply: async (em) => {
        voor = await snapshotInstrument(em, id);
        await moveToPrullenbak(em, INSTRUMENT_TABLE, id, caller);
      },
      bump: (em) => bumpVersion(em, INSTRUMENT_TABLE, id),
      audit: (em, before) => writeAudit(em, { caller, organisatieId: before.organisatieId, entiteit: AUDIT_ENTITEIT, entiteitId: id, actie: 'verwijderd', voor, na: null }),
      result: async () => true,
    });
  }

  /** An instrument the caller manages, in whatever state (the public `instrument` shows only published ones). */
  async beheerInstrument(caller: Caller, id: string): Promise<Instrument> {
    const instrument = await this.ds.getRepository(Instrument).findOneBy({ id });
    if (!instrument) throw notFound('Instrument', id);
    assertMayManage(caller, instrument.organisatieId);
    return instrument;
  }

  /** The beheerder's own instruments (all of them for the landelijk beheerder), concepts included, by name. */
  async mijnInstrumenten(caller: Caller, filter: MijnInstrumentenFilter | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<Connection<Instrument>> {
    const size = pageSize(first);
    const { where, params, param } = mijnInstrumentenScope(caller, filter);
    const filtered = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.ds.query(`SELECT count(*) AS total FROM instrument i ${filtered}`, params);
    const pageWhere = [...where];
    if (after) {
      const [naam, id] = decodeCursor(after, ['string', 'string']);
      pageWhere.push(`(i.naam, i.id::text) > (${param(naam)}, ${param(id)})`);
    }
    const rows: { id: string }[] = await this.ds.query(
      `SELECT i.id FROM instrument i ${pageWhere.length ? `WHERE ${pageWhere.join(' AND ')}` : ''} ORDER BY i.naam COLLATE "C", i.id::text LIMIT ${size + 1}`,
      params,
    );
    const ids = rows.slice(0, size).map((r) => r.id);
    const instruments = new Map((await this.ds.getRepository(Instrument).findBy({ id: In(ids) })).map((i) => [i.id, i]));
    const nodes = ids.map((id) => instruments.get(id)!);
    const last = nodes.at(-1);
    return { totalCount: total, nodes, pageInfo: { hasNextPage: rows.length > size, endCursor: last ? encodeCursor([last.naam, last.id]) : null } };
  }

  /** The mutation template (core/mutation.ts) for a change of an instrument and its koppelingen. */
  private change(caller: Caller, id: string, version: number, actie: string, apply: (em: EntityManager, before: Instrument) => Promise<void>): Promise<Instrument> {
    let voor: Snapshot | null = null;
    return runMutation(this.ds, {
      ...this.lockSteps(caller, id, version),
      apply: async (em, before) => {
        voor = await snapshotInstrument(em, id);
        await apply(em, before);
      },
      bump: (em) => bumpVersion(em, INSTRUMENT_TABLE, id),
      validate: (em) => this.assertPublishable(em, id),
      audit: async (em) => {
        const after = await em.findOneByOrFail(Instrument, { id });
        await writeAudit(em, { caller, organisatieId: after.organisatieId, entiteit: AUDIT_ENTITEIT, entiteitId: id, actie, voor, na: await snapshotInstrument(em, id) });
      },
      result: (em) => em.findOneByOrFail(Instrument, { id }),
    });
  }

  /**
   * Locks the row for the rest of the transaction, so two edits of one instrument run one after the other and
   * the second sees the first's version: a stale version is a CONFLICT, never a silent overwrite.
   */
  private lockSteps(caller: Caller, id: string, version: number | null) {
    return {
      lock: async (em: EntityManager) => {
        const before = await em.findOne(Instrument, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!before) throw notFound('Instrument', id);
        return before;
      },
      authorize: (before: Instrument) => {
        assertMayManage(caller, before.organisatieId);
        assertMayPublishLandelijk(caller, before.landelijk);
      },
      version: { current: (before: Instrument) => before.version, given: version, wat: 'dit instrument' },
    };
  }

  /** The organisatie and aanbieder must exist and be ones the caller manages ("Beheerders zijn beperkt tot organisaties waar ze zelf deel van uit maken"). */
  private async checkReferences(em: EntityManager, caller: Caller, scalars: Partial<InstrumentScalars>, problems: Problems): Promise<void> {
    if (scalars.organisatieId) await checkOrganisatie(em, caller, problems, scalars.organisatieId);
    if (scalars.aanbiederId) {
      const [row] = await em.query(`SELECT organisatie_id FROM aanbieder WHERE id::text = $1 AND ${live()} FOR SHARE`, [scalars.aanbiederId]);
      if (!row) problems.add('aanbiederId', 'Deze aanbieder bestaat niet. Maak hem eerst aan bij Aanbieders.');
      else assertMayManage(caller, row.organisatie_id);
    }
  }

  private async assertPublishable(em: EntityManager, id: string): Promise<void> {
    const instrument = await em.findOneByOrFail(Instrument, { id });
    if (!instrument.publiceren) return;
    const problems = new Problems();
    checkInstrumentState(instrument.gids as Gids, instrument, new Set(), problems, true);
    await publicationProblems(em, id, instrument.gids, instrument.landelijk, problems);
    problems.throwIfAny('Het instrument kan nog niet gepubliceerd worden.');
  }
}

const column = (field: string) => field.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase());

function emptyScalars(): Record<string, unknown> {
  return Object.fromEntries(SCALAR_FIELDS.map((f) => [f, null]));
}

function pickScalars(instrument: Instrument): InstrumentScalars {
  return Object.fromEntries(SCALAR_FIELDS.map((f) => [f, instrument[f]])) as InstrumentScalars;
}
