import { DataSource, Logger, MixedList, EntitySchema } from 'typeorm';
import './database.js';
import { ensureEventStore } from './events.js';

export interface SubgraphDataSourceOptions {
  url: string;
  /** The PostgreSQL schema this subgraph owns; it never reads another's. */
  schema: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  logger?: Logger;
  poolSize?: number;
}

export function createSubgraphDataSource(options: SubgraphDataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logger: options.logger,
    // Raw SQL in stores may leave the schema off; TypeORM itself always qualifies.
    extra: { options: `-c search_path=${options.schema},public`, max: options.poolSize ?? 10 },
  });
}

/** Creates the event store and the subgraph's schema if needed and runs its pending migrations, each in its own transaction. */
export async function migrate(dataSource: DataSource, schema: string): Promise<string[]> {
  // Migrations may add triggers that publish events (and publish the rows already there): the store must exist.
  await ensureEventStore(dataSource);
  await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  const ran = await dataSource.runMigrations({ transaction: 'each' });
  return ran.map((migration) => migration.name);
}
