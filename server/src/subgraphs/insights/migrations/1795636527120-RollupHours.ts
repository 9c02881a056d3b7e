import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The watermark becomes a moment (folded hour by hour); a day watermark becomes the start of that Dutch day. */
export class RollupHours1795636527120 implements MigrationInterface {
  name = 'RollupHours1795636527120';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "insights"."opgerold" ALTER COLUMN "tot" TYPE TIMESTAMP WITH TIME ZONE USING ("tot"::timestamp AT TIME ZONE 'Europe/Amsterdam')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "insights"."opgerold" ALTER COLUMN "tot" TYPE date USING (("tot" AT TIME ZONE 'Europe/Amsterdam')::date)`);
  }
}
