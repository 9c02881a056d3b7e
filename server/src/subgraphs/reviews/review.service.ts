import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../core/caller.js';
import { mayManage } from '../../core/access.js';
import { snapshot, writeAudit, type Actor } from '../../core/audit.js';
import { conflict, forbidden, notFound } from '../../core/errors.js';
import { bumpVersion, lockRow, pick, runMutation, type VersionedTable } from '../../core/mutation.js';
import { Problems } from '../../core/problems.js';
import { amsterdamToday, isPublishedOn } from '../../core/publicatie.js';
import { publishBeoordeling } from './beoordeling.js';
import { REVIEWS_AUDIT, type ReviewActie } from './review-audit.entity.js';
import { MAX_TOELICHTING, plainText } from './review-text.js';
import { Review } from './review.entity.js';
import type { CreateReviewArgs, ReviewFieldsArgs, ReviewValues, UpdateReviewArgs } from './review.input.js';
import { visibleSql, visibleTo } from './review.loader.js';

const REVIEW: VersionedTable = { table: 'review', what: 'Review', updatedAt: true };
const INSTRUMENT: VersionedTable = { table: 'instrument', what: 'Instrument' };
const DUPLICATE = 'Je hebt dit instrument al beoordeeld. Wijzig je review in plaats van een nieuwe te schrijven.';

interface Locked {
  instrument: { id: string; organisatie_id: string; publiceren: boolean; publiceer_vanaf: string | null; publiceer_tot_en_met: string | null };
  review: Record<string, unknown> & { id: string; auteur_id: string; verborgen_op: Date | null; version: number; sterren: number };
}

function checkScore(problems: Problems, field: string, value: number | null, required: boolean): void {
  if (value === null) problems.check(!required, field, 'Geef 1 tot en met 5 sterren.');
  else problems.check(Number.isInteger(value) && value >= 1 && value <= 5, field, 'Geef 1 tot en met 5 sterren.');
}

function checkToelichting(problems: Problems, field: string, value: string | null): string | null {
  const text = plainText(value);
  problems.check(text === null || text.length <= MAX_TOELICHTING, field, `Een toelichting mag hoogstens ${MAX_TOELICHTING.toLocaleString('nl-NL')} tekens zijn.`);
  return text;
}

/** Validates every field at once (BAD_USER_INPUT) and returns the values to store. */
function reviewValues(given: ReviewFieldsArgs & { sterren?: number | null }, current: ReviewValues | null): ReviewValues {
  const problems = new Problems();
  const values: ReviewValues = {
    sterren: given.sterren ?? current?.sterren ?? (null as unknown as number),
    resultaat: pick(given.resultaat, current?.resultaat ?? null),
    uitvoering: pick(given.uitvoering, current?.uitvoering ?? null),
    tekst: given.tekst === undefined ? (current?.tekst ?? null) : checkToelichting(problems, 'tekst', given.tekst),
    toelichtingResultaat: given.toelichtingResultaat === undefined ? (current?.toelichtingResultaat ?? null) : checkToelichting(problems, 'toelichtingResultaat', given.toelichtingResultaat),
    toelichtingUitvoering: given.toelichtingUitvoering === undefined ? (current?.toelichtingUitvoering ?? null) : checkToelichting(problems, 'toelichtingUitvoering', given.toelichtingUitvoering),
  };
  checkScore(problems, 'sterren', values.sterren, true);
  checkScore(problems, 'resultaat', values.resultaat, false);
  checkScore(problems, 'uitvoering', values.uitvoering, false);
  problems.throwIfAny();
  return values;
}

/** Reviews: writing, moderating and reading one's own. Every write runs core's mutation template. */
export class ReviewService {
  constructor(private readonly ds: DataSource) {}

  /** The caller's review of an instrument (also a hidden one, with its reason); null when there is none. */
  async mine(caller: Caller, instrumentId: string): Promise<Review | null> {
    const rows = await this.ds.getRepository(Review).query(
      `SELECT r.id FROM review r JOIN instrument i ON i.id = r.instrument_id WHERE r.instrument_id = $1 AND r.auteur_id = $2 AND ${visibleSql(3)}`,
      [instrumentId, caller.id, ...visibleTo(caller)],
    );
    return rows.length ? this.ds.getRepository(Review).findOneBy({ id: rows[0].id }) : null;
  }

  create(caller: Caller, actor: Actor, args: CreateReviewArgs): Promise<Review> {
    let id = '';
    return runMutation<Locked['instrument'], Review>(this.ds, {
      lock: (em) => lockRow(em, INSTRUMENT, args.instrumentId),
      authorize: (instrument) => {
        const published = { publiceren: instrument.publiceren, publiceerVanaf: instrument.publiceer_vanaf, publiceerTotEnMet: instrument.publiceer_tot_en_met };
        // An instrument the public cannot see does not exist for a new review either.
        if (!isPublishedOn(published, amsterdamToday())) throw notFound('Instrument', args.instrumentId);
        if (caller.organisatieIds.includes(instrument.organisatie_id)) throw forbidden('Je kunt geen review schrijven over een instrument van je eigen organisatie.');
      },
      apply: async (em, instrument) => {
        const values = reviewValues(args, null);
        const organisatieId = this.organisatieOf(caller, args.organisatieId);
        const [existing] = await em.query('SELECT 1 FROM review WHERE instrument_id = $1 AND auteur_id = $2 AND ingetrokken_op IS NULL', [instrument.id, caller.id]);
        if (existing) throw conflict(DUPLICATE);
        const saved = await em.getRepository(Review).save(em.getRepository(Review).create({ ...values, instrumentId: instrument.id, auteurId: caller.id, organisatieId }));
        id = saved.id;
        await publishBeoordeling(em, instrument.id);
      },
      audit: (em, instrument) => this.audit(em, actor, 'AANGEMAAKT', id, instrument.id, null),
      result: (em) => em.getRepository(Review).findOneByOrFail({ id }),
      constraints: { duplicate: DUPLICATE },
    });
  }

