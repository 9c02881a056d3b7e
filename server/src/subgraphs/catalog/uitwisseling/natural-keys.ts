import type { DataSource, EntityManager } from 'typeorm';
import { GraphQLError } from 'graphql';
import type { Caller } from '../../../core/caller.js';
import type { FieldProblem } from '../../../core/errors.js';
import { AanbiederBeheerService } from '../beheer/aanbieder-beheer.service.js';
import { AdresBeheerService } from '../beheer/adres-beheer.service.js';
import { ContactpersoonBeheerService } from '../beheer/contactpersoon-beheer.service.js';
import { InstrumentBeheerService } from '../beheer/instrument-beheer.service.js';
import { WijkBeheerService } from '../beheer/wijk-beheer.service.js';
import type { AanbiederRecord, AdresRecord, ContactpersoonRecord } from './instrumentenformat.js';
import { live } from '../prullenbak/live.js';

/**
 * The beheer services inside one import transaction. They only call `transaction`, `query` and `getRepository`,
 * which an EntityManager of a running transaction has too; its `transaction` becomes a savepoint, so every
 * create and update runs exactly as the mutation does, and the import decides whether the whole commits.
 */
export function beheerIn(em: EntityManager) {
  const host = em as unknown as DataSource;
  return {
    instrument: new InstrumentBeheerService(host),
    aanbieder: new AanbiederBeheerService(host),
    contactpersoon: new ContactpersoonBeheerService(host),
    adres: new AdresBeheerService(host),
    wijk: new WijkBeheerService(host),
  };
}

/** A refusal of a nested record (`naam` of a new contactpersoon) under the path it has in the file. */
async function under<T>(prefix: string, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    const fields = (err as GraphQLError).extensions?.fields as FieldProblem[] | undefined;
    if (!(err instanceof GraphQLError) || !fields) throw err;
    const moved = fields.map((f) => ({ field: `${prefix}.${f.field}`, message: f.message }));
    throw new GraphQLError(err.message, { extensions: { ...err.extensions, fields: moved } });
  }
}

/**
 * Finds the records an instrument of the file refers to by natural key in the target organisatie, creating what
 * is missing through the beheer services (validated and audited like the mutations).
 */
export class NaturalKeys {
  private readonly beheer;

  constructor(private readonly em: EntityManager, private readonly caller: Caller, private readonly organisatieId: string) {
    this.beheer = beheerIn(em);
  }

  get instruments() {
    return this.beheer.instrument;
  }

  /** The aanbieder by naam within the organisatie. */
  async aanbieder(a: AanbiederRecord): Promise<string> {
    const [found] = await this.em.query(`SELECT id FROM aanbieder WHERE organisatie_id = $1 AND naam = $2 AND ${live()} ORDER BY created_at, id LIMIT 1`, [this.organisatieId, a.naam.trim()]);
    if (found) return found.id;
    return (await under('aanbieder', this.beheer.aanbieder.create(this.caller, { organisatieId: this.organisatieId, ...a }))).id;
  }

  /** A contactpersoon by naam + e-mail within the organisatie. */
  async contactpersoon(c: ContactpersoonRecord, path: string): Promise<string> {
    const [found] = await this.em.query(
      'SELECT id FROM contactpersoon WHERE organisatie_id = $1 AND naam = $2 AND email IS NOT DISTINCT FROM $3 ORDER BY id LIMIT 1',
      [this.organisatieId, c.naam.trim(), c.email?.trim() || null],
    );
    if (found) return found.id;
    return (await under(path, this.beheer.contactpersoon.create(this.caller, { organisatieId: this.organisatieId, naam: c.naam, email: c.email, telefoon: c.telefoon }))).id;
  }

  /** An adres by straat + huisnummer + postcode within the organisatie. */
  async adres(a: AdresRecord, path: string): Promise<string> {
    const [found] = await this.em.query(
      'SELECT id FROM adres WHERE organisatie_id = $1 AND straat = $2 AND huisnummer = $3 AND postcode = $4 ORDER BY id LIMIT 1',
      [this.organisatieId, a.straat.trim(), a.huisnummer.trim(), a.postcode.trim()],
    );
    if (found) return found.id;
    return (await under(path, this.beheer.adres.create(this.caller, { organisatieId: this.organisatieId, ...a }))).id;
  }

  /** A wijk by gemeente + naam (unique across organisaties), created in the organisatie when missing. */
  async wijk(w: { gemeente: string; naam: string }, path: string): Promise<string> {
    const [found] = await this.em.query('SELECT id FROM wijk WHERE gemeente_code = $1 AND lower(naam) = lower($2) LIMIT 1', [w.gemeente.trim(), w.naam.trim()]);
    if (found) return found.id;
    return (await under(path, this.beheer.wijk.create(this.caller, { organisatieId: this.organisatieId, gemeenteCode: w.gemeente, naam: w.naam }))).id;
  }
}
