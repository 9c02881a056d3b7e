import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../../core/caller.js';
import { pick } from '../../../core/mutation.js';
import { clean, Problems, requireText } from '../../../core/problems.js';
import { isEmail, isTelefoon } from '../../../core/validators.js';
import { Contactpersoon } from '../contactpersoon.entity.js';
import type { CreateContactpersoonInput, UpdateContactpersoonInput } from './records-beheer.input.js';
import { aantal, checkOrganisatie, createRecord, deleteRecord, listOwned, movedOrganisatie, updateRecord, type BeheerRecord } from './record-change.js';

/** The contact fields aanbieders and contactpersonen share, each problem added. */
export function checkContactFields(problems: Problems, fields: { naam: string | null | undefined; email: string | null; telefoon: string | null }) {
  const naam = requireText(problems, 'naam', fields.naam, 'de naam');
  const email = clean(fields.email);
  const telefoon = clean(fields.telefoon);
  if (email && !isEmail(email)) problems.add('email', 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.');
  if (telefoon && !isTelefoon(telefoon)) problems.add('telefoon', 'Vul een geldig telefoonnummer in, zoals 020-1234567.');
  return { naam, email, telefoon };
}

const CONTACTPERSOON: BeheerRecord = {
  table: 'contactpersoon',
  what: 'Contactpersoon',
  entiteit: 'Contactpersoon',
  wat: 'deze contactpersoon',
  async inUse(em, id) {
    const [{ instrumenten, aanbieders }]: [{ instrumenten: number; aanbieders: number }] = await em.query(
      `SELECT (SELECT count(*)::int FROM instrument_contactpersoon WHERE contactpersoon_id = $1) AS instrumenten,
              (SELECT count(*)::int FROM aanbieder_contactpersoon WHERE contactpersoon_id = $1) AS aanbieders`,
      [id],
    );
    if (instrumenten + aanbieders === 0) return null;
    const waar = [instrumenten ? aantal(instrumenten, 'instrument', 'instrumenten') : null, aanbieders ? aantal(aanbieders, 'aanbieder', 'aanbieders') : null]
      .filter(Boolean)
      .join(' en ');
    return `Je kunt deze contactpersoon niet verwijderen: hij is nog gekoppeld aan ${waar}. Haal die koppelingen eerst weg.`;
  },
};

const load = (em: EntityManager, id: string) => em.getRepository(Contactpersoon).findOneByOrFail({ id });

/** Beheer of contactpersonen (Dennis handleiding hoofdstuk 3): entered once, linked to instruments and aanbieders. */
export class ContactpersoonBeheerService {
  constructor(private readonly ds: DataSource) {}

  list(caller: Caller, organisatieId: string | null): Promise<Contactpersoon[]> {
    return listOwned(this.ds, Contactpersoon, caller, organisatieId, ['naam', 'id']);
  }

  create(caller: Caller, input: CreateContactpersoonInput): Promise<Contactpersoon> {
    return createRecord(this.ds, caller, CONTACTPERSOON, {
      insert: async (em) => {
        const problems = new Problems();
        await checkOrganisatie(em, caller, problems, input.organisatieId);
        const fields = checkContactFields(problems, { naam: input.naam, email: input.email ?? null, telefoon: input.telefoon ?? null });
        problems.throwIfAny();
        const [row] = await em.query(
          'INSERT INTO contactpersoon (naam, email, telefoon, organisatie_id) VALUES ($1, $2, $3, $4) RETURNING *',
          [fields.naam, fields.email, fields.telefoon, input.organisatieId],
        );
        return row;
      },
      result: load,
    });
  }

  update(caller: Caller, id: string, version: number, input: UpdateContactpersoonInput): Promise<Contactpersoon> {
    return updateRecord(this.ds, caller, CONTACTPERSOON, id, version, {
      apply: async (em, voor) => {
        const problems = new Problems();
        const organisatieId = await movedOrganisatie(em, caller, problems, input.organisatieId, voor.organisatie_id as string);
        const fields = checkContactFields(problems, {
          naam: input.naam === undefined ? (voor.naam as string) : input.naam,
          email: pick(input.email, voor.email as string | null),
          telefoon: pick(input.telefoon, voor.telefoon as string | null),
        });
        problems.throwIfAny();
        await em.query('UPDATE contactpersoon SET naam = $2, email = $3, telefoon = $4, organisatie_id = $5 WHERE id = $1', [
          id, fields.naam, fields.email, fields.telefoon, organisatieId,
        ]);
      },
      result: (em) => load(em, id),
    });
  }

  delete(caller: Caller, id: string, version: number): Promise<boolean> {
    return deleteRecord(this.ds, caller, CONTACTPERSOON, id, version);
  }
}
