import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: the catalog publishes each organisatie's regio on the event topic `organisatie` (core/events.ts),
 * key = id, payload `{ regioCode }` (null for the landelijke organisatie), from a row trigger; a delete publishes
 * the tombstone. Other subgraphs (insights: which regio's a regiobeheerder may see) learn it from there. The
 * INSERT ... ON CONFLICT and pg_notify are the SQL of core's `publishEvent`, copied because a migration is
 * frozen. Existing organisaties are published once here.
 */
export class OrganisatieEvents1795700000001 implements MigrationInterface {
  name = 'OrganisatieEvents1795700000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION "catalog".publish_organisatie() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.regio_code IS NOT DISTINCT FROM OLD.regio_code THEN RETURN NULL; END IF;
        INSERT INTO events.latest (topic, key, payload)
          VALUES ('organisatie', CASE WHEN TG_OP = 'DELETE' THEN OLD.id::text ELSE NEW.id::text END,
                  CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE jsonb_build_object('regioCode', NEW.regio_code) END)
          ON CONFLICT (topic, key) DO UPDATE SET tx = pg_current_xact_id(), seq = nextval('events.seq'), payload = EXCLUDED.payload;
        PERFORM pg_notify('events', 'organisatie');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER publish_organisatie AFTER INSERT OR UPDATE OR DELETE ON "catalog"."organisatie"
      FOR EACH ROW EXECUTE FUNCTION "catalog".publish_organisatie()`);
    await queryRunner.query(`
      INSERT INTO events.latest (topic, key, payload) SELECT 'organisatie', o.id::text, jsonb_build_object('regioCode', o.regio_code) FROM "catalog"."organisatie" o
      ON CONFLICT (topic, key) DO UPDATE SET tx = pg_current_xact_id(), seq = nextval('events.seq'), payload = EXCLUDED.payload`);
    await queryRunner.query(`SELECT pg_notify('events', 'organisatie')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER publish_organisatie ON "catalog"."organisatie"`);
    await queryRunner.query(`DROP FUNCTION "catalog".publish_organisatie()`);
  }
}
