import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HardenAccounts1795613832999 implements MigrationInterface {
  name = 'HardenAccounts1795613832999';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "accounts"."account_gebeurtenis_soort" AS ENUM('LOGIN_GELUKT', 'LOGIN_MISLUKT', 'GEWEIGERD_DOOR_LIMIET', 'UITGELOGD', 'GEBRUIKER_AANGEMAAKT', 'WACHTWOORD_GEWIJZIGD', 'WACHTWOORD_ONJUIST', 'PROFIEL_GEWIJZIGD', 'GEDEACTIVEERD', 'GEACTIVEERD')`);
    await queryRunner.query(`CREATE TABLE "accounts"."account_gebeurtenis" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "tijdstip" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "soort" "accounts"."account_gebeurtenis_soort" NOT NULL, "gebruiker_id" uuid, "email" text, "door_gebruiker_id" uuid, "client_adres" text, "details" jsonb, CONSTRAINT "PK_801d89aa1cebe93212a3886d635" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "account_gebeurtenis_gebruiker" ON "accounts"."account_gebeurtenis" ("gebruiker_id", "id") `);
    await queryRunner.query(`ALTER TABLE "accounts"."gebruiker" ADD "actief" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "accounts"."sessie" ADD "laatst_actief_op" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "accounts"."sessie" DROP COLUMN "laatst_actief_op"`);
    await queryRunner.query(`ALTER TABLE "accounts"."gebruiker" DROP COLUMN "actief"`);
    await queryRunner.query(`DROP INDEX "accounts"."account_gebeurtenis_gebruiker"`);
    await queryRunner.query(`DROP TABLE "accounts"."account_gebeurtenis"`);
    await queryRunner.query(`DROP TYPE "accounts"."account_gebeurtenis_soort"`);
  }
}
