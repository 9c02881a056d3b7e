import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795628031735 implements MigrationInterface {
  name = 'Initial1795628031735';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "insights"."instrument" ("id" uuid NOT NULL, "gids" text NOT NULL, CONSTRAINT "PK_1707dc7e7c2845211b38bef3d29" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "insights"."interactie" ("id" BIGSERIAL NOT NULL, "tijdstip" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "soort" text NOT NULL, "gids" text NOT NULL, "instrument_id" uuid, "kenmerken" text array, "regio" text, "gemeente" text, "resultaten" integer, "tekst_gebruikt" boolean, "tab" text, CONSTRAINT "PK_01a878d852a7bf6b5bca8456574" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "interactie_instrument_tijdstip" ON "insights"."interactie" ("instrument_id", "tijdstip") `);
    await queryRunner.query(`CREATE INDEX "interactie_tijdstip" ON "insights"."interactie" ("tijdstip") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "insights"."interactie_tijdstip"`);
    await queryRunner.query(`DROP INDEX "insights"."interactie_instrument_tijdstip"`);
    await queryRunner.query(`DROP TABLE "insights"."interactie"`);
    await queryRunner.query(`DROP TABLE "insights"."instrument"`);
  }
}
