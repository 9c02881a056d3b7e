import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ApiKeys1795634182764 implements MigrationInterface {
  name = 'ApiKeys1795634182764';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "accounts"."api_key_scope" AS ENUM('REGISTRATIECODES', 'DASHBOARD')`);
    await queryRunner.query(`CREATE TABLE "accounts"."api_key" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisatie_id" uuid NOT NULL, "naam" text NOT NULL, "scopes" "accounts"."api_key_scope" array NOT NULL, "hash" bytea NOT NULL, "prefix" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "expires_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_45e0aa2a880b928326a05a28885" UNIQUE ("hash"), CONSTRAINT "PK_b1bd840641b8acbaad89c3d8d11" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "api_key_organisatie" ON "accounts"."api_key" ("organisatie_id", "created_at") `);
    await queryRunner.query(`ALTER TYPE "accounts"."account_gebeurtenis_soort" RENAME TO "account_gebeurtenis_soort_old"`);
    await queryRunner.query(`CREATE TYPE "accounts"."account_gebeurtenis_soort" AS ENUM('LOGIN_GELUKT', 'LOGIN_MISLUKT', 'GEWEIGERD_DOOR_LIMIET', 'UITGELOGD', 'GEBRUIKER_AANGEMAAKT', 'WACHTWOORD_GEWIJZIGD', 'WACHTWOORD_ONJUIST', 'PROFIEL_GEWIJZIGD', 'GEDEACTIVEERD', 'GEACTIVEERD', 'API_SLEUTEL_AANGEMAAKT', 'API_SLEUTEL_INGETROKKEN')`);
    await queryRunner.query(`ALTER TABLE "accounts"."account_gebeurtenis" ALTER COLUMN "soort" TYPE "accounts"."account_gebeurtenis_soort" USING "soort"::"text"::"accounts"."account_gebeurtenis_soort"`);
    await queryRunner.query(`DROP TYPE "accounts"."account_gebeurtenis_soort_old"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "accounts"."account_gebeurtenis_soort_old" AS ENUM('LOGIN_GELUKT', 'LOGIN_MISLUKT', 'GEWEIGERD_DOOR_LIMIET', 'UITGELOGD', 'GEBRUIKER_AANGEMAAKT', 'WACHTWOORD_GEWIJZIGD', 'WACHTWOORD_ONJUIST', 'PROFIEL_GEWIJZIGD', 'GEDEACTIVEERD', 'GEACTIVEERD')`);
    await queryRunner.query(`ALTER TABLE "accounts"."account_gebeurtenis" ALTER COLUMN "soort" TYPE "accounts"."account_gebeurtenis_soort_old" USING "soort"::"text"::"accounts"."account_gebeurtenis_soort_old"`);
    await queryRunner.query(`DROP TYPE "accounts"."account_gebeurtenis_soort"`);
    await queryRunner.query(`ALTER TYPE "accounts"."account_gebeurtenis_soort_old" RENAME TO "account_gebeurtenis_soort"`);
    await queryRunner.query(`DROP INDEX "accounts"."api_key_organisatie"`);
    await queryRunner.query(`DROP TABLE "accounts"."api_key"`);
    await queryRunner.query(`DROP TYPE "accounts"."api_key_scope"`);
  }
}
