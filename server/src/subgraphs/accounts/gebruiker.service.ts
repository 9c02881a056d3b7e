import type { DataSource } from 'typeorm';
import { guardConstraints } from '../../core/constraints.js';
import { badUserInput, notFound } from '../../core/errors.js';
import { runMutation } from '../../core/mutation.js';
import type { EntityManager } from 'typeorm';
import { assertUuid } from '../../core/ids.js';
import { decodeCursor, encodeCursor, pageSize, type Connection } from '../../core/pagination.js';
import type { Actor } from '../../core/audit.js';
import { writeGebeurtenis } from './account-gebeurtenis.service.js';
import { AccountGebeurtenisSoort as Soort, Rol } from './accounts.enums.js';
import { GebruikerOrganisatie } from './gebruiker-organisatie.entity.js';
import { Gebruiker } from './gebruiker.entity.js';
import { hashPassword } from './password.js';
import { Sessie } from './sessie.entity.js';
import { Problems } from '../../core/problems.js';
import { checkEmail, checkNaam, checkOrganisatieIds, checkPassword, normalizeEmail } from './validation.js';

export interface NieuweGebruiker {
  /** Only the demo seed gives one (fixed ids other subgraphs' demo data refer to); otherwise generated. */
  id?: string;
  email: string;
  naam: string;
  rol: Rol;
  organisatieIds: string[];
  password: string;
}

/** Seeding and test set-up act as nobody, from nowhere. */
const SYSTEM: Actor = { callerId: null, clientAddress: null };

export class GebruikerService {
  constructor(private readonly ds: DataSource) {}

  /**
   * Creates an account with its organisaties. The organisatie ids are only checked for form: they belong to the
   * catalog, which accounts does not read.
   */
  async create(input: NieuweGebruiker, actor: Actor = SYSTEM): Promise<Gebruiker> {
    const problems = new Problems();
    checkEmail(problems, input.email);
    checkNaam(problems, input.naam);
    checkOrganisatieIds(problems, input.organisatieIds);
    checkPassword(problems, input.password, 'password');
    problems.throwIfAny();
    const wachtwoordHash = await hashPassword(input.password);
    return guardConstraints(this.ds.transaction(async (db) => {
      const gebruiker = await db.getRepository(Gebruiker).save(
        db.getRepository(Gebruiker).create({ id: input.id, email: normalizeEmail(input.email), naam: input.naam.trim(), rol: input.rol, wachtwoordHash }),
      );
      const ids = [...new Set(input.organisatieIds.map((id) => id.toLowerCase()))];
      if (ids.length) await db.getRepository(GebruikerOrganisatie).insert(ids.map((organisatieId) => ({ gebruikerId: gebruiker.id, organisatieId })));
      await writeGebeurtenis(db, actor, {
        soort: Soort.GEBRUIKER_AANGEMAAKT,
        gebruikerId: gebruiker.id,
        email: gebruiker.email,
        details: { naam: gebruiker.naam, rol: gebruiker.rol, organisatieIds: ids },
      });
      return gebruiker;
    }), { duplicate: `Er is al een account met e-mailadres ${normalizeEmail(input.email)}.` });
  }

  async wijzigNaam(id: string, naam: string, actor: Actor): Promise<Gebruiker> {
    const problems = new Problems();
    checkNaam(problems, naam);
    problems.throwIfAny();
    const nieuw = naam.trim();
    return runMutation(this.ds, {
      lock: (db) => lockGebruiker(db, id),
      apply: async (db, voor) => {
        if (nieuw !== voor.naam) await db.getRepository(Gebruiker).update({ id }, { naam: nieuw });
      },
      audit: async (db, voor) => {
        if (nieuw === voor.naam) return;
        await writeGebeurtenis(db, actor, { soort: Soort.PROFIEL_GEWIJZIGD, gebruikerId: id, email: voor.email, details: { naam: { voor: voor.naam, na: nieuw } } });
      },
      result: (db) => db.getRepository(Gebruiker).findOneByOrFail({ id }),
    });
  }

  /**
   * Switches an account on or off. Switching off ends all its sessions in the same transaction, and the session
   * check also looks at `actief`, so not a single request gets through afterwards. Nobody switches themselves
   * off: the last landelijk beheerder could lock everyone out of beheer.
   */
  async zetActief(id: string, actief: boolean, actor: Actor): Promise<Gebruiker> {
    assertUuid(id, 'id');
    if (id === actor.callerId) throw badUserInput('Je kunt je eigen account niet (de)activeren.', [{ field: 'id', message: 'Dit is je eigen account.' }]);
    let ended = 0;
    return runMutation(this.ds, {
      lock: (db) => lockGebruiker(db, id),
      apply: async (db, voor) => {
        if (voor.actief === actief) return;
        await db.getRepository(Gebruiker).update({ id }, { actief });
        if (!actief) ended = (await db.getRepository(Sessie).delete({ gebruikerId: id })).affected ?? 0;
      },
      audit: async (db, voor) => {
        if (voor.actief === actief) return;
        await writeGebeurtenis(db, actor, {
          soort: actief ? Soort.GEACTIVEERD : Soort.GEDEACTIVEERD,
          gebruikerId: id,
          email: voor.email,
          details: actief ? null : { beeindigdeSessies: ended },
        });
      },
      result: (db) => db.getRepository(Gebruiker).findOneByOrFail({ id }),
    });
  }

  /** Accounts by e-mail address; `zoek` matches part of the address or the naam, case-insensitively. */
  async list(args: { first?: number | null; after?: string | null; zoek?: string | null }): Promise<Connection<Gebruiker>> {
    const size = pageSize(args.first);
    const query = this.ds.getRepository(Gebruiker).createQueryBuilder('g');
    const zoek = args.zoek?.trim();
    if (zoek) {
      // The search text is literal: % and _ match only themselves.
      const pattern = `%${zoek.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
      query.andWhere('(g.email ILIKE :pattern OR g.naam ILIKE :pattern)', { pattern });
    }
    const totalCount = await query.getCount();
    if (args.after) {
      const [email, id] = decodeCursor(args.after, ['string', 'string']);
      query.andWhere('(g.email, g.id::text) > (:email, :id)', { email, id });
    }
    const rows = await query.orderBy('g.email', 'ASC').addOrderBy('g.id::text', 'ASC').limit(size + 1).getMany();
    const nodes = rows.slice(0, size);
    const last = nodes.at(-1);
    return { totalCount, nodes, pageInfo: { hasNextPage: rows.length > size, endCursor: last ? encodeCursor([last.email, last.id]) : null } };
  }
}

async function lockGebruiker(db: EntityManager, id: string): Promise<Gebruiker> {
  const gebruiker = await db.getRepository(Gebruiker).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!gebruiker) throw notFound('Gebruiker', id);
  return gebruiker;
}
