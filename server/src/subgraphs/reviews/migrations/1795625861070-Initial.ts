import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795625861070 implements MigrationInterface {
  name = 'Initial1795625861070';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "reviews"."instrument" ("id" uuid NOT NULL, "organisatie_id" uuid NOT NULL, "gids" text NOT NULL, "publiceren" boolean NOT NULL, "publiceer_vanaf" date, "publiceer_tot_en_met" date, CONSTRAINT "PK_1707dc7e7c2845211b38bef3d29" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "reviews"."audit_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tijdstip" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "gebruiker_id" uuid, "client_adres" text, "actie" text NOT NULL, "review_id" uuid NOT NULL, "instrument_id" uuid NOT NULL, "voor" jsonb, "na" jsonb, CONSTRAINT "PK_2c07dcda4cbae68f1cbbe6d7426" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_664e0fb0555c9e75af46a79dad" ON "reviews"."audit_record" ("review_id", "tijdstip") `);
    await queryRunner.query(`CREATE TABLE "reviews"."review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "instrument_id" uuid NOT NULL, "auteur_id" uuid NOT NULL, "organisatie_id" uuid, "sterren" smallint NOT NULL, "resultaat" smallint, "uitvoering" smallint, "tekst" text, "toelichting_resultaat" text, "toelichting_uitvoering" text, "verborgen_op" TIMESTAMP WITH TIME ZONE, "verborgen_door" uuid, "verberg_reden" text, "ingetrokken_op" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "review_uitvoering" CHECK ("uitvoering" BETWEEN 1 AND 5), CONSTRAINT "review_resultaat" CHECK ("resultaat" BETWEEN 1 AND 5), CONSTRAINT "review_sterren" CHECK ("sterren" BETWEEN 1 AND 5), CONSTRAINT "PK_2e4299a343a81574217255c00ca" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "review_per_instrument" ON "reviews"."review" ("instrument_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "review_een_per_auteur" ON "reviews"."review" ("instrument_id", "auteur_id") WHERE "ingetrokken_op" IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "reviews"."review_een_per_auteur"`);
    await queryRunner.query(`DROP INDEX "reviews"."review_per_instrument"`);
    await queryRunner.query(`DROP TABLE "reviews"."review"`);
    await queryRunner.query(`DROP INDEX "reviews"."IDX_664e0fb0555c9e75af46a79dad"`);
    await queryRunner.query(`DROP TABLE "reviews"."audit_record"`);
    await queryRunner.query(`DROP TABLE "reviews"."instrument"`);
  }
}
