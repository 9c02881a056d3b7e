import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditRecord1795547655368 implements MigrationInterface {
  name = 'AuditRecord1795547655368';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "catalog"."audit_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tijdstip" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "gebruiker_id" uuid NOT NULL, "organisatie_id" uuid NOT NULL, "entiteit" text NOT NULL, "entiteit_id" uuid NOT NULL, "actie" text NOT NULL, "velden" text array NOT NULL, "voor" jsonb, "na" jsonb, CONSTRAINT "PK_2c07dcda4cbae68f1cbbe6d7426" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_fb17e3812fda9a47088a4bbc48" ON "catalog"."audit_record" ("entiteit_id", "tijdstip") `);
    await queryRunner.query(`CREATE INDEX "IDX_7631674d82415b3af58f2e4780" ON "catalog"."audit_record" ("organisatie_id", "tijdstip") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "catalog"."IDX_7631674d82415b3af58f2e4780"`);
    await queryRunner.query(`DROP INDEX "catalog"."IDX_fb17e3812fda9a47088a4bbc48"`);
    await queryRunner.query(`DROP TABLE "catalog"."audit_record"`);
  }
}
