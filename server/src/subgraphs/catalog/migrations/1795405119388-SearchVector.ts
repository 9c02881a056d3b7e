import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SearchVector1795405119388 implements MigrationInterface {
  name = 'SearchVector1795405119388';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "catalog"."aanbieder" ADD "zoekvector" tsvector`);
    await queryRunner.query(`ALTER TABLE "catalog"."instrument" ADD "zoekvector" tsvector`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "catalog"."instrument" DROP COLUMN "zoekvector"`);
    await queryRunner.query(`ALTER TABLE "catalog"."aanbieder" DROP COLUMN "zoekvector"`);
  }
}
