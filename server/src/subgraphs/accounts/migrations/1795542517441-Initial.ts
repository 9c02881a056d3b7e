import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795542517441 implements MigrationInterface {
  name = 'Initial1795542517441';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "accounts"."rol" AS ENUM('LANDELIJK_BEHEERDER', 'REGIO_BEHEERDER', 'PROFESSIONAL')`);
    await queryRunner.query(`CREATE TABLE "accounts"."gebruiker" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "naam" text NOT NULL, "rol" "accounts"."rol" NOT NULL, "wachtwoord_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_a4b45aa4132bc6cf02410c67361" UNIQUE ("email"), CONSTRAINT "gebruiker_email_lower" CHECK ("email" = lower("email")), CONSTRAINT "PK_845e84d6156c1f1964c5450b844" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "accounts"."gebruiker_organisatie" ("gebruiker_id" uuid NOT NULL, "organisatie_id" uuid NOT NULL, CONSTRAINT "PK_29400ccce76d4d18b37c258049b" PRIMARY KEY ("gebruiker_id", "organisatie_id"))`);
    await queryRunner.query(`CREATE INDEX "gebruiker_organisatie_organisatie" ON "accounts"."gebruiker_organisatie" ("organisatie_id") `);
    await queryRunner.query(`CREATE TABLE "accounts"."sessie" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" bytea NOT NULL, "gebruiker_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "verloopt_op" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_091e8d8260fb5a5762bf08be02d" UNIQUE ("token_hash"), CONSTRAINT "PK_59c2f5268c2dc32c46f81459d23" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "sessie_gebruiker" ON "accounts"."sessie" ("gebruiker_id") `);
    await queryRunner.query(`CREATE INDEX "sessie_verloopt_op" ON "accounts"."sessie" ("verloopt_op") `);
    await queryRunner.query(`CREATE TABLE "accounts"."login_limiet" ("key" character varying(255) NOT NULL, "points" integer NOT NULL DEFAULT '0', "expire" bigint, CONSTRAINT "PK_6823c8e7efaea54e725acf83476" PRIMARY KEY ("key"))`);
    await queryRunner.query(`ALTER TABLE "accounts"."gebruiker_organisatie" ADD CONSTRAINT "FK_f79473b8dc9eebfcd364ff4a70d" FOREIGN KEY ("gebruiker_id") REFERENCES "accounts"."gebruiker"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "accounts"."sessie" ADD CONSTRAINT "FK_2b3df4ce1fb13c925b1293c594b" FOREIGN KEY ("gebruiker_id") REFERENCES "accounts"."gebruiker"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "accounts"."sessie" DROP CONSTRAINT "FK_2b3df4ce1fb13c925b1293c594b"`);
    await queryRunner.query(`ALTER TABLE "accounts"."gebruiker_organisatie" DROP CONSTRAINT "FK_f79473b8dc9eebfcd364ff4a70d"`);
    await queryRunner.query(`DROP TABLE "accounts"."login_limiet"`);
    await queryRunner.query(`DROP INDEX "accounts"."sessie_verloopt_op"`);
    await queryRunner.query(`DROP INDEX "accounts"."sessie_gebruiker"`);
    await queryRunner.query(`DROP TABLE "accounts"."sessie"`);
    await queryRunner.query(`DROP INDEX "accounts"."gebruiker_organisatie_organisatie"`);
    await queryRunner.query(`DROP TABLE "accounts"."gebruiker_organisatie"`);
    await queryRunner.query(`DROP TABLE "accounts"."gebruiker"`);
    await queryRunner.query(`DROP TYPE "accounts"."rol"`);
  }
}
