import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dutch full-text search that ignores accents ("oriëntatie" = "orientatie"): the `nl` text search
 * configuration, used by the zoekvector columns. Hand-written: TypeORM does not track these objects.
 */
export class SearchConfig1795405100000 implements MigrationInterface {
  name = 'SearchConfig1795405100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA "catalog"`);
    await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION "catalog"."nl" (COPY = pg_catalog.dutch)`);
    await queryRunner.query(
      `ALTER TEXT SEARCH CONFIGURATION "catalog"."nl" ALTER MAPPING FOR hword, hword_part, word WITH "catalog".unaccent, dutch_stem`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION "catalog"."nl"`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
  }
}
