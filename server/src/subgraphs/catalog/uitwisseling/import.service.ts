import type { DataSource, EntityManager } from 'typeorm';
import { isDeepStrictEqual } from 'node:util';
import type { Snapshot } from '../../../core/audit.js';
import type { Caller } from '../../../core/caller.js';
import { assertMayManage } from '../../../core/access.js';
import { badUserInput, isExpectedError, notFound, type FieldProblem } from '../../../core/errors.js';
import { Problems } from '../../../core/problems.js';
import { live } from '../prullenbak/live.js';
import type { InstrumentChanges } from '../beheer/instrument-beheer.input.js';
import { snapshotInstrument } from '../beheer/instrument-snapshot.js';
import { readRecord, type ImportRecord } from './import-record.js';
import { instrumentRecords } from './export.service.js';
import { FORMAAT } from './instrumentenformat.js';
import { NaturalKeys } from './natural-keys.js';
import { ImportActie, type ImportRapport, type ImportResultaat } from './uitwisseling.types.js';

/** A file a beheerder uploads in one request: well below the gateway's body limit, and a few minutes of work. */
export const MAX_IMPORT_BYTES = 12 * 1024 * 1024;
export const MAX_IMPORT_INSTRUMENTEN = 5_000;

/** Ends an instrument's transaction without committing: a dry run, or an update that changed nothing. */
class Rollback extends Error {
  constructor(readonly resultaat: ImportResultaat) {
    super('rollback');
  }
}

