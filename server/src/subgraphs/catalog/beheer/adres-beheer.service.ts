import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../../core/caller.js';
import { clean, Problems, requireText } from '../../../core/problems.js';
import { Adres } from '../adres.entity.js';
import type { CreateAdresInput, UpdateAdresInput } from './records-beheer.input.js';
import { aantal, checkOrganisatie, createRecord, deleteRecord, listOwned, movedOrganisatie, updateRecord, type BeheerRecord } from './record-change.js';

/** Dutch postcode as people type it: 1234AB, 1234 ab. */
const POSTCODE = /^([1-9][0-9]{3}) ?([A-Za-z]{2})$/;

type AdresFields = { straat?: string | null; huisnummer?: string | null; postcode?: string | null; plaats?: string | null };

function checkAdresFields(problems: Problems, input: AdresFields) {
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

const ADRES: BeheerRecord = {
  table: 'adres',
  what: 'Adres',
  entiteit: 'Adres',
  wat: 'dit adres',
  async inUse(em, id) {
    const [{ locaties }]: [{ locaties: number }] = await em.query('SELECT count(*)::int AS locaties FROM locatie WHERE adres_id = $1', [id]);
    return locaties > 0
      ? `Je kunt dit adres niet verwijderen: ${aantal(locaties, 'locatie gebruikt', 'locaties gebruiken')} het nog. Kies daar eerst een ander adres.`
      : null;
  },
};

const load = (em: EntityManager, id: string) => em.getRepository(Adres).findOneByOrFail({ id });

/** Beheer of adressen: entered once, used by the locaties of instruments. */
export class AdresBeheerService {
  constructor(private readonly ds: DataSource) {}

  list(caller: Caller, organisatieId: string | null): Promise<Adres[]> {
    return listOwned(this.ds, Adres, caller, organisatieId, ['plaats', 'straat', 'huisnummer', 'id']);
  }

  create(caller: Caller, input: CreateAdresInput): Promise<Adres> {
    return createRecord(this.ds, caller, ADRES, {
      insert: async (em) => {
        const problems = new Problems();
        await checkOrganisatie(em, caller, problems, input.organisatieId);
        const fields = checkAdresFields(problems, input);
        problems.throwIfAny();
        const [row] = await em.query(
          'INSERT INTO adres (straat, huisnummer, postcode, plaats, organisatie_id) VALUES ($1, $2, $3, $4, $5) RETURNING *',
          [fields.straat, fields.huisnummer, fields.postcode, fields.plaats, input.organisatieId],
        );
        return row;
      },
      result: load,
    });
  }

  update(caller: Caller, id: string, version: number, input: UpdateAdresInput): Promise<Adres> {
    return updateRecord(this.ds, caller, ADRES, id, version, {
      apply: async (em, voor) => {
        const problems = new Problems();
        const organisatieId = await movedOrganisatie(em, caller, problems, input.organisatieId, voor.organisatie_id as string);
        const keep = (column: keyof AdresFields) => (input[column] === undefined ? (voor[column] as string) : input[column]);
        const fields = checkAdresFields(problems, { straat: keep('straat'), huisnummer: keep('huisnummer'), postcode: keep('postcode'), plaats: keep('plaats') });
        problems.throwIfAny();
        await em.query('UPDATE adres SET straat = $2, huisnummer = $3, postcode = $4, plaats = $5, organisatie_id = $6 WHERE id = $1', [
          id, fields.straat, fields.huisnummer, fields.postcode, fields.plaats, organisatieId,
        ]);
      },
      result: (em) => load(em, id),
    });
  }

  delete(caller: Caller, id: string, version: number): Promise<boolean> {
    return deleteRecord(this.ds, caller, ADRES, id, version);
  }
}
