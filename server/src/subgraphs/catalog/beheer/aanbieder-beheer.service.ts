import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../../core/caller.js';
import { conflict, notFound } from '../../../core/errors.js';
import { Aanbieder } from '../aanbieder.entity.js';
import { Instrument } from '../instrument.entity.js';
import { assertUuid, isUuid } from '../../../core/ids.js';
import { assertMayManage, assertMayPublishLandelijk, manageableOrganisaties } from './access.js';
import type { CreateAanbiederInput, UpdateAanbiederInput } from './aanbieder-beheer.input.js';
import type { ContactpersoonKoppelingInput } from './instrument-beheer.input.js';
import { writeAudit } from './audit.service.js';
import { Problems, isEmail, isTelefoon, isWebUrl } from './problems.js';
import { checkCount, checkLength, MAX_ITEMS, MAX_LENGTH } from './limits.js';
import { checkOrganisatie, clean, guardConstraints, pick, requireText, snapshot } from './records-beheer.common.js';

const AANBIEDER_COLUMNS = 'id, naam, organisatie_id, website, email, telefoon';

interface AanbiederRow {
  id: string;
  naam: string;
  organisatie_id: string;
  website: string | null;
  email: string | null;
  telefoon: string | null;
}

interface AanbiederFields {
  naam: string;
  website: string | null;
  email: string | null;
  telefoon: string | null;
}

