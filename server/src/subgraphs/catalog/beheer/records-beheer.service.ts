import { createHash, randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../../core/caller.js';
import { conflict, forbidden, notFound } from '../../../core/errors.js';
import { Adres } from '../adres.entity.js';
import { Contactpersoon } from '../contactpersoon.entity.js';
import { assertUuid } from '../../../core/ids.js';
import { Kenmerk } from '../kenmerk.entity.js';
import { Wijk } from '../wijk.entity.js';
import { assertMayManage, manageableOrganisaties } from './access.js';
import { writeAudit } from './audit.service.js';
import { Problems, isEmail, isTelefoon } from './problems.js';
import type {
  CreateAdresInput, CreateContactpersoonInput, CreateDoelgroepInput, CreateWijkInput,
  UpdateAdresInput, UpdateContactpersoonInput, UpdateDoelgroepInput, UpdateWijkInput,
} from './records-beheer.input.js';
import { checkLength, MAX_LENGTH } from './limits.js';
import { checkOrganisatie, clean, guardConstraints, pick, requireText, snapshot } from './records-beheer.common.js';

type Row = Record<string, unknown>;

/** Dutch postcode as people type it: 1234AB, 1234 ab. */
const POSTCODE = /^([1-9][0-9]{3}) ?([A-Za-z]{2})$/;

/** The organisatie for a partial update: not given (or null) keeps the current one; a move must be allowed too. */
async function movedOrganisatie(em: EntityManager, caller: Caller, problems: Problems, given: string | null | undefined, current: string): Promise<string> {
  const organisatieId = given ?? current;
  if (organisatieId !== current) await checkOrganisatie(em, caller, problems, organisatieId);
  return organisatieId;
}

function scopeClause(caller: Caller, column: string, params: unknown[]): string {
  const scope = manageableOrganisaties(caller);
  if (!scope) return 'TRUE';
  params.push(scope);
  return `${column} = ANY($${params.length}::uuid[])`;
}

function checkOptionalOrganisatieArg(caller: Caller, organisatieId: string | null): void {
  if (organisatieId) {
    assertUuid(organisatieId, 'organisatieId');
    assertMayManage(caller, organisatieId);
  }
}

/**
 * Beheer of the reusable records (Dennis handleiding hoofdstuk 3, Eva handreiking): contactpersonen,
 * adressen, wijken and eigen doelgroepen. Every change is one transaction with an audit record.
 */
export class RecordsBeheerService {
  constructor(private readonly ds: DataSource) {}

  // ---- Contactpersonen ------------------------------------------------------------------------------

  async contactpersonen(caller: Caller, organisatieId: string | null): Promise<Contactpersoon[]> {
    checkOptionalOrganisatieArg(caller, organisatieId);
    const query = this.ds.getRepository(Contactpersoon).createQueryBuilder('c');
    const scope = manageableOrganisaties(caller);
    if (scope) query.andWhere('c.organisatie_id = ANY(:scope::uuid[])', { scope });
    if (organisatieId) query.andWhere('c.organisatie_id = :organisatieId', { organisatieId });
    return query.orderBy('c.naam', 'ASC').addOrderBy('c.id', 'ASC').getMany();
  }

  createContactpersoon(caller: Caller, input: CreateContactpersoonInput): Promise<Contactpersoon> {
    return this.ds.transaction(async (em) => {
      const problems = new Problems();
      await checkOrganisatie(em, caller, problems, input.organisatieId);
      const fields = checkContactFields(problems, input.naam, input.email ?? null, input.telefoon ?? null);
      problems.throwIfAny();
      const [row]: [Row] = await em.query(
        'INSERT INTO contactpersoon (naam, email, telefoon, organisatie_id) VALUES ($1, $2, $3, $4) RETURNING *',
        [fields.naam, fields.email, fields.telefoon, input.organisatieId],
      );
      await this.audit(em, caller, 'Contactpersoon', String(row.id), 'aangemaakt', null, row);
      return em.getRepository(Contactpersoon).findOneByOrFail({ id: String(row.id) });
    });
  }

  updateContactpersoon(caller: Caller, id: string, input: UpdateContactpersoonInput): Promise<Contactpersoon> {
    assertUuid(id, 'id');
    return this.ds.transaction(async (em) => {
      const voor = await lockRow(em, 'contactpersoon', id, 'Contactpersoon');
      assertMayManage(caller, voor.organisatie_id as string);
      const problems = new Problems();
      const organisatieId = await movedOrganisatie(em, caller, problems, input.organisatieId, voor.organisatie_id as string);
      const fields = checkContactFields(
        problems,
        input.naam === undefined ? (voor.naam as string) : input.naam,
        pick(input.email, voor.email as string | null),
        pick(input.telefoon, voor.telefoon as string | null),
      );
      problems.throwIfAny();
      const [[na]]: [[Row]] = await em.query(
        'UPDATE contactpersoon SET naam = $2, email = $3, telefoon = $4, organisatie_id = $5 WHERE id = $1 RETURNING *',
        [id, fields.naam, fields.email, fields.telefoon, organisatieId],
      );
      await this.audit(em, caller, 'Contactpersoon', id, 'gewijzigd', voor, na);
      return em.getRepository(Contactpersoon).findOneByOrFail({ id });
    });
  }

  deleteContactpersoon(caller: Caller, id: string): Promise<boolean> {
    assertUuid(id, 'id');
    return guardConstraints(this.ds.transaction(async (em) => {
      const voor = await lockRow(em, 'contactpersoon', id, 'Contactpersoon');
      assertMayManage(caller, voor.organisatie_id as string);
      const [{ instrumenten, aanbieders }]: [{ instrumenten: number; aanbieders: number }] = await em.query(
        `SELECT (SELECT count(*)::int FROM instrument_contactpersoon WHERE contactpersoon_id = $1) AS instrumenten,
                (SELECT count(*)::int FROM aanbieder_contactpersoon WHERE contactpersoon_id = $1) AS aanbieders`,
        [id],
      );
      if (instrumenten + aanbieders > 0) {
        const waar = [instrumenten ? aantal(instrumenten, 'instrument', 'instrumenten') : null, aanbieders ? aantal(aanbieders, 'aanbieder', 'aanbieders') : null]
          .filter(Boolean)
          .join(' en ');
        throw conflict(`Je kunt deze contactpersoon niet verwijderen: hij is nog gekoppeld aan ${waar}. Haal die koppelingen eerst weg.`);
      }
      await em.query('DELETE FROM contactpersoon WHERE id = $1', [id]);
      await this.audit(em, caller, 'Contactpersoon', id, 'verwijderd', voor, null);
      return true;
    }), { inUse: 'Dit gegeven is intussen ergens gekoppeld of gewijzigd. Laad de pagina opnieuw en probeer het nog eens.' });
  }

  // ---- Adressen --------------------------------------------------------------------------------------

  async adressen(caller: Caller, organisatieId: string | null): Promise<Adres[]> {
    checkOptionalOrganisatieArg(caller, organisatieId);
    const query = this.ds.getRepository(Adres).createQueryBuilder('a');
    const scope = manageableOrganisaties(caller);
    if (scope) query.andWhere('a.organisatie_id = ANY(:scope::uuid[])', { scope });
    if (organisatieId) query.andWhere('a.organisatie_id = :organisatieId', { organisatieId });
    return query.orderBy('a.plaats', 'ASC').addOrderBy('a.straat', 'ASC').addOrderBy('a.huisnummer', 'ASC').addOrderBy('a.id', 'ASC').getMany();
  }

  createAdres(caller: Caller, input: CreateAdresInput): Promise<Adres> {
    return this.ds.transaction(async (em) => {
      const problems = new Problems();
      await checkOrganisatie(em, caller, problems, input.organisatieId);
      const fields = checkAdresFields(problems, input);
      problems.throwIfAny();
      const [row]: [Row] = await em.query(
        'INSERT INTO adres (straat, huisnummer, postcode, plaats, organisatie_id) VALUES ($1, $2, $3, $4, $5) RETURNING *',
        [fields.straat, fields.huisnummer, fields.postcode, fields.plaats, input.organisatieId],
      );
      await this.audit(em, caller, 'Adres', String(row.id), 'aangemaakt', null, row);
      return em.getRepository(Adres).findOneByOrFail({ id: String(row.id) });
    });
  }

  updateAdres(caller: Caller, id: string, input: UpdateAdresInput): Promise<Adres> {
    assertUuid(id, 'id');
    return this.ds.transaction(async (em) => {
      const voor = await lockRow(em, 'adres', id, 'Adres');
      assertMayManage(caller, voor.organisatie_id as string);
      const problems = new Problems();
      const organisatieId = await movedOrganisatie(em, caller, problems, input.organisatieId, voor.organisatie_id as string);
      const keep = (given: string | null | undefined, column: string) => (given === undefined ? (voor[column] as string) : given);
      const fields = checkAdresFields(problems, {
        straat: keep(input.straat, 'straat'), huisnummer: keep(input.huisnummer, 'huisnummer'),
        postcode: keep(input.postcode, 'postcode'), plaats: keep(input.plaats, 'plaats'),
      });
      problems.throwIfAny();
      const [[na]]: [[Row]] = await em.query(
        'UPDATE adres SET straat = $2, huisnummer = $3, postcode = $4, plaats = $5, organisatie_id = $6 WHERE id = $1 RETURNING *',
        [id, fields.straat, fields.huisnummer, fields.postcode, fields.plaats, organisatieId],
      );
      await this.audit(em, caller, 'Adres', id, 'gewijzigd', voor, na);
      return em.getRepository(Adres).findOneByOrFail({ id });
    });
  }

  deleteAdres(caller: Caller, id: string): Promise<boolean> {
    assertUuid(id, 'id');
    return guardConstraints(this.ds.transaction(async (em) => {
      const voor = await lockRow(em, 'adres', id, 'Adres');
      assertMayManage(caller, voor.organisatie_id as string);
      const [{ locaties }]: [{ locaties: number }] = await em.query('SELECT count(*)::int AS locaties FROM locatie WHERE adres_id = $1', [id]);
      if (locaties > 0) {
        throw conflict(`Je kunt dit adres niet verwijderen: ${aantal(locaties, 'locatie gebruikt', 'locaties gebruiken')} het nog. Kies daar eerst een ander adres.`);
      }
      await em.query('DELETE FROM adres WHERE id = $1', [id]);
      await this.audit(em, caller, 'Adres', id, 'verwijderd', voor, null);
      return true;
    }), { inUse: 'Dit gegeven is intussen ergens gekoppeld of gewijzigd. Laad de pagina opnieuw en probeer het nog eens.' });
  }

  // ---- Wijken ----------------------------------------------------------------------------------------

  async wijken(caller: Caller, gemeenteCode: string): Promise<Wijk[]> {
    const params: unknown[] = [gemeenteCode];
    const where = scopeClause(caller, 'organisatie_id', params);
    const rows: { id: string }[] = await this.ds.query(`SELECT id FROM wijk WHERE gemeente_code = $1 AND ${where} ORDER BY naam, id`, params);
    if (!rows.length) return [];
    const wijken = await this.ds.getRepository(Wijk).createQueryBuilder('w').whereInIds(rows.map((r) => r.id)).getMany();
    const byId = new Map(wijken.map((w) => [w.id, w]));
    return rows.map((r) => byId.get(r.id)!);
  }

  createWijk(caller: Caller, input: CreateWijkInput): Promise<Wijk> {
    return guardConstraints(this.ds.transaction(async (em) => {
      const problems = new Problems();
      await checkOrganisatie(em, caller, problems, input.organisatieId);
      const naam = requireText(problems, 'naam', input.naam, 'de naam van de wijk', 100);
      const gemeenteCode = await checkGemeente(em, problems, input.gemeenteCode);
      problems.throwIfAny();
      await assertWijkNaamVrij(em, gemeenteCode, naam, null);
      const [row]: [Row] = await em.query(
        'INSERT INTO wijk (naam, gemeente_code, organisatie_id) VALUES ($1, $2, $3) RETURNING *',
        [naam, gemeenteCode, input.organisatieId],
      );
      await this.audit(em, caller, 'Wijk', String(row.id), 'aangemaakt', null, row);
      return em.getRepository(Wijk).findOneByOrFail({ id: String(row.id) });
    }), { duplicate: 'Er is al een wijk met deze naam in deze gemeente.', inUse: 'De organisatie of gemeente is intussen verwijderd. Laad de pagina opnieuw.' });
  }

  updateWijk(caller: Caller, id: string, input: UpdateWijkInput): Promise<Wijk> {
    assertUuid(id, 'id');
    return guardConstraints(this.ds.transaction(async (em) => {
      const voor = await lockRow(em, 'wijk', id, 'Wijk');
      assertMayManage(caller, voor.organisatie_id as string | null);
      const problems = new Problems();
      const current = voor.organisatie_id as string | null;
      const organisatieId = input.organisatieId ?? current;
      if (organisatieId !== current) await checkOrganisatie(em, caller, problems, organisatieId);
      const naam = requireText(problems, 'naam', input.naam === undefined ? (voor.naam as string) : input.naam, 'de naam van de wijk', 100);
      const gemeenteCode = input.gemeenteCode == null || input.gemeenteCode === voor.gemeente_code
        ? (voor.gemeente_code as string)
        : await checkGemeente(em, problems, input.gemeenteCode);
      problems.throwIfAny();
      await assertWijkNaamVrij(em, gemeenteCode, naam, id);
      const [[na]]: [[Row]] = await em.query(
        'UPDATE wijk SET naam = $2, gemeente_code = $3, organisatie_id = $4 WHERE id = $1 RETURNING *',
        [id, naam, gemeenteCode, organisatieId],
      );
      await this.audit(em, caller, 'Wijk', id, 'gewijzigd', voor, na);
      return em.getRepository(Wijk).findOneByOrFail({ id });
    }), { duplicate: 'Er is al een wijk met deze naam in deze gemeente.', inUse: 'De organisatie of gemeente is intussen verwijderd. Laad de pagina opnieuw.' });
  }

  deleteWijk(caller: Caller, id: string): Promise<boolean> {
    assertUuid(id, 'id');
    return guardConstraints(this.ds.transaction(async (em) => {
      const voor = await lockRow(em, 'wijk', id, 'Wijk');
      assertMayManage(caller, voor.organisatie_id as string | null);
      const [{ instrumenten }]: [{ instrumenten: number }] = await em.query('SELECT count(*)::int AS instrumenten FROM instrument_wijk WHERE wijk_id = $1', [id]);
      if (instrumenten > 0) {
        throw conflict(`Je kunt deze wijk niet verwijderen: ${aantal(instrumenten, 'instrument is', 'instrumenten zijn')} er nog beschikbaar. Haal de wijk daar eerst weg.`);
      }
      await em.query('DELETE FROM wijk WHERE id = $1', [id]);
      await this.audit(em, caller, 'Wijk', id, 'verwijderd', voor, null);
      return true;
    }), { inUse: 'Dit gegeven is intussen ergens gekoppeld of gewijzigd. Laad de pagina opnieuw en probeer het nog eens.' });
  }

  // ---- Doelgroepen -----------------------------------------------------------------------------------

  createDoelgroep(caller: Caller, input: CreateDoelgroepInput): Promise<Kenmerk> {
    return guardConstraints(this.ds.transaction(async (em) => {
      const problems = new Problems();
      await checkOrganisatie(em, caller, problems, input.organisatieId);
      const [categorie]: { code: string }[] = await em.query(
        'SELECT code FROM kenmerk_categorie WHERE code = $1 AND per_organisatie', [input.categorie],
      );
      checkLength(problems, 'categorie', input.categorie, MAX_LENGTH.categorie);
      if (!categorie) problems.add('categorie', 'Kies EVA_DOELGROEP of DENNIS_DOELGROEP: alleen daar maak je eigen doelgroepen.');
      const naam = checkDoelgroepNaam(problems, input.naam);
      const beschrijving = checkBeschrijving(problems, input.beschrijving ?? null);
      problems.throwIfAny();
      await assertDoelgroepNaamVrij(em, input.categorie, input.organisatieId, naam, null);
      const code = `DG-${randomBytes(4).toString('hex').toUpperCase()}`;
      const [row]: [Row] = await em.query(
        `INSERT INTO kenmerk (code, naam, categorie_code, volgorde, beschrijving, organisatie_id)
         VALUES ($1, $2, $3, (SELECT coalesce(max(volgorde), 0) + 1 FROM kenmerk WHERE categorie_code = $3), $4, $5) RETURNING *`,
        [code, naam, input.categorie, beschrijving, input.organisatieId],
      );
      await this.audit(em, caller, 'Doelgroep', doelgroepAuditId(code), 'aangemaakt', null, row);
      return em.getRepository(Kenmerk).findOneByOrFail({ code });
    }), { duplicate: 'Probeer het nog eens: de nieuwe code bestond al.' });
  }

  updateDoelgroep(caller: Caller, code: string, input: UpdateDoelgroepInput): Promise<Kenmerk> {
    return this.ds.transaction(async (em) => {
      const voor = await lockDoelgroep(em, caller, code);
      const problems = new Problems();
      const naam = checkDoelgroepNaam(problems, input.naam === undefined ? (voor.naam as string) : input.naam);
      const beschrijving = checkBeschrijving(problems, pick(input.beschrijving, voor.beschrijving as string | null));
      problems.throwIfAny();
      await assertDoelgroepNaamVrij(em, voor.categorie_code as string, voor.organisatie_id as string, naam, code);
      const [[na]]: [[Row]] = await em.query('UPDATE kenmerk SET naam = $2, beschrijving = $3 WHERE code = $1 RETURNING *', [code, naam, beschrijving]);
      await this.audit(em, caller, 'Doelgroep', doelgroepAuditId(code), 'gewijzigd', voor, na);
      return em.getRepository(Kenmerk).findOneByOrFail({ code });
    });
  }

  /** Deletes an eigen doelgroep and its links to instruments (those instruments get a new version). */
  deleteDoelgroep(caller: Caller, code: string): Promise<boolean> {
    return guardConstraints(this.ds.transaction(async (em) => {
      const voor = await lockDoelgroep(em, caller, code);
      const [links]: [{ instrument_id: string }[]] = await em.query(
        'DELETE FROM instrument_kenmerk WHERE kenmerk_code = $1 RETURNING instrument_id', [code],
      );
      const instrumenten = links.map((l) => l.instrument_id).sort();
      if (instrumenten.length) {
        await em.query('UPDATE instrument SET version = version + 1, updated_at = now() WHERE id = ANY($1::uuid[])', [instrumenten]);
      }
      await em.query('DELETE FROM kenmerk WHERE code = $1', [code]);
      await this.audit(em, caller, 'Doelgroep', doelgroepAuditId(code), 'verwijderd', { ...voor, instrumenten }, null);
      return true;
    }), { inUse: 'Dit gegeven is intussen ergens gekoppeld of gewijzigd. Laad de pagina opnieuw en probeer het nog eens.' });
  }

  // ---- Shared ----------------------------------------------------------------------------------------

  /** The audit record of a change; a record without organisatie (a standard wijk) counts for the landelijke organisatie. */
  private async audit(em: EntityManager, caller: Caller, entiteit: string, entiteitId: string, actie: 'aangemaakt' | 'gewijzigd' | 'verwijderd', voor: Row | null, na: Row | null): Promise<void> {
    let organisatieId = (na?.organisatie_id ?? voor?.organisatie_id ?? null) as string | null;
    if (!organisatieId) {
      const [landelijk]: { id: string }[] = await em.query('SELECT id FROM organisatie WHERE regio_code IS NULL ORDER BY naam LIMIT 1');
      organisatieId = landelijk?.id ?? caller.organisatieIds[0] ?? null;
    }
    if (!organisatieId) throw new Error(`no organisatie for the audit record of ${entiteit} ${entiteitId}`);
    await writeAudit(em, { caller, organisatieId, entiteit, entiteitId, actie, voor: voor && snapshot(voor), na: na && snapshot(na) });
  }
}

/**
 * The audit trail keys records by uuid; a doelgroep's key is its code, so its audit records carry a uuid
 * derived from that code (the same code always gives the same uuid; the code itself is in the snapshots).
 */
export function doelgroepAuditId(code: string): string {
  const hex = createHash('md5').update(`kenmerk:${code}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

function aantal(n: number, een: string, meer: string): string {
  return n === 1 ? `1 ${een}` : `${n} ${meer}`;
}

async function lockRow(em: EntityManager, table: 'contactpersoon' | 'adres' | 'wijk', id: string, what: string): Promise<Row> {
  const [row]: Row[] = await em.query(`SELECT * FROM ${table} WHERE id = $1 FOR UPDATE`, [id]);
  if (!row) throw notFound(what, id);
  return row;
}

async function lockDoelgroep(em: EntityManager, caller: Caller, code: string): Promise<Row> {
  const [row]: Row[] = await em.query(
    `SELECT k.code, k.naam, k.categorie_code, k.beschrijving, k.organisatie_id, k.volgorde FROM kenmerk k
     JOIN kenmerk_categorie c ON c.code = k.categorie_code WHERE k.code = $1 AND c.per_organisatie FOR UPDATE OF k`,
    [code],
  );
  if (!row) throw notFound('Doelgroep', code);
  if (!row.organisatie_id) throw forbidden('De vaste doelgroepen uit de handreiking kun je niet wijzigen of verwijderen.');
  assertMayManage(caller, row.organisatie_id as string);
  return row;
}

function checkContactFields(problems: Problems, naamValue: string | null | undefined, emailValue: string | null, telefoonValue: string | null) {
  const naam = requireText(problems, 'naam', naamValue, 'de naam');
  const email = clean(emailValue);
  const telefoon = clean(telefoonValue);
  if (email && !isEmail(email)) problems.add('email', 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.');
  if (telefoon && !isTelefoon(telefoon)) problems.add('telefoon', 'Vul een geldig telefoonnummer in, zoals 020-1234567.');
  return { naam, email, telefoon };
}

function checkAdresFields(problems: Problems, input: { straat?: string | null; huisnummer?: string | null; postcode?: string | null; plaats?: string | null }) {
  const straat = requireText(problems, 'straat', input.straat, 'de straat');
  const huisnummer = requireText(problems, 'huisnummer', input.huisnummer, 'het huisnummer', 20);
  const plaats = requireText(problems, 'plaats', input.plaats, 'de plaats', 100);
  const rawPostcode = clean(input.postcode);
  let postcode = '';
  if (!rawPostcode) problems.add('postcode', 'Vul de postcode in.');
  else {
    const match = POSTCODE.exec(rawPostcode);
    if (!match) problems.add('postcode', 'Vul een postcode in zoals 1234 AB.');
    else postcode = `${match[1]} ${(match[2] ?? '').toUpperCase()}`;
  }
  return { straat, huisnummer, postcode, plaats };
}

async function checkGemeente(em: EntityManager, problems: Problems, gemeenteCode: string | null | undefined): Promise<string> {
  const code = clean(gemeenteCode);
  if (!code) {
    problems.add('gemeenteCode', 'Kies een gemeente.');
    return '';
  }
  const rows: unknown[] = await em.query('SELECT 1 FROM gemeente WHERE code = $1', [code]);
  if (!rows.length) problems.add('gemeenteCode', 'Deze gemeente bestaat niet.');
  return code;
}

async function assertWijkNaamVrij(em: EntityManager, gemeenteCode: string, naam: string, self: string | null): Promise<void> {
  const rows: unknown[] = await em.query(
    'SELECT 1 FROM wijk WHERE gemeente_code = $1 AND lower(naam) = lower($2) AND ($3::uuid IS NULL OR id <> $3::uuid)',
    [gemeenteCode, naam, self],
  );
  if (rows.length) throw conflict(`Er is al een wijk '${naam}' in deze gemeente.`);
}

function checkDoelgroepNaam(problems: Problems, value: string | null | undefined): string {
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

async function assertDoelgroepNaamVrij(em: EntityManager, categorie: string, organisatieId: string, naam: string, self: string | null): Promise<void> {
  const rows: unknown[] = await em.query(
    `SELECT 1 FROM kenmerk WHERE categorie_code = $1 AND lower(naam) = lower($2) AND (organisatie_id = $3 OR organisatie_id IS NULL)
       AND ($4::text IS NULL OR code <> $4)`,
    [categorie, naam, organisatieId, self],
  );
  if (rows.length) throw conflict(`Er is al een doelgroep '${naam}' in deze lijst.`);
}
