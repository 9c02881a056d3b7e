import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: the catalog publishes what other subgraphs may know of an instrument on the event topic
 * `instrument` (core/events.ts), key = id, from a row trigger, so every write publishes, also seeds and bulk
 * imports. The payload is the organisatie, the gids and the publication window; a delete publishes the tombstone.
 * The INSERT ... ON CONFLICT and pg_notify are the SQL of core's `publishEvent`, copied because a migration
 * is frozen. Existing instruments are published once here.
 */
const PAYLOAD = (row: string) => `jsonb_build_object('organisatieId', ${row}.organisatie_id, 'gids', ${row}.gids, 'publiceren', ${row}.publiceren,
  'publiceerVanaf', ${row}.publiceer_vanaf, 'publiceerTotEnMet', ${row}.publiceer_tot_en_met)`;

export class InstrumentEvents1795700000000 implements MigrationInterface {
  name = 'InstrumentEvents1795700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION "catalog".publish_instrument() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        instrument_key text := CASE WHEN TG_OP = 'DELETE' THEN OLD.id::text ELSE NEW.id::text END;
        instrument_payload jsonb := CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE ${PAYLOAD('NEW')} END;
      BEGIN
        -- An update that changes none of the published columns publishes nothing.
        IF TG_OP = 'UPDATE' AND instrument_payload = ${PAYLOAD('OLD')} THEN RETURN NULL; END IF;
        INSERT INTO events.latest (topic, key, payload) VALUES ('instrument', instrument_key, instrument_payload)
    ON CONFLICT (topic, key) DO UPDATE SET tx = pg_current_xact_id(), seq = nextval('events.seq'), payload = EXCLUDED.payload;
    PERFORM pg_notify('events', 'instrument');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER publish_instrument AFTER INSERT OR UPDATE OR DELETE ON "catalog"."instrument"
      FOR EACH ROW EXECUTE FUNCTION "catalog".publish_instrument()`);
    await queryRunner.query(`
      INSERT INTO events.latest (topic, key, payload) SELECT 'instrument', i.id::text, ${PAYLOAD('i')} FROM "catalog"."instrument" i
      ON CONFLICT (topic, key) DO UPDATE SET tx = pg_current_xact_id(), seq = nextval('events.seq'), payload = EXCLUDED.payload`);
    await queryRunner.query(`SELECT pg_notify('events', 'instrument')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER publish_instrument ON "catalog"."instrument"`);
    await queryRunner.query(`DROP FUNCTION "catalog".publish_instrument()`);
  }
}
