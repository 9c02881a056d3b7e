import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: the integrators' change feed (sync/registratiecodes.service.ts reads it). One row per organisatie,
 * instrument and registratiecode in its latest state; a code that went, or an instrument deleted, unpublished
 * for good or moved to another organisatie, stays as a tombstone (`verwijderd`). `tx`/`seq` order the changes like
 * core's event store: `tx` is the writing transaction, and readers stop below the oldest one still running.
 *
 * Statement triggers on `registratiecode` and `instrument` call `registratiecode_wijzigingen(ids)`, which first
 * locks those instruments: two transactions that touch one instrument (its naam, its codes) then take turns, and
 * the second computes from what the first committed, so the feed never keeps a stale combination. The publication
 * rule is core/publicatie.ts's, copied into `is_gepubliceerd` because a migration is frozen
 * (`__tests__/publicatie.test.ts` checks they agree); `gepubliceerd` is that of the Dutch day of the write, and the
 * catalog re-runs the function for rows a new day changed (sync/publicatie-job.ts).
 */
export class RegistratiecodeSync1795700000020 implements MigrationInterface {
  name = 'RegistratiecodeSync1795700000020';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE "catalog".registratiecode_wijziging_seq`);
    await queryRunner.query(`
      CREATE TABLE "catalog".registratiecode_wijziging (
        organisatie_id uuid NOT NULL,
        instrument_id uuid NOT NULL,
        code text NOT NULL,
        naam text NOT NULL,
        label text,
        gepubliceerd boolean NOT NULL,
        verwijderd boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now(),
        tx xid8 NOT NULL DEFAULT pg_current_xact_id(),
        seq bigint NOT NULL DEFAULT nextval('"catalog".registratiecode_wijziging_seq'),
        PRIMARY KEY (organisatie_id, instrument_id, code)
      )`);
    await queryRunner.query(`CREATE INDEX registratiecode_wijziging_volgorde ON "catalog".registratiecode_wijziging (organisatie_id, tx, seq)`);
    await queryRunner.query(`CREATE INDEX registratiecode_wijziging_instrument ON "catalog".registratiecode_wijziging (instrument_id)`);
    await queryRunner.query(`
      CREATE FUNCTION "catalog".is_gepubliceerd(publiceren boolean, vanaf date, tot_en_met date, vandaag date) RETURNS boolean
      IMMUTABLE LANGUAGE sql AS $$
        SELECT publiceren AND (tot_en_met IS NULL OR tot_en_met >= vandaag) AND (vanaf IS NULL OR vanaf <= vandaag)
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION "catalog".registratiecode_wijzigingen(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        vandaag date := (now() AT TIME ZONE 'Europe/Amsterdam')::date;
      BEGIN
        IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
        PERFORM 1 FROM "catalog".instrument WHERE id = ANY(ids) ORDER BY id FOR UPDATE;
        INSERT INTO "catalog".registratiecode_wijziging AS w (organisatie_id, instrument_id, code, naam, label, gepubliceerd, verwijderd)
          SELECT i.organisatie_id, i.id, r.code, i.naam, r.label,
                 "catalog".is_gepubliceerd(i.publiceren, i.publiceer_vanaf, i.publiceer_tot_en_met, vandaag), false
          FROM "catalog".instrument i JOIN "catalog".registratiecode r ON r.instrument_id = i.id
          WHERE i.id = ANY(ids) AND i.verwijderd_op IS NULL
        ON CONFLICT (organisatie_id, instrument_id, code) DO UPDATE
          SET naam = EXCLUDED.naam, label = EXCLUDED.label, gepubliceerd = EXCLUDED.gepubliceerd, verwijderd = false,
              updated_at = now(), tx = pg_current_xact_id(), seq = nextval('"catalog".registratiecode_wijziging_seq')
          WHERE (w.naam, w.label, w.gepubliceerd, w.verwijderd) IS DISTINCT FROM (EXCLUDED.naam, EXCLUDED.label, EXCLUDED.gepubliceerd, false);
        UPDATE "catalog".registratiecode_wijziging w
          SET verwijderd = true, updated_at = now(), tx = pg_current_xact_id(), seq = nextval('"catalog".registratiecode_wijziging_seq')
          WHERE w.instrument_id = ANY(ids) AND NOT w.verwijderd AND NOT EXISTS (
            SELECT 1 FROM "catalog".instrument i JOIN "catalog".registratiecode r ON r.instrument_id = i.id
            WHERE i.id = w.instrument_id AND i.organisatie_id = w.organisatie_id AND r.code = w.code AND i.verwijderd_op IS NULL);
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION "catalog".registratiecode_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM "catalog".registratiecode_wijzigingen(ARRAY(SELECT DISTINCT instrument_id FROM nieuw));
        ELSIF TG_OP = 'UPDATE' THEN
          PERFORM "catalog".registratiecode_wijzigingen(ARRAY(SELECT instrument_id FROM nieuw UNION SELECT instrument_id FROM oud));
        ELSE
          PERFORM "catalog".registratiecode_wijzigingen(ARRAY(SELECT DISTINCT instrument_id FROM oud));
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION "catalog".registratiecode_instrument_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM "catalog".registratiecode_wijzigingen(ARRAY(
          SELECT n.id FROM nieuw n JOIN oud o ON o.id = n.id
          WHERE (n.naam, n.organisatie_id, n.publiceren, n.publiceer_vanaf, n.publiceer_tot_en_met, n.verwijderd_op)
                IS DISTINCT FROM (o.naam, o.organisatie_id, o.publiceren, o.publiceer_vanaf, o.publiceer_tot_en_met, o.verwijderd_op)));
        RETURN NULL;
      END $$`);
    const transitions = { INSERT: 'NEW TABLE AS nieuw', UPDATE: 'OLD TABLE AS oud NEW TABLE AS nieuw', DELETE: 'OLD TABLE AS oud' };
    for (const [event, tables] of Object.entries(transitions)) {
      await queryRunner.query(`
        CREATE TRIGGER registratiecode_wijziging_${event.toLowerCase()} AFTER ${event} ON "catalog".registratiecode
        REFERENCING ${tables} FOR EACH STATEMENT EXECUTE FUNCTION "catalog".registratiecode_trigger()`);
    }
    await queryRunner.query(`
      CREATE TRIGGER registratiecode_wijziging_instrument AFTER UPDATE ON "catalog".instrument
      REFERENCING OLD TABLE AS oud NEW TABLE AS nieuw FOR EACH STATEMENT EXECUTE FUNCTION "catalog".registratiecode_instrument_trigger()`);
    // The codes there are now.
    await queryRunner.query(`SELECT "catalog".registratiecode_wijzigingen(ARRAY(SELECT DISTINCT instrument_id FROM "catalog".registratiecode))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER registratiecode_wijziging_instrument ON "catalog".instrument`);
    for (const event of ['insert', 'update', 'delete']) await queryRunner.query(`DROP TRIGGER registratiecode_wijziging_${event} ON "catalog".registratiecode`);
    await queryRunner.query(`DROP FUNCTION "catalog".registratiecode_instrument_trigger()`);
    await queryRunner.query(`DROP FUNCTION "catalog".registratiecode_trigger()`);
    await queryRunner.query(`DROP FUNCTION "catalog".registratiecode_wijzigingen(uuid[])`);
    await queryRunner.query(`DROP FUNCTION "catalog".is_gepubliceerd(boolean, date, date, date)`);
    await queryRunner.query(`DROP TABLE "catalog".registratiecode_wijziging`);
    await queryRunner.query(`DROP SEQUENCE "catalog".registratiecode_wijziging_seq`);
  }
}
