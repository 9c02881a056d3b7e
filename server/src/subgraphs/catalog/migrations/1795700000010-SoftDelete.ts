import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SoftDelete1795700000010 implements MigrationInterface {
  name = 'SoftDelete1795700000010';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "catalog"."aanbieder" ADD "verwijderd_op" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "catalog"."aanbieder" ADD "verwijderd_door" uuid`);
    await queryRunner.query(`ALTER TABLE "catalog"."instrument" ADD "verwijderd_op" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "catalog"."instrument" ADD "verwijderd_door" uuid`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "catalog"."instrument" DROP COLUMN "verwijderd_door"`);
    await queryRunner.query(`ALTER TABLE "catalog"."instrument" DROP COLUMN "verwijderd_op"`);
    await queryRunner.query(`ALTER TABLE "catalog"."aanbieder" DROP COLUMN "verwijderd_door"`);
    await queryRunner.query(`ALTER TABLE "catalog"."aanbieder" DROP COLUMN "verwijderd_op"`);
  }
}
