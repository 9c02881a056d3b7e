import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RecordVersions1795623371290 implements MigrationInterface {
  name = 'RecordVersions1795623371290';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "catalog"."aanbieder" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "catalog"."adres" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "catalog"."contactpersoon" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "catalog"."wijk" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "catalog"."kenmerk" ADD "version" integer NOT NULL DEFAULT '1'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "catalog"."kenmerk" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "catalog"."wijk" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "catalog"."contactpersoon" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "catalog"."adres" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "catalog"."aanbieder" DROP COLUMN "version"`);
  }
}