/** Validates the contact fields of an aanbieder, adding every problem. */
function checkAanbiederFields(problems: Problems, fields: { naam: string | null | undefined; website: string | null; email: string | null; telefoon: string | null }): AanbiederFields {
  const naam = requireText(problems, 'naam', fields.naam, 'de naam');
  const website = clean(fields.website);
  const email = clean(fields.email);
  const telefoon = clean(fields.telefoon);
  if (website && website.length > MAX_LENGTH.url) problems.add('website', `Een webadres is hoogstens ${MAX_LENGTH.url} tekens.`);
  else if (website && !isWebUrl(website)) problems.add('website', 'Vul een webadres in dat begint met http:// of https://.');
  if (email && !isEmail(email)) problems.add('email', 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.');
  if (telefoon && !isTelefoon(telefoon)) problems.add('telefoon', 'Vul een geldig telefoonnummer in, zoals 020-1234567.');
  return { naam, website, email, telefoon };
}

/** Beheer of aanbieders (Dennis handleiding hoofdstuk 3): every change in one transaction, with an audit record. */
export class AanbiederBeheerService {
  constructor(private readonly ds: DataSource) {}

  /** The aanbieders a beheerder may choose from, on name. */
  async list(caller: Caller, organisatieId: string | null): Promise<Aanbieder[]> {
    if (organisatieId) {
      assertUuid(organisatieId, 'organisatieId');
      assertMayManage(caller, organisatieId);
    }
    const scope = manageableOrganisaties(caller);
    const query = this.ds.getRepository(Aanbieder).createQueryBuilder('a');
    if (scope) query.andWhere('a.organisatie_id = ANY(:scope::uuid[])', { scope });
    if (organisatieId) query.andWhere('a.organisatie_id = :organisatieId', { organisatieId });
    return query.orderBy('a.naam', 'ASC').addOrderBy('a.id', 'ASC').getMany();
  }

  create(caller: Caller, input: CreateAanbiederInput): Promise<Aanbieder> {
    return this.ds.transaction(async (em) => {
      const problems = new Problems();
      await checkOrganisatie(em, caller, problems, input.organisatieId);
      const fields = checkAanbiederFields(problems, { naam: input.naam, website: input.website ?? null, email: input.email ?? null, telefoon: input.telefoon ?? null });
      problems.throwIfAny();
      const [row]: [AanbiederRow] = await em.query(
        `INSERT INTO aanbieder (naam, organisatie_id, website, email, telefoon) VALUES ($1, $2, $3, $4, $5) RETURNING ${AANBIEDER_COLUMNS}`,
        [fields.naam, input.organisatieId, fields.website, fields.email, fields.telefoon],
      );
      await writeAudit(em, { caller, organisatieId: row.organisatie_id, entiteit: 'Aanbieder', entiteitId: row.id, actie: 'aangemaakt', voor: null, na: snapshot({ ...row }) });
      return this.load(em, row.id);
    });
  }

  update(caller: Caller, id: string, input: UpdateAanbiederInput): Promise<Aanbieder> {
    assertUuid(id, 'id');
    return this.ds.transaction(async (em) => {
      const voor = await this.lock(em, id);
      assertMayManage(caller, voor.organisatie_id);
      const problems = new Problems();
      const organisatieId = input.organisatieId === undefined || input.organisatieId === null ? voor.organisatie_id : input.organisatieId;
      if (organisatieId !== voor.organisatie_id) await checkOrganisatie(em, caller, problems, organisatieId);
      const fields = checkAanbiederFields(problems, {
        naam: input.naam === undefined ? voor.naam : input.naam,
        website: pick(input.website, voor.website),
        email: pick(input.email, voor.email),
        telefoon: pick(input.telefoon, voor.telefoon),
      });
      problems.throwIfAny();
      const [[na]]: [[AanbiederRow]] = await em.query(
        `UPDATE aanbieder SET naam = $2, organisatie_id = $3, website = $4, email = $5, telefoon = $6, updated_at = now()
         WHERE id = $1 RETURNING ${AANBIEDER_COLUMNS}`,
        [id, fields.naam, organisatieId, fields.website, fields.email, fields.telefoon],
      );
      await writeAudit(em, { caller, organisatieId: na.organisatie_id, entiteit: 'Aanbieder', entiteitId: id, actie: 'gewijzigd', voor: snapshot({ ...voor }), na: snapshot({ ...na }) });
      return this.load(em, id);
    });
  }

  delete(caller: Caller, id: string): Promise<boolean> {
    assertUuid(id, 'id');
    return guardConstraints(this.ds.transaction(async (em) => {
      const voor = await this.lock(em, id);
      assertMayManage(caller, voor.organisatie_id);
      const [{ aantal }]: [{ aantal: number }] = await em.query('SELECT count(*)::int AS aantal FROM instrument WHERE aanbieder_id = $1', [id]);
      if (aantal > 0) {
        throw conflict(`Je kunt deze aanbieder niet verwijderen: ${aantal === 1 ? '1 instrument gebruikt' : `${aantal} instrumenten gebruiken`} hem nog. Koppel ${aantal === 1 ? 'dat instrument' : 'die instrumenten'} eerst aan een andere aanbieder.`);
      }
      const contactpersonen = await this.contactpersonen(em, id);
      await em.query('DELETE FROM aanbieder WHERE id = $1', [id]);
      await writeAudit(em, { caller, organisatieId: voor.organisatie_id, entiteit: 'Aanbieder', entiteitId: id, actie: 'verwijderd', voor: snapshot({ ...voor, contactpersonen }), na: null });
      return true;
    }), { inUse: 'Deze aanbieder is intussen aan een instrument gekoppeld. Laad de pagina opnieuw.' });
  }

  /** Replaces the contactpersonen of an aanbieder by the given list. */
  setContactpersonen(caller: Caller, aanbiederId: string, koppelingen: ContactpersoonKoppelingInput[]): Promise<Aanbieder> {
    assertUuid(aanbiederId, 'aanbiederId');
    const counted = new Problems();
    checkCount(counted, 'contactpersonen', koppelingen, MAX_ITEMS.contactpersonen, 'contactpersonen');
    counted.throwIfAny();
    return this.ds.transaction(async (em) => {
      const aanbieder = await this.lock(em, aanbiederId);
      assertMayManage(caller, aanbieder.organisatie_id);
      const problems = new Problems();
      const ids = koppelingen.map((k) => k.contactpersoonId);
      const valid = ids.filter(isUuid);
      const found: { id: string; organisatie_id: string }[] = valid.length
        ? await em.query('SELECT id, organisatie_id FROM contactpersoon WHERE id = ANY($1::uuid[])', [valid])
        : [];
      const byId = new Map(found.map((c) => [c.id, c]));
      const seen = new Set<string>();
      koppelingen.forEach((k, i) => {
        const field = `contactpersonen[${i}].contactpersoonId`;
        const contactpersoon = byId.get(k.contactpersoonId.toLowerCase());
        if (!contactpersoon) problems.add(field, 'Deze contactpersoon bestaat niet.');
        else if (contactpersoon.organisatie_id !== aanbieder.organisatie_id && !manageable(caller, contactpersoon.organisatie_id)) {
          problems.add(field, 'Kies een contactpersoon van een organisatie die je beheert.');
        }
        if (seen.has(k.contactpersoonId.toLowerCase())) problems.add(field, 'Deze contactpersoon staat er al bij.');
        seen.add(k.contactpersoonId.toLowerCase());
        checkLength(problems, `contactpersonen[${i}].label`, clean(k.label), MAX_LENGTH.contactLabel);
      });
      problems.throwIfAny();
      const voor = await this.contactpersonen(em, aanbiederId);
      await em.query('DELETE FROM aanbieder_contactpersoon WHERE aanbieder_id = $1', [aanbiederId]);
      for (const k of koppelingen) {
        await em.query('INSERT INTO aanbieder_contactpersoon (aanbieder_id, contactpersoon_id, soort, label) VALUES ($1, $2, $3, $4)', [
          aanbiederId, k.contactpersoonId.toLowerCase(), k.soort, clean(k.label),
        ]);
      }
      const na = await this.contactpersonen(em, aanbiederId);
      await writeAudit(em, {
        caller, organisatieId: aanbieder.organisatie_id, entiteit: 'Aanbieder', entiteitId: aanbiederId, actie: 'gewijzigd',
        voor: { contactpersonen: voor }, na: { contactpersonen: na },
      });
      return this.load(em, aanbiederId);
    });
  }

  /**
   * Links an instrument to this aanbieder. version is the version of the instrument the beheerder edited:
   * a stale version is a CONFLICT, and nothing changes.
   */
  koppelInstrument(caller: Caller, aanbiederId: string, instrumentId: string, version: number): Promise<Instrument> {
    assertUuid(aanbiederId, 'aanbiederId');
    assertUuid(instrumentId, 'instrumentId');
    return this.ds.transaction(async (em) => {
      const aanbieder = await this.lock(em, aanbiederId);
      const [instrument]: { id: string; organisatie_id: string; aanbieder_id: string; version: number; landelijk: boolean }[] = await em.query(
        'SELECT id, organisatie_id, aanbieder_id, version, landelijk FROM instrument WHERE id = $1',
        [instrumentId],
      );
      if (!instrument) throw notFound('Instrument', instrumentId);
      assertMayManage(caller, aanbieder.organisatie_id);
      assertMayManage(caller, instrument.organisatie_id);
      assertMayPublishLandelijk(caller, instrument.landelijk);
      const [rows]: [{ id: string; aanbieder_id: string; version: number }[]] = await em.query(
        'UPDATE instrument SET aanbieder_id = $1, version = version + 1, updated_at = now() WHERE id = $2 AND version = $3 RETURNING id, aanbieder_id, version',
        [aanbiederId, instrumentId, version],
      );
      const na = rows[0];
      if (!na) throw conflict('Iemand anders heeft dit instrument intussen gewijzigd. Laad het opnieuw en probeer het nog eens.');
      await writeAudit(em, {
        caller, organisatieId: instrument.organisatie_id, entiteit: 'Instrument', entiteitId: instrumentId, actie: 'gewijzigd',
        voor: { aanbieder_id: instrument.aanbieder_id, version: instrument.version }, na: { aanbieder_id: na.aanbieder_id, version: na.version },
      });
      return em.getRepository(Instrument).findOneByOrFail({ id: instrumentId });
    });
  }

  private async lock(em: EntityManager, id: string): Promise<AanbiederRow> {
    const [row]: AanbiederRow[] = await em.query(`SELECT ${AANBIEDER_COLUMNS} FROM aanbieder WHERE id = $1 FOR UPDATE`, [id]);
    if (!row) throw notFound('Aanbieder', id);
    return row;
  }

  private contactpersonen(em: EntityManager, aanbiederId: string): Promise<{ contactpersoon_id: string; soort: string; label: string | null }[]> {
    return em.query('SELECT contactpersoon_id, soort, label FROM aanbieder_contactpersoon WHERE aanbieder_id = $1 ORDER BY contactpersoon_id', [aanbiederId]);
  }

  private load(em: EntityManager, id: string): Promise<Aanbieder> {
    return em.getRepository(Aanbieder).findOneByOrFail({ id });
  }
}

function manageable(caller: Caller, organisatieId: string): boolean {
  const scope = manageableOrganisaties(caller);
  return scope === null || scope.includes(organisatieId);
}