  update(caller: Caller, actor: Actor, args: UpdateReviewArgs): Promise<Review> {
    return this.change(args.id, actor, 'GEWIJZIGD', {
      authorize: (locked) => assertOwnVisible(caller, locked.review),
      version: args.version,
      apply: async (em, locked) => {
        const current = await em.getRepository(Review).findOneByOrFail({ id: locked.review.id });
        const values = reviewValues(args, current);
        await em.getRepository(Review).update({ id: current.id }, values);
      },
    });
  }

  withdraw(caller: Caller, actor: Actor, id: string): Promise<Review> {
    return this.change(id, actor, 'INGETROKKEN', {
      authorize: (locked) => assertOwnVisible(caller, locked.review),
      apply: (em, locked) => em.query('UPDATE review SET ingetrokken_op = now() WHERE id = $1', [locked.review.id]).then(() => undefined),
    });
  }

  hide(caller: Caller, actor: Actor, id: string, reden: string): Promise<Review> {
    return this.change(id, actor, 'VERBORGEN', {
      authorize: (locked) => {
        if (!mayManage(caller, locked.instrument.organisatie_id)) {
          throw forbidden('Alleen een beheerder van de organisatie van het instrument kan deze review verbergen.');
        }
      },
      apply: async (em, locked) => {
        const problems = new Problems();
        const text = plainText(reden);
        problems.check(text !== null, 'reden', 'Geef een reden waarom je de review verbergt.');
        problems.check(text === null || text.length <= MAX_TOELICHTING, 'reden', `De reden mag hoogstens ${MAX_TOELICHTING.toLocaleString('nl-NL')} tekens zijn.`);
        problems.throwIfAny();
        await em.query('UPDATE review SET verborgen_op = coalesce(verborgen_op, now()), verborgen_door = $2, verberg_reden = $3 WHERE id = $1', [locked.review.id, caller.id, text]);
      },
    });
  }

  /**
   * An existing review's change: lock its instrument, then the review (always in that order, so writes of one
   * instrument queue up and each publishes an aggregate that includes the ones before), authorize, version,
   * apply, bump, publish the aggregate, audit.
   */
  private change(
    id: string,
    actor: Actor,
    actie: ReviewActie,
    steps: { authorize(locked: Locked): void; version?: number; apply(em: EntityManager, locked: Locked): Promise<void> },
  ): Promise<Review> {
    return runMutation<Locked, Review>(this.ds, {
      lock: async (em) => {
        const [found]: { instrument_id: string }[] = await em.query('SELECT instrument_id FROM review WHERE id = $1 AND ingetrokken_op IS NULL', [id]);
        const instrument = found && (await em.query('SELECT * FROM instrument WHERE id = $1 FOR UPDATE', [found.instrument_id]))[0];
        if (!instrument) throw notFound('Review', id);
        const review = await lockRow<Locked['review']>(em, REVIEW, id);
        if (review['ingetrokken_op']) throw notFound('Review', id);
        return { instrument, review };
      },
      authorize: steps.authorize,
      version: steps.version === undefined ? undefined : { current: (locked) => locked.review.version, given: steps.version, wat: 'deze review' },
      apply: async (em, locked) => {
        await steps.apply(em, locked);
        await publishBeoordeling(em, locked.instrument.id);
      },
      bump: (em, locked) => bumpVersion(em, REVIEW, locked.review.id),
      audit: (em, locked) => this.audit(em, actor, actie, id, locked.instrument.id, snapshot(locked.review)),
      result: (em) => em.getRepository(Review).findOneByOrFail({ id }),
    });
  }

  private async audit(em: EntityManager, actor: Actor, actie: ReviewActie, reviewId: string, instrumentId: string, voor: Record<string, unknown> | null): Promise<void> {
    const [na] = await em.query('SELECT * FROM review WHERE id = $1', [reviewId]);
    await writeAudit(em, REVIEWS_AUDIT, { actor, actie, reviewId, instrumentId, voor, na: snapshot(na) });
  }

  /** The author's organisatie when writing: one of theirs (the first unless chosen), or none. */
  private organisatieOf(caller: Caller, chosen: string | null | undefined): string | null {
    if (!chosen) return caller.organisatieIds[0] ?? null;
    const problems = new Problems();
    problems.check(caller.organisatieIds.includes(chosen.toLowerCase()), 'organisatieId', 'Kies een organisatie waar je zelf bij hoort.');
    problems.throwIfAny();
    return chosen.toLowerCase();
  }
}

/** Only the author edits or withdraws, and not after a moderator hid the review (they cannot undo that). */
function assertOwnVisible(caller: Caller, review: Locked['review']): void {
  if (review.auteur_id !== caller.id) throw forbidden('Je kunt alleen je eigen review wijzigen of intrekken.');
  if (review.verborgen_op) throw forbidden('Een beheerder heeft deze review verborgen. Je kunt hem niet meer wijzigen of intrekken.');
}
