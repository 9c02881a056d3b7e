import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Generated (the table), then extended by hand: every change to the synonyms is announced on the channel
 * `catalog_changes` as `synoniemen:*`, once per statement, so each catalog replica's search index reloads them
 * (ChangeTracking1795405200000 does the same for instruments). The timestamp follows the hand-numbered
 * migrations before it, so TypeORM keeps the order of `migrations/index.ts`.
 */
export class Synoniemen1795700000030 implements MigrationInterface {
  name = 'Synoniemen1795700000030';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "catalog"."synoniemgroep" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "termen" text array NOT NULL, "toelichting" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b69c8dfacaca32b3b0f8a5e0da5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`
      CREATE FUNCTION "catalog".announce_synoniemen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('catalog_changes', 'synoniemen:*');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER announce_synoniemen AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "catalog"."synoniemgroep"
      FOR EACH STATEMENT EXECUTE FUNCTION "catalog".announce_synoniemen()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER announce_synoniemen ON "catalog"."synoniemgroep"`);
    await queryRunner.query(`DROP FUNCTION "catalog".announce_synoniemen()`);
    await queryRunner.query(`DROP TABLE "catalog"."synoniemgroep"`);
  }
}
