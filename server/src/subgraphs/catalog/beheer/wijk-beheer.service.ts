import type { DataSource, EntityManager } from 'typeorm';
import { manageableOrganisaties } from '../../../core/access.js';
import type { Caller } from '../../../core/caller.js';
import type { ConstraintMessages } from '../../../core/constraints.js';
import { conflict } from '../../../core/errors.js';
import { clean, Problems, requireText } from '../../../core/problems.js';
import { Wijk } from '../wijk.entity.js';
import type { CreateWijkInput, UpdateWijkInput } from './records-beheer.input.js';
import { aantal, checkOrganisatie, createRecord, deleteRecord, movedOrganisatie, updateRecord, type BeheerRecord } from './record-change.js';

const WIJK: BeheerRecord = {
  table: 'wijk',
  what: 'Wijk',
  entiteit: 'Wijk',
  wat: 'deze wijk',
  async inUse(em, id) {
    const [{ instrumenten }]: [{ instrumenten: number }] = await em.query('SELECT count(*)::int AS instrumenten FROM instrument_wijk WHERE wijk_id = $1', [id]);
    return instrumenten > 0
      ? `Je kunt deze wijk niet verwijderen: ${aantal(instrumenten, 'instrument is', 'instrumenten zijn')} er nog beschikbaar. Haal de wijk daar eerst weg.`
      : null;
  },
};

/** Two beheerders naming a wijk at the same moment, or its organisatie or gemeente removed meanwhile. */
const WIJK_CONSTRAINTS: ConstraintMessages = {
  duplicate: 'Er is al een wijk met deze naam in deze gemeente.',
  inUse: 'De organisatie of gemeente is intussen verwijderd. Laad de pagina opnieuw.',
};

const checkNaam = (problems: Problems, naam: string | null | undefined) => requireText(problems, 'naam', naam, 'de naam van de wijk', 100);

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

async function assertNaamVrij(em: EntityManager, gemeenteCode: string, naam: string, self: string | null): Promise<void> {
  const rows: unknown[] = await em.query(
    'SELECT 1 FROM wijk WHERE gemeente_code = $1 AND lower(naam) = lower($2) AND ($3::uuid IS NULL OR id <> $3::uuid)',
    [gemeenteCode, naam, self],
  );
  if (rows.length) throw conflict(`Er is al een wijk '${naam}' in deze gemeente.`);
}

const load = (em: EntityManager, id: string) => em.getRepository(Wijk).findOneByOrFail({ id });

/** Beheer of wijken: areas within a gemeente where instruments can be available. */
export class WijkBeheerService {
  constructor(private readonly ds: DataSource) {}

  /** The wijken of a gemeente the caller's organisaties made (the landelijk beheerder: all), on name. */
  async list(caller: Caller, gemeenteCode: string): Promise<Wijk[]> {
    const params: unknown[] = [gemeenteCode];
    const scope = manageableOrganisaties(caller);
    if (scope) params.push(scope);
    const rows: { id: string }[] = await this.ds.query(
      `SELECT id FROM wijk WHERE gemeente_code = $1 AND ${scope ? 'organisatie_id = ANY($2::uuid[])' : 'TRUE'} ORDER BY naam, id`,
      params,
    );
    if (!rows.length) return [];
    const wijken = await this.ds.getRepository(Wijk).createQueryBuilder('w').whereInIds(rows.map((r) => r.id)).getMany();
    const byId = new Map(wijken.map((w) => [w.id, w]));
    return rows.map((r) => byId.get(r.id)!);
  }

  create(caller: Caller, input: CreateWijkInput): Promise<Wijk> {
    return createRecord(this.ds, caller, WIJK, {
      insert: async (em) => {
        const problems = new Problems();
        await checkOrganisatie(em, caller, problems, input.organisatieId);
        const naam = checkNaam(problems, input.naam);
        const gemeenteCode = await checkGemeente(em, problems, input.gemeenteCode);
        problems.throwIfAny();
        await assertNaamVrij(em, gemeenteCode, naam, null);
        const [row] = await em.query('INSERT INTO wijk (naam, gemeente_code, organisatie_id) VALUES ($1, $2, $3) RETURNING *', [naam, gemeenteCode, input.organisatieId]);
        return row;
      },
      result: load,
    }, WIJK_CONSTRAINTS);
  }

  update(caller: Caller, id: string, version: number, input: UpdateWijkInput): Promise<Wijk> {
    return updateRecord(this.ds, caller, WIJK, id, version, {
      apply: async (em, voor) => {
        const problems = new Problems();
        const organisatieId = await movedOrganisatie(em, caller, problems, input.organisatieId, voor.organisatie_id as string | null);
        const naam = checkNaam(problems, input.naam === undefined ? (voor.naam as string) : input.naam);
        const gemeenteCode = input.gemeenteCode == null || input.gemeenteCode === voor.gemeente_code
          ? (voor.gemeente_code as string)
          : await checkGemeente(em, problems, input.gemeenteCode);
        problems.throwIfAny();
        await assertNaamVrij(em, gemeenteCode, naam, id);
        await em.query('UPDATE wijk SET naam = $2, gemeente_code = $3, organisatie_id = $4 WHERE id = $1', [id, naam, gemeenteCode, organisatieId]);
      },
      result: (em) => load(em, id),
    }, WIJK_CONSTRAINTS);
  }

  delete(caller: Caller, id: string, version: number): Promise<boolean> {
    return deleteRecord(this.ds, caller, WIJK, id, version);
  }
}
