import type { DataSource } from 'typeorm';
import { conflict, notFound } from '../../core/errors.js';
import { Rol } from './accounts.enums.js';
import { GebruikerOrganisatie } from './gebruiker-organisatie.entity.js';
import { Gebruiker } from './gebruiker.entity.js';
import { hashPassword } from './password.js';
import { assertValid, emailProblem, naamProblem, normalizeEmail, organisatieIdsProblem, passwordProblem } from './validation.js';

export interface NieuweGebruiker {
  email: string;
  naam: string;
  rol: Rol;
  organisatieIds: string[];
  password: string;
}

const UNIQUE_VIOLATION = '23505';

export class GebruikerService {
  constructor(private readonly ds: DataSource) {}

  /**
   * Creates an account with its organisaties. The organisatie ids are only checked for form: they belong to the
   * catalog, which accounts does not read.
   */
  async create(input: NieuweGebruiker): Promise<Gebruiker> {
    assertValid(emailProblem(input.email), naamProblem(input.naam), organisatieIdsProblem(input.organisatieIds), passwordProblem(input.password, 'password'));
    const wachtwoordHash = await hashPassword(input.password);
    try {
      return await this.ds.transaction(async (db) => {
        const gebruiker = await db.getRepository(Gebruiker).save(
          db.getRepository(Gebruiker).create({ email: normalizeEmail(input.email), naam: input.naam.trim(), rol: input.rol, wachtwoordHash }),
        );
        const ids = [...new Set(input.organisatieIds.map((id) => id.toLowerCase()))];
        if (ids.length) await db.getRepository(GebruikerOrganisatie).insert(ids.map((organisatieId) => ({ gebruikerId: gebruiker.id, organisatieId })));
        return gebruiker;
      });
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw conflict(`Er is al een account met e-mailadres ${normalizeEmail(input.email)}.`);
      throw error;
    }
  }

  async wijzigNaam(id: string, naam: string): Promise<Gebruiker> {
    assertValid(naamProblem(naam));
    const repo = this.ds.getRepository(Gebruiker);
    const result = await repo.update({ id }, { naam: naam.trim() });
    if (!result.affected) throw notFound('Gebruiker', id);
    return repo.findOneByOrFail({ id });
  }
}
