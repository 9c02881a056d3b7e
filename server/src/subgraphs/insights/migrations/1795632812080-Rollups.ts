import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Rollups1795632812080 implements MigrationInterface {
  name = 'Rollups1795632812080';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "insights"."interactie_dag" ("id" BIGSERIAL NOT NULL, "dag" date NOT NULL, "gids" text NOT NULL, "regio" text, "aantal" integer NOT NULL, "totaal" boolean NOT NULL, "soort" text NOT NULL, CONSTRAINT "PK_86099aa5201b92342c730c69d5f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "interactie_dag_regio_dag" ON "insights"."interactie_dag" ("totaal", "regio", "dag") `);
    await queryRunner.query(`CREATE TABLE "insights"."bekeken_dag" ("id" BIGSERIAL NOT NULL, "dag" date NOT NULL, "gids" text NOT NULL, "regio" text, "aantal" integer NOT NULL, "totaal" boolean NOT NULL, "instrument_id" uuid NOT NULL, CONSTRAINT "PK_ea11859df8f92abec8334cb961a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "bekeken_dag_regio_dag" ON "insights"."bekeken_dag" ("totaal", "regio", "dag") `);
    await queryRunner.query(`CREATE TABLE "insights"."kenmerk_dag" ("id" BIGSERIAL NOT NULL, "dag" date NOT NULL, "gids" text NOT NULL, "regio" text, "aantal" integer NOT NULL, "totaal" boolean NOT NULL, "code" text NOT NULL, CONSTRAINT "PK_a9c2c775bc3162ab8408ebb8d51" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "kenmerk_dag_regio_dag" ON "insights"."kenmerk_dag" ("totaal", "regio", "dag") `);
    await queryRunner.query(`CREATE TABLE "insights"."zonder_resultaat_dag" ("id" BIGSERIAL NOT NULL, "dag" date NOT NULL, "gids" text NOT NULL, "regio" text, "aantal" integer NOT NULL, "kenmerken" text array NOT NULL, "gemeente" text, CONSTRAINT "PK_33c2c6c67f93f455cf9c166915f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "zonder_resultaat_dag_regio_dag" ON "insights"."zonder_resultaat_dag" ("regio", "dag") `);
    await queryRunner.query(`CREATE TABLE "insights"."opgerold" ("enkel" boolean NOT NULL DEFAULT true, "tot" date NOT NULL, CONSTRAINT "CHK_aa9a229205aa76c70eeb0d3c5d" CHECK ("enkel"), CONSTRAINT "PK_941557dacf6cdf0058c81288ad1" PRIMARY KEY ("enkel"))`);
    // Nothing folded yet: every event counts raw until the first rollup run.
    await queryRunner.query(`INSERT INTO "insights"."opgerold" ("enkel", "tot") VALUES (true, '1970-01-01')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "insights"."opgerold"`);
    await queryRunner.query(`DROP INDEX "insights"."zonder_resultaat_dag_regio_dag"`);
    await queryRunner.query(`DROP TABLE "insights"."zonder_resultaat_dag"`);
    await queryRunner.query(`DROP INDEX "insights"."kenmerk_dag_regio_dag"`);
    await queryRunner.query(`DROP TABLE "insights"."kenmerk_dag"`);
    await queryRunner.query(`DROP INDEX "insights"."bekeken_dag_regio_dag"`);
    await queryRunner.query(`DROP TABLE "insights"."bekeken_dag"`);
    await queryRunner.query(`DROP INDEX "insights"."interactie_dag_regio_dag"`);
    await queryRunner.query(`DROP TABLE "insights"."interactie_dag"`);
  }
}
