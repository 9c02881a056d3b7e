import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['kenmerk', 'regio', 'gemeente'] as const;
/** A kenmerk's categorie and a gemeente's regio; the other columns stay in the catalog. */
const PAYLOAD = (row: string) =>
  `jsonb_strip_nulls(jsonb_build_object('categorie', to_jsonb(${row})->>'categorie_code', 'regio', to_jsonb(${row})->>'regio_code'))`;
const UPSERT = `ON CONFLICT (topic, key) DO UPDATE SET tx = pg_current_xact_id(), seq = nextval('events.seq'), payload = EXCLUDED.payload`;

/**
 * Hand-written: the catalog publishes the codes of its value lists on the event topic `codes` (core/events.ts),
 * key `<soort>/<code>` (`kenmerk/KK08`, `regio/AM18`, `gemeente/GM0363`), payload `{ categorie }` for a kenmerk,
 * `{ regio }` for a gemeente and `{}` for a regio; a removed code publishes its tombstone. Other subgraphs (insights: refusing events with codes
 * that do not exist) learn them from there. The INSERT ... ON CONFLICT and pg_notify are the SQL of core's
 * `publishEvent`, copied because a migration is frozen. Existing codes are published once here.
 */
export class CodeEvents1795700000002 implements MigrationInterface {
  name = 'CodeEvents1795700000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION "catalog".publish_code() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        soort text := TG_ARGV[0];
        old_payload jsonb := CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE ${PAYLOAD('OLD')} END;
        new_payload jsonb := CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE ${PAYLOAD('NEW')} END;
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.code = OLD.code AND new_payload = old_payload THEN RETURN NULL; END IF;
        IF TG_OP <> 'INSERT' AND (TG_OP = 'DELETE' OR NEW.code <> OLD.code) THEN
          INSERT INTO events.latest (topic, key, payload) VALUES ('codes', soort || '/' || OLD.code, NULL) ${UPSERT};
        END IF;
        IF TG_OP <> 'DELETE' THEN
          INSERT INTO events.latest (topic, key, payload) VALUES ('codes', soort || '/' || NEW.code, new_payload) ${UPSERT};
        END IF;
        PERFORM pg_notify('events', 'codes');
        RETURN NULL;
      END $$`);
    for (const table of TABLES) {
      await queryRunner.query(`
        CREATE TRIGGER publish_code AFTER INSERT OR UPDATE OR DELETE ON "catalog"."${table}"
        FOR EACH ROW EXECUTE FUNCTION "catalog".publish_code('${table}')`);
      await queryRunner.query(`
        INSERT INTO events.latest (topic, key, payload)
        SELECT 'codes', '${table}/' || t.code, ${PAYLOAD('t')} FROM "catalog"."${table}" t
        ${UPSERT}`);
    }
    await queryRunner.query(`SELECT pg_notify('events', 'codes')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.query(`DROP TRIGGER publish_code ON "catalog"."${table}"`);
    await queryRunner.query(`DROP FUNCTION "catalog".publish_code()`);
  }
}