/** The file's instruments, or BAD_USER_INPUT on `bestand` when it is not an instrumentenformat file. */
function parseBestand(bestand: string): unknown[] {
  const refuse = (message: string) => badUserInput(message, [{ field: 'bestand', message }]);
  if (Buffer.byteLength(bestand) > MAX_IMPORT_BYTES) throw refuse(`Het bestand is te groot: hoogstens ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(bestand);
  } catch {
    throw refuse('Het bestand is geen geldige JSON.');
  }
  const file = parsed as { formaat?: unknown; instrumenten?: unknown } | null;
  if (typeof file !== 'object' || file === null || file.formaat !== FORMAAT) throw refuse(`Het bestand is geen ${FORMAAT}-bestand (het veld "formaat" ontbreekt of klopt niet).`);
  if (!Array.isArray(file.instrumenten)) throw refuse('Het bestand heeft geen lijst "instrumenten".');
  if (file.instrumenten.length > MAX_IMPORT_INSTRUMENTEN) throw refuse(`Het bestand heeft te veel instrumenten: hoogstens ${MAX_IMPORT_INSTRUMENTEN} per keer.`);
  return file.instrumenten;
}

/**
 * A snapshot with every list in a fixed order: rewritten onderdelen (locaties) get new ids, which the audit
 * snapshot orders by after their naam, so only the content may decide whether anything changed.
 */
function canonical(snapshot: Snapshot | null): Snapshot | null {
  if (!snapshot) return null;
  return Object.fromEntries(Object.entries(snapshot).map(([key, value]) => [key, Array.isArray(value) ? value.map((v) => JSON.stringify(v)).sort() : value]));
}

/** What an import sets: everything in the record except where it came from and the downloads (left alone). */
const importable = ({ id: _id, organisatie: _organisatie, downloads: _downloads, ...rest }: Record<string, unknown>) => JSON.parse(JSON.stringify(rest));

/**
 * The quick way to ONGEWIJZIGD: the instrument exported now equals the file's record (a file this environment
 * made). Anything else, such as text that sanitizing would change, goes through the update and its snapshots.
 */
async function unchanged(em: EntityManager, id: string, value: unknown): Promise<boolean> {
  const [current] = await instrumentRecords(em, [id]);
  return !!current && isDeepStrictEqual(importable(current as unknown as Record<string, unknown>), importable(value as Record<string, unknown>));
}

/** The problems of a refused instrument: the mutation's field problems, or its one message. */
function problemenOf(err: unknown): ImportResultaat['problemen'] {
  if (!isExpectedError(err)) throw err;
  const fields = err.extensions.fields as FieldProblem[] | undefined;
  return fields?.length ? fields.map((f) => ({ veld: f.field, melding: f.message })) : [{ veld: null, melding: err.message }];
}

/**
 * Imports a file of the instrumentenformat into one organisatie. Every instrument is its own transaction through
 * the beheer services (validation, audit, version, change events as for the mutations); a dry run rolls each
 * back. An instrument is found again by its id within the organisatie, else by gids + naam (see the README).
 */
export class ImportService {
  constructor(private readonly ds: DataSource) {}

  async import(caller: Caller, bestand: string, organisatieId: string, dryRun: boolean): Promise<ImportRapport> {
    assertMayManage(caller, organisatieId);
    const [organisatie] = await this.ds.query('SELECT id FROM organisatie WHERE id = $1', [organisatieId]);
    if (!organisatie) throw notFound('Organisatie', organisatieId);
    const records = parseBestand(bestand);
    const claimed = new Set<string>();
    const instrumenten: ImportResultaat[] = [];
    for (const [index, value] of records.entries()) instrumenten.push(await this.importOne(caller, organisatieId, index, value, dryRun, claimed));
    const count = (actie: ImportActie) => instrumenten.filter((r) => r.actie === actie).length;
    return {
      dryRun,
      aangemaakt: count(ImportActie.AANMAKEN),
      gewijzigd: count(ImportActie.WIJZIGEN),
      ongewijzigd: count(ImportActie.ONGEWIJZIGD),
      geweigerd: count(ImportActie.GEWEIGERD),
      instrumenten,
    };
  }

  private async importOne(caller: Caller, organisatieId: string, index: number, value: unknown, dryRun: boolean, claimed: Set<string>): Promise<ImportResultaat> {
    const problems = new Problems();
    const record = readRecord(value, problems);
    const resultaat = (actie: ImportActie, instrumentId: string | null, problemen: ImportResultaat['problemen'] = []): ImportResultaat =>
      ({ index, naam: record.naam, instrumentId, actie, problemen });
    if (problems.list.length) return resultaat(ImportActie.GEWEIGERD, null, problems.list.map((p) => ({ veld: p.field, melding: p.message })));
    try {
      return await this.ds.transaction(async (em) => {
        const keys = new NaturalKeys(em, caller, organisatieId);
        const match = await this.findInstrument(em, organisatieId, record, claimed);
        const input = await this.inputOf(keys, record);
        if (!match) {
          const created = await keys.instruments.create(caller, { ...input, gids: record.gids!, organisatieId, naam: record.naam! });
          claimed.add(created.id);
          if (dryRun) throw new Rollback(resultaat(ImportActie.AANMAKEN, null));
          return resultaat(ImportActie.AANMAKEN, created.id);
        }
        claimed.add(match.id);
        if (await unchanged(em, match.id, value)) throw new Rollback(resultaat(ImportActie.ONGEWIJZIGD, match.id));
        const voor = await snapshotInstrument(em, match.id);
        await keys.instruments.update(caller, match.id, match.version, { ...input, naam: record.naam });
        if (isDeepStrictEqual(canonical(voor), canonical(await snapshotInstrument(em, match.id)))) throw new Rollback(resultaat(ImportActie.ONGEWIJZIGD, match.id));
        if (dryRun) throw new Rollback(resultaat(ImportActie.WIJZIGEN, match.id));
        return resultaat(ImportActie.WIJZIGEN, match.id);
      });
    } catch (err) {
      if (err instanceof Rollback) return err.resultaat;
      return resultaat(ImportActie.GEWEIGERD, null, problemenOf(err));
    }
  }

  /**
   * The instrument of the organisatie this record is: the same id (a file exported from this organisatie), else
   * the oldest with the same gids and naam that no earlier record of the file took.
   */
  private async findInstrument(em: EntityManager, organisatieId: string, record: ImportRecord, claimed: Set<string>): Promise<{ id: string; version: number } | null> {
    const [byId] = record.id ? await em.query(`SELECT id, version FROM instrument WHERE organisatie_id = $1 AND id::text = $2 AND ${live()}`, [organisatieId, record.id]) : [];
    if (byId && !claimed.has(byId.id)) return byId;
    if (!record.gids || !record.naam) return null;
    const [byNaam] = await em.query(
      `SELECT id, version FROM instrument WHERE organisatie_id = $1 AND gids = $2 AND naam = $3 AND NOT (id = ANY($4::uuid[])) AND ${live()} ORDER BY created_at, id LIMIT 1`,
      [organisatieId, record.gids, record.naam.trim(), [...claimed]],
    );
    return byNaam ?? null;
  }

  /** The mutation input: the file's fields, and its natural keys as the ids of this organisatie's records. */
  private async inputOf(keys: NaturalKeys, record: ImportRecord): Promise<InstrumentChanges & { aanbiederId: string }> {
    const contactpersonen = [];
    for (const [i, c] of record.contactpersonen.entries()) {
      contactpersonen.push({ contactpersoonId: await keys.contactpersoon(c, `contactpersonen[${i}]`), soort: c.soort, label: c.label });
    }
    const locaties = [];
    for (const [i, l] of record.locaties.entries()) {
      locaties.push({ naam: l.naam, type: l.type, inGebruik: l.inGebruik, beschrijving: l.beschrijving, adresId: l.adres ? await keys.adres(l.adres, `locaties[${i}].adres`) : null });
    }
    const gebieden = record.gebieden ?? { landelijk: false, regios: [], gemeenten: [], wijken: [] };
    const wijken = [];
    for (const [i, w] of gebieden.wijken.entries()) wijken.push(await keys.wijk(w, `beschikbareGebieden.wijken[${i}]`));
    return {
      ...record.input,
      aanbiederId: await keys.aanbieder(record.aanbieder),
      contactpersonen,
      locaties,
      beschikbareGebieden: { landelijk: gebieden.landelijk, regios: gebieden.regios, gemeenten: gebieden.gemeenten, wijken },
    };
  }
}
