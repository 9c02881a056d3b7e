import { createHash, randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../../core/caller.js';
import { conflict, forbidden, notFound } from '../../../core/errors.js';
import { pick } from '../../../core/mutation.js';
import { clean, Problems, requireText } from '../../../core/problems.js';
import { Kenmerk } from '../kenmerk.entity.js';
import { checkLength, MAX_LENGTH } from './limits.js';
import type { CreateDoelgroepInput, UpdateDoelgroepInput } from './records-beheer.input.js';
import { checkOrganisatie, createRecord, deleteRecord, updateRecord, type BeheerRecord, type Row } from './record-change.js';

/**
 * The audit trail keys records by uuid; a doelgroep's key is its code, so its audit records carry a uuid
 * derived from that code (the same code always gives the same uuid; the code itself is in the snapshots).
 */
export function doelgroepAuditId(code: string): string {
  const hex = createHash('md5').update(`kenmerk:${code}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** An eigen doelgroep is a kenmerk of an organisatie in a category kept per organisatie. */
const DOELGROEP: BeheerRecord = {
  table: 'kenmerk',
  key: 'code',
  columns: 'code, naam, categorie_code, beschrijving, organisatie_id, volgorde, version',
  what: 'Doelgroep',
  entiteit: 'Doelgroep',
  wat: 'deze doelgroep',
  auditId: doelgroepAuditId,
  async lock(em, code) {
    const [row]: Row[] = await em.query(
      `SELECT ${DOELGROEP.columns} FROM kenmerk
        WHERE code = $1 AND categorie_code IN (SELECT code FROM kenmerk_categorie WHERE per_organisatie) FOR UPDATE`,
      [code],
    );
    if (!row) throw notFound('Doelgroep', code);
    return row;
  },
  authorize(_caller, row) {
    if (!row.organisatie_id) throw forbidden('De vaste doelgroepen uit de handreiking kun je niet wijzigen of verwijderen.');
  },
  /** The doelgroep leaves the instruments that had it; they get a new version. */
  async onDelete(em, code) {
    const [links]: [{ instrument_id: string }[]] = await em.query('DELETE FROM instrument_kenmerk WHERE kenmerk_code = $1 RETURNING instrument_id', [code]);
    const instrumenten = links.map((l) => l.instrument_id).sort();
    if (instrumenten.length) {
      await em.query('UPDATE instrument SET version = version + 1, updated_at = now() WHERE id = ANY($1::uuid[])', [instrumenten]);
    }
    return { instrumenten };
  },
};

function checkNaam(problems: Problems, value: string | null | undefined): string {
  const naam = requireText(problems, 'naam', value, 'de naam van de doelgroep', 100);
  if (naam.toLowerCase() === 'algemeen') {
    problems.add('naam', "Er is geen doelgroep 'algemeen' (handreiking): een instrument zonder doelgroep is geschikt voor iedereen.");
  }
  return naam;
}

function checkBeschrijving(problems: Problems, value: string | null): string | null {
  const beschrijving = clean(value);
  if (beschrijving && beschrijving.length > 1000) problems.add('beschrijving', 'De beschrijving mag niet langer zijn dan 1000 tekens.');
  return beschrijving;
}

async function assertNaamVrij(em: EntityManager, categorie: string, organisatieId: string, naam: string, self: string | null): Promise<void> {
  const rows: unknown[] = await em.query(
    `SELECT 1 FROM kenmerk WHERE categorie_code = $1 AND lower(naam) = lower($2) AND (organisatie_id = $3 OR organisatie_id IS NULL)
       AND ($4::text IS NULL OR code <> $4)`,
    [categorie, naam, organisatieId, self],
  );
  if (rows.length) throw conflict(`Er is al een doelgroep '${naam}' in deze lijst.`);
}

const load = (em: EntityManager, code: string) => em.getRepository(Kenmerk).findOneByOrFail({ code });

/** Beheer of eigen doelgroepen (Eva handreiking): an organisatie's own values in EVA_DOELGROEP or DENNIS_DOELGROEP. */
export class DoelgroepBeheerService {
  constructor(private readonly ds: DataSource) {}

  create(caller: Caller, input: CreateDoelgroepInput): Promise<Kenmerk> {
    return createRecord(this.ds, caller, DOELGROEP, {
      insert: async (em) => {
        const problems = new Problems();
        await checkOrganisatie(em, caller, problems, input.organisatieId);
        const [categorie]: { code: string }[] = await em.query('SELECT code FROM kenmerk_categorie WHERE code = $1 AND per_organisatie', [input.categorie]);
        checkLength(problems, 'categorie', input.categorie, MAX_LENGTH.categorie);
        if (!categorie) problems.add('categorie', 'Kies EVA_DOELGROEP of DENNIS_DOELGROEP: alleen daar maak je eigen doelgroepen.');
        const naam = checkNaam(problems, input.naam);
        const beschrijving = checkBeschrijving(problems, input.beschrijving ?? null);
        problems.throwIfAny();
        await assertNaamVrij(em, input.categorie, input.organisatieId, naam, null);
        const code = `DG-${randomBytes(4).toString('hex').toUpperCase()}`;
        const [row] = await em.query(
          `INSERT INTO kenmerk (code, naam, categorie_code, volgorde, beschrijving, organisatie_id)
           VALUES ($1, $2, $3, (SELECT coalesce(max(volgorde), 0) + 1 FROM kenmerk WHERE categorie_code = $3), $4, $5) RETURNING ${DOELGROEP.columns}`,
          [code, naam, input.categorie, beschrijving, input.organisatieId],
        );
        return row;
      },
      result: load,
    }, { duplicate: 'Probeer het nog eens: de nieuwe code bestond al.' });
  }

  update(caller: Caller, code: string, version: number, input: UpdateDoelgroepInput): Promise<Kenmerk> {
    return updateRecord(this.ds, caller, DOELGROEP, code, version, {
      apply: async (em, voor) => {
        const problems = new Problems();
        const naam = checkNaam(problems, input.naam === undefined ? (voor.naam as string) : input.naam);
        const beschrijving = checkBeschrijving(problems, pick(input.beschrijving, voor.beschrijving as string | null));
        problems.throwIfAny();
        await assertNaamVrij(em, voor.categorie_code as string, voor.organisatie_id as string, naam, code);
        await em.query('UPDATE kenmerk SET naam = $2, beschrijving = $3 WHERE code = $1', [code, naam, beschrijving]);
      },
      result: (em) => load(em, code),
    });
  }

  /** Deletes an eigen doelgroep and its links to instruments (those instruments get a new version). */
  delete(caller: Caller, code: string, version: number): Promise<boolean> {
    return deleteRecord(this.ds, caller, DOELGROEP, code, version);
  }
}
