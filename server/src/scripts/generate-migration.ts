import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSubgraphDataSource, migrate } from '../core/data-source.js';
import { ensureDatabase, withDatabase } from '../core/database.js';
import { subgraphByName } from '../subgraphs/registry.js';
import { startThrowawayPostgres } from '../test-support/postgres.js';

/**
 * Usage: npm run migration:generate -w server -- <subgraph> <Name>
 * Applies the existing migrations to a throwaway PostgreSQL, asks TypeORM what the entities
 * still need, and writes that SQL as a new migration file in src/subgraphs/<subgraph>/migrations/.
 */
const [name, title] = process.argv.slice(2);
if (!name || !title || !/^[A-Z][A-Za-z0-9]+$/.test(title)) {
  console.error('Usage: migration:generate <subgraph> <PascalCaseName>');
  process.exit(2);
}
const subgraph = subgraphByName(name);
const pg = await startThrowawayPostgres();
try {
  await ensureDatabase(pg.url, 'generate');
  const dataSource = createSubgraphDataSource({ ...subgraph, url: withDatabase(pg.url, 'generate') });
  await dataSource.initialize();
  await migrate(dataSource, subgraph.schema);
  const sql = await dataSource.driver.createSchemaBuilder().log();
  await dataSource.destroy();
  if (sql.upQueries.length === 0) {
    console.log('Entities and migrations agree: nothing to generate.');
  } else {
    // An enum shared by two tables (enumName) is logged once per table; create and drop it once.
    const once = <Q extends { query: string }>(queries: Q[]) => queries.filter((q, i) => !/^(CREATE|DROP) TYPE/.test(q.query) || queries.findIndex((o) => o.query === q.query) === i);
    const timestamp = Date.now();
    const className = `${title}${timestamp}`;
    const quote = (sql: string) => '`' + sql.replace(/[`\\]/g, (c) => '\\' + c).replace(/\$\{/g, '\\${') + '`';
    const line = (q: { query: string; parameters?: unknown[] }) =>
      `    await queryRunner.query(${quote(q.query)}${q.parameters?.length ? ', ' + JSON.stringify(q.parameters) : ''});`;
    const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${once(sql.upQueries).map(line).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${once(sql.downQueries.reverse()).map(line).join('\n')}
  }
}
`;
    const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/subgraphs', name, 'migrations');
    const file = path.join(dir, `${timestamp}-${title}.ts`);
    writeFileSync(file, source);
    console.log(`Wrote ${path.relative(process.cwd(), file)}; add ${className} to migrations/index.ts.`);
  }
} finally {
  await pg.stop();
}
