import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: the `instrument` topic (migration InstrumentEvents) treats an instrument in the prullenbak as
 * deleted. A row with `verwijderd_op` set publishes the tombstone, a restore publishes it again, and the purge of
 * a row that was already a tombstone publishes nothing. Same SQL as InstrumentEvents otherwise (a migration is
 * frozen, so the function is replaced here rather than edited there).
 */
const PAYLOAD = (row: string) => `CASE WHEN ${row}.verwijderd_op IS NOT NULL THEN NULL ELSE jsonb_build_object('organisatieId', ${row}.organisatie_id, 'gids', ${row}.gids,
  'publiceren', ${row}.publiceren, 'publiceerVanaf', ${row}.publiceer_vanaf, 'publiceerTotEnMet', ${row}.publiceer_tot_en_met) END`;

const OLD_PAYLOAD = (row: string) => `jsonb_build_object('organisatieId', ${row}.organisatie_id, 'gids', ${row}.gids, 'publiceren', ${row}.publiceren,
  'publiceerVanaf', ${row}.publiceer_vanaf, 'publiceerTotEnMet', ${row}.publiceer_tot_en_met)`;

const replaceFunction = (payload: (row: string) => string, unchanged: string) => `
  CREATE OR REPLACE FUNCTION "catalog".publish_instrument() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    instrument_key text := CASE WHEN TG_OP = 'DELETE' THEN OLD.id::text ELSE NEW.id::text END;
    instrument_payload jsonb := CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE ${payload('NEW')} END;
  BEGIN
    -- An update that changes none of the published columns publishes nothing.
    IF ${unchanged} THEN RETURN NULL; END IF;
    INSERT INTO events.latest (topic, key, payload) VALUES ('instrument', instrument_key, instrument_payload)
    ON CONFLICT (topic, key) DO UPDATE SET tx = pg_current_xact_id(), seq = nextval('events.seq'), payload = EXCLUDED.payload;
    PERFORM pg_notify('events', 'instrument');
    RETURN NULL;
  END $$`;

export class SoftDeleteEvents1795700000011 implements MigrationInterface {
  name = 'SoftDeleteEvents1795700000011';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(replaceFunction(PAYLOAD,
      `(TG_OP = 'UPDATE' AND instrument_payload IS NOT DISTINCT FROM ${PAYLOAD('OLD')}) OR (TG_OP = 'DELETE' AND OLD.verwijderd_op IS NOT NULL)`));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(replaceFunction(OLD_PAYLOAD, `TG_OP = 'UPDATE' AND instrument_payload = ${OLD_PAYLOAD('OLD')}`));
  }
}
