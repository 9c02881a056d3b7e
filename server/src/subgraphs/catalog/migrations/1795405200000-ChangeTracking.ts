import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written (TypeORM does not track functions and triggers):
 * - the zoekvector columns are kept up to date by triggers, with a GIN index for SQL text search;
 * - every change to an instrument or its koppelingen is announced on the channel `catalog_changes`,
 *   so each catalog replica keeps its in-memory search index current. One notification per statement:
 *   `instrument:<id>,<id>,...`, or `instrument:*` when the ids do not fit in a notification, and
 *   `aanbieder:<id>,...` / `taxonomie:*` for changes that touch many instruments at once.
 */
const CHANNEL = 'catalog_changes';

const INSTRUMENT_ZOEKVECTOR = `
  setweight(to_tsvector('catalog.nl', coalesce(NEW.naam, '')), 'A') ||
  setweight(to_tsvector('catalog.nl', coalesce(NEW.samenvatting, '') || ' ' || coalesce(NEW.korte_beschrijving, '')), 'B') ||
  setweight(to_tsvector('catalog.nl', coalesce(NEW.doel, '') || ' ' || coalesce(NEW.werkwijze, '') || ' ' || coalesce(regexp_replace(NEW.beschrijving, '<[^>]*>', ' ', 'g'), '')), 'C')`;

/** table -> [kind announced, column holding the id] */
const TRACKED: [string, string, string][] = [
  ['instrument', 'instrument', 'id'],
  ['instrument_kenmerk', 'instrument', 'instrument_id'],
  ['instrument_regio', 'instrument', 'instrument_id'],
  ['instrument_gemeente', 'instrument', 'instrument_id'],
  ['instrument_wijk', 'instrument', 'instrument_id'],
  ['aanbieder', 'aanbieder', 'id'],
  ['kenmerk', 'taxonomie', 'code'],
  ['wijk', 'taxonomie', 'id'],
  ['gemeente', 'taxonomie', 'code'],
];

const EVENTS = [
  ['INSERT', 'NEW TABLE AS changed'],
  ['UPDATE', 'NEW TABLE AS changed'],
  ['DELETE', 'OLD TABLE AS changed'],
] as const;

export class ChangeTracking1795405200000 implements MigrationInterface {
  name = 'ChangeTracking1795405200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION "catalog".instrument_zoekvector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.zoekvector := ${INSTRUMENT_ZOEKVECTOR};
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER instrument_zoekvector BEFORE INSERT OR UPDATE OF naam, samenvatting, korte_beschrijving, doel, werkwijze, beschrijving
      ON "catalog"."instrument" FOR EACH ROW EXECUTE FUNCTION "catalog".instrument_zoekvector()`);
    await queryRunner.query(`
      CREATE FUNCTION "catalog".aanbieder_zoekvector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.zoekvector := to_tsvector('catalog.nl', coalesce(NEW.naam, ''));
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER aanbieder_zoekvector BEFORE INSERT OR UPDATE OF naam
      ON "catalog"."aanbieder" FOR EACH ROW EXECUTE FUNCTION "catalog".aanbieder_zoekvector()`);
    // Rows that existed before this migration get their zoekvector now (the triggers fire on UPDATE OF naam).
    await queryRunner.query(`UPDATE "catalog"."instrument" SET naam = naam`);
    await queryRunner.query(`UPDATE "catalog"."aanbieder" SET naam = naam`);
    await queryRunner.query(`CREATE INDEX "IDX_instrument_zoekvector" ON "catalog"."instrument" USING gin (zoekvector)`);

    // TG_ARGV[0]: the kind announced; TG_ARGV[1]: the id column of the changed rows.
    await queryRunner.query(`
      CREATE FUNCTION "catalog".announce_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE ids text;
      BEGIN
        EXECUTE format('SELECT string_agg(DISTINCT %I::text, '','') FROM changed', TG_ARGV[1]) INTO ids;
        IF ids IS NULL THEN RETURN NULL; END IF;
        IF TG_ARGV[0] = 'taxonomie' OR length(ids) > 7000 THEN ids := '*'; END IF;
        PERFORM pg_notify('${CHANNEL}', TG_ARGV[0] || ':' || ids);
        RETURN NULL;
      END $$`);
    for (const [table, kind, column] of TRACKED) {
      for (const [event, transition] of EVENTS) {
        await queryRunner.query(`
          CREATE TRIGGER announce_${event.toLowerCase()} AFTER ${event} ON "catalog"."${table}"
          REFERENCING ${transition} FOR EACH STATEMENT EXECUTE FUNCTION "catalog".announce_change('${kind}', '${column}')`);
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table] of TRACKED) {
      for (const [event] of EVENTS) await queryRunner.query(`DROP TRIGGER announce_${event.toLowerCase()} ON "catalog"."${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION "catalog".announce_change()`);
    await queryRunner.query(`DROP INDEX "catalog"."IDX_instrument_zoekvector"`);
    await queryRunner.query(`DROP TRIGGER aanbieder_zoekvector ON "catalog"."aanbieder"`);
    await queryRunner.query(`DROP FUNCTION "catalog".aanbieder_zoekvector()`);
    await queryRunner.query(`DROP TRIGGER instrument_zoekvector ON "catalog"."instrument"`);
    await queryRunner.query(`DROP FUNCTION "catalog".instrument_zoekvector()`);
  }
}
