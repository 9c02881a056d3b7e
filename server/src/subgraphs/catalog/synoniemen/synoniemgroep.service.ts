import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../../core/caller.js';
import { conflict } from '../../../core/errors.js';
import { Problems } from '../../../core/problems.js';
import { createRecord, deleteRecord, updateRecord, type BeheerRecord, type Row } from '../beheer/record-change.js';
import { Synoniemgroep } from './synoniemgroep.entity.js';
import type { SynoniemgroepInput } from './synoniemgroep.input.js';
import { checkTermen, checkToelichting } from './termen.js';

/** Timestamps stay out of the audit snapshot: only the words and the toelichting are the group's content. */
const SYNONIEMGROEP: BeheerRecord = {
  table: 'synoniemgroep',
  columns: 'id, termen, toelichting, version',
  updatedAt: true,
  what: 'Synoniemgroep',
  entiteit: 'Synoniemgroep',
  wat: 'deze synoniemgroep',
};

/** Validates the whole input at once (BAD_USER_INPUT naming every wrong field) and returns it normalised. */
function checkInput(input: SynoniemgroepInput): { termen: string[]; toelichting: string | null } {
  const problems = new Problems();
  const termen = checkTermen(problems, input.termen);
  const toelichting = checkToelichting(problems, input.toelichting);
  problems.throwIfAny();
  return { termen, toelichting };
}

/**
 * A word belongs to one group only, or the index could not tell which words it stands for. Writers take one
 * lock first, so two beheerders cannot put the same word in two groups at the same moment.
 */
async function assertTermenVrij(em: EntityManager, termen: string[], self: string | null): Promise<void> {
  await em.query(`SELECT pg_advisory_xact_lock(hashtext('catalog.synoniemgroep'))`);
  const [ander]: { termen: string[] }[] = await em.query(
    'SELECT termen FROM synoniemgroep WHERE termen && $1::text[] AND ($2::uuid IS NULL OR id <> $2::uuid) ORDER BY termen[1], id LIMIT 1',
    [termen, self],
  );
  if (!ander) return;
  const dubbel = termen.find((term) => ander.termen.includes(term));
  throw conflict(`Het woord '${dubbel}' staat al in de groep '${ander.termen[0]}'. Een woord kan maar in één groep staan: haal het daar eerst weg.`);
}

const load = (em: EntityManager, id: string) => em.getRepository(Synoniemgroep).findOneByOrFail({ id });

/** Beheer of the search's domain synonyms; the search index follows the table through its trigger. */
export class SynoniemgroepService {
  constructor(private readonly ds: DataSource) {}

  /** Every group, by its first word. */
  list(): Promise<Synoniemgroep[]> {
    return this.ds.getRepository(Synoniemgroep).createQueryBuilder('s').orderBy('s.termen[1]', 'ASC').addOrderBy('s.id', 'ASC').getMany();
  }

  create(caller: Caller, input: SynoniemgroepInput): Promise<Synoniemgroep> {
    return createRecord(this.ds, caller, SYNONIEMGROEP, {
      insert: async (em) => {
        const { termen, toelichting } = checkInput(input);
        await assertTermenVrij(em, termen, null);
        const [row]: [Row] = await em.query(
          `INSERT INTO synoniemgroep (termen, toelichting) VALUES ($1, $2) RETURNING ${SYNONIEMGROEP.columns}`,
          [termen, toelichting],
        );
        return row;
      },
      result: load,
    });
  }

  /** Replaces the words and the toelichting of a group the user saw at `version`. */
  update(caller: Caller, id: string, version: number, input: SynoniemgroepInput): Promise<Synoniemgroep> {
    return updateRecord(this.ds, caller, SYNONIEMGROEP, id, version, {
      apply: async (em) => {
        const { termen, toelichting } = checkInput(input);
        await assertTermenVrij(em, termen, id);
        await em.query('UPDATE synoniemgroep SET termen = $2, toelichting = $3 WHERE id = $1', [id, termen, toelichting]);
      },
      result: (em) => load(em, id),
    });
  }

  /** `version` null: deleted whatever its version (the API lets the caller leave it out). */
  delete(caller: Caller, id: string, version: number | null): Promise<boolean> {
    return deleteRecord(this.ds, caller, SYNONIEMGROEP, id, version);
  }
}
