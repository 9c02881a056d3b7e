import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each rollup table's keys besides the day, for adding up the months already folded (frozen here, as migrations are). */
const KEYS: Record<string, string> = {
  interactie_dag: 'gids, regio, totaal, soort',
  bekeken_dag: 'gids, regio, totaal, instrument_id',
  kenmerk_dag: 'gids, regio, totaal, code',
  zonder_resultaat_dag: 'gids, regio, kenmerken, gemeente',
};

export class RollupMonths1795634001788 implements MigrationInterface {
  name = 'RollupMonths1795634001788';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "insights"."interactie_dag_regio_dag"`);
    await queryRunner.query(`DROP INDEX "insights"."bekeken_dag_regio_dag"`);
    await queryRunner.query(`DROP INDEX "insights"."kenmerk_dag_regio_dag"`);
    await queryRunner.query(`DROP INDEX "insights"."zonder_resultaat_dag_regio_dag"`);
    await queryRunner.query(`ALTER TABLE "insights"."interactie_dag" ADD "maand" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "insights"."bekeken_dag" ADD "maand" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "insights"."kenmerk_dag" ADD "maand" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "insights"."zonder_resultaat_dag" ADD "maand" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`CREATE INDEX "interactie_dag_regio_dag" ON "insights"."interactie_dag" ("totaal", "regio", "maand", "dag") `);
    await queryRunner.query(`CREATE INDEX "bekeken_dag_regio_dag" ON "insights"."bekeken_dag" ("totaal", "regio", "maand", "dag") `);
    await queryRunner.query(`CREATE INDEX "kenmerk_dag_regio_dag" ON "insights"."kenmerk_dag" ("totaal", "regio", "maand", "dag") `);
    await queryRunner.query(`CREATE INDEX "zonder_resultaat_dag_regio_dag" ON "insights"."zonder_resultaat_dag" ("regio", "maand", "dag") `);
    // The whole months before the watermark get their month rows now, as the rollup run makes them from here on.
    for (const [table, keys] of Object.entries(KEYS)) {
      await queryRunner.query(`
        INSERT INTO "insights"."${table}" (dag, maand, ${keys}, aantal)
        SELECT date_trunc('month', dag)::date, true, ${keys}, sum(aantal) FROM "insights"."${table}"
        WHERE dag < (SELECT date_trunc('month', tot)::date FROM "insights"."opgerold")
        GROUP BY 1, ${keys}`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of Object.keys(KEYS)) await queryRunner.query(`DELETE FROM "insights"."${table}" WHERE maand`);
    await queryRunner.query(`DROP INDEX "insights"."zonder_resultaat_dag_regio_dag"`);
    await queryRunner.query(`DROP INDEX "insights"."kenmerk_dag_regio_dag"`);
    await queryRunner.query(`DROP INDEX "insights"."bekeken_dag_regio_dag"`);
    await queryRunner.query(`DROP INDEX "insights"."interactie_dag_regio_dag"`);
    await queryRunner.query(`ALTER TABLE "insights"."zonder_resultaat_dag" DROP COLUMN "maand"`);
    await queryRunner.query(`ALTER TABLE "insights"."kenmerk_dag" DROP COLUMN "maand"`);
    await queryRunner.query(`ALTER TABLE "insights"."bekeken_dag" DROP COLUMN "maand"`);
    await queryRunner.query(`ALTER TABLE "insights"."interactie_dag" DROP COLUMN "maand"`);
    await queryRunner.query(`CREATE INDEX "zonder_resultaat_dag_regio_dag" ON "insights"."zonder_resultaat_dag" ("dag", "regio") `);
    await queryRunner.query(`CREATE INDEX "kenmerk_dag_regio_dag" ON "insights"."kenmerk_dag" ("dag", "regio", "totaal") `);
    await queryRunner.query(`CREATE INDEX "bekeken_dag_regio_dag" ON "insights"."bekeken_dag" ("dag", "regio", "totaal") `);
    await queryRunner.query(`CREATE INDEX "interactie_dag_regio_dag" ON "insights"."interactie_dag" ("dag", "regio", "totaal") `);
  }
}
