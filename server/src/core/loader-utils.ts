import DataLoader from 'dataloader';
import {
  In, type DataSource, type EntityMetadata, type EntityTarget, type FindOptionsOrder, type FindOptionsWhere, type ObjectLiteral,
} from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';

/**
 * DataLoader batch functions must answer in the order of the keys they were given.
 * These helpers turn an unordered result set into that order.
 */
export function oneByKey<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): (R | null)[] {
  const map = new Map<K, R>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((key) => map.get(key) ?? null);
}

export function manyByKey<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): R[][] {
  const map = new Map<K, R[]>();
  for (const key of keys) map.set(key, []);
  for (const row of rows) map.get(keyOf(row))?.push(row);
  return keys.map((key) => map.get(key) ?? []);
}

/** The values of a `loadMany` that were found (drops nulls and per-key errors). */
export function found<T>(items: readonly (T | null | Error)[]): T[] {
  return items.filter((item): item is T => item !== null && !(item instanceof Error));
}

interface PendingSelect {
  sql: string;
  params: unknown[];
  resolve: (rows: any[]) => void;
  reject: (error: unknown) => void;
}

/**
 * Per request: the SELECTs that loaders dispatch in the same turn of the event loop go out as ONE statement, each
 * result as a JSON array in a column of its own. The nested fields of a page (aanbieder, kenmerken, gebieden,
 * contactpersonen, registratiecodes: five loaders) then cost one round trip (parse, plan, a wake-up of the backend
 * and of us) instead of five. A lone SELECT goes out unchanged.
 * Rows of a combined SELECT arrive as JSON, so a SELECT given here must return only columns that survive it: text,
 * uuid, boolean, int, enums, arrays, date (as text, as our pg parser returns it anyway); numeric and bigint cast
 * to text; timestamps only through `EntityReader`, which turns their ISO strings back into Dates. The JSON
 * aggregate keeps the order of a sorted subquery (PostgreSQL does so when the outer level only aggregates).
 */
export class SqlBatch {
  private pending: PendingSelect[] = [];

  constructor(readonly dataSource: DataSource) {}

  select<R = any>(sql: string, params: unknown[] = []): Promise<R[]> {
    return new Promise((resolve, reject) => {
      // DataLoader dispatches its batches on process.nextTick; setImmediate waits until all of them have.
      if (this.pending.push({ sql, params, resolve, reject }) === 1) setImmediate(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 1) {
      const [only] = batch;
      return this.dataSource.query(only!.sql, only!.params).then(only!.resolve, only!.reject);
    }
    const params: unknown[] = [];
    const columns = batch.map((select, i) => {
      const offset = params.length;
      params.push(...select.params);
      const sql = offset ? select.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`) : select.sql;
      return `(SELECT coalesce(json_agg(q), '[]') FROM (${sql}) q) AS r${i}`;
    });
    try {
      const [row]: Record<string, any[]>[] = await this.dataSource.query(`SELECT ${columns.join(', ')}`, params);
      batch.forEach((select, i) => select.resolve(row![`r${i}`]!));
    } catch (error) {
      for (const select of batch) select.reject(error);
    }
  }
}

/** Column types pg returns as strings but JSON would turn into (lossy) numbers. */
const AS_TEXT = new Set<unknown>(['numeric', 'decimal', 'bigint', 'int8', 'money']);
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Reads an entity's rows with plain SQL and hydrates them as TypeORM would (its value transformers and date
 * handling), without TypeORM's query builder and result transformer, which cost more CPU than the query on a page.
 * Only for flat entities: columns of the entity's own table, relations left unloaded (as `find` without `relations`).
 */
export class EntityReader<T extends ObjectLiteral> {
  private readonly metadata: EntityMetadata;
  private readonly columns: ColumnMetadata[];
  /** The entity's columns of table alias `t`, for a SELECT list. */
  readonly columnList: string;
  /** `<table> t`. */
  readonly table: string;
  /** `SELECT <columns> FROM <table> t`, to which a caller adds WHERE and ORDER BY. */
  readonly selectFrom: string;

  /** One reader per data source and entity: built once, used by every request. */
  static of<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>): EntityReader<T> {
    let readers = EntityReader.readers.get(dataSource);
    if (!readers) EntityReader.readers.set(dataSource, (readers = new Map()));
    let reader = readers.get(entity);
    if (!reader) readers.set(entity, (reader = new EntityReader(dataSource, entity)));
    return reader as EntityReader<T>;
  }
  private static readers = new WeakMap<DataSource, Map<EntityTarget<any>, EntityReader<any>>>();

  private constructor(
    private readonly dataSource: DataSource,
    entity: EntityTarget<T>,
  ) {
    this.metadata = dataSource.getMetadata(entity);
    this.columns = this.metadata.columns.filter((c) => c.isSelect && !c.isVirtual && !c.embeddedMetadata);
    this.columnList = this.columns.map((c) => (AS_TEXT.has(c.type) ? `t.${quote(c.databaseName)}::text AS ${quote(c.databaseName)}` : `t.${quote(c.databaseName)}`)).join(', ');
    this.table = `${this.metadata.tablePath.split('.').map(quote).join('.')} t`;
    this.selectFrom = `SELECT ${this.columnList} FROM ${this.table}`;
  }

  column(property: string): string {
    const column = this.metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${this.metadata.name} has no column ${property}`);
    return `t.${quote(column.databaseName)}`;
  }

  hydrate(row: Record<string, unknown>): T {
    const entity = this.metadata.create(undefined, { fromDeserializer: true }) as T;
    for (const column of this.columns) column.setEntityValue(entity, this.dataSource.driver.prepareHydratedValue(row[column.databaseName], column));
    return entity;
  }
}

type KeyOf<T> = { [P in keyof T]: T[P] extends string | null ? P : never }[keyof T] & string;

/** One entity per key (e.g. by id), in one `WHERE key IN (...)` per batch; through a request's SqlBatch when given one. */
export function entityLoader<T extends ObjectLiteral>(source: DataSource | SqlBatch, entity: EntityTarget<T>, key: KeyOf<T>) {
  if (source instanceof SqlBatch) {
    const reader = EntityReader.of(source.dataSource, entity);
    const sql = `${reader.selectFrom} WHERE ${reader.column(key)} = ANY($1)`;
    return new DataLoader<string, T | null>(async (keys) => oneByKey(keys, (await source.select(sql, [keys])).map((row) => reader.hydrate(row)), (row) => row[key]));
  }
  return new DataLoader<string, T | null>(async (keys) =>
    oneByKey(keys, await source.getRepository(entity).findBy({ [key]: In([...keys]) } as FindOptionsWhere<T>), (row) => row[key]),
  );
}

/**
 * All entities per key (e.g. the children of a parent), in one query per batch, in `order`. Through a request's
 * SqlBatch (plain SQL: no `where`) or the data source (TypeORM's find, with `where`).
 */
export function entitiesLoader<T extends ObjectLiteral>(
  source: DataSource | SqlBatch,
  entity: EntityTarget<T>,
  key: KeyOf<T>,
  order: FindOptionsOrder<T>,
  where: FindOptionsWhere<T> = {},
) {
  if (source instanceof SqlBatch) {
    if (Object.keys(where).length) throw new Error('entitiesLoader: a SqlBatch takes no FindOptions where');
    const reader = EntityReader.of(source.dataSource, entity);
    const orderBy = Object.entries(order).map(([property, direction]) => `${reader.column(property)} ${direction === 'DESC' ? 'DESC' : 'ASC'}`);
    const sql = `${reader.selectFrom} WHERE ${reader.column(key)} = ANY($1)${orderBy.length ? ` ORDER BY ${orderBy.join(', ')}` : ''}`;
    return new DataLoader<string, T[]>(async (keys) => manyByKey(keys, (await source.select(sql, [keys])).map((row) => reader.hydrate(row)), (row) => row[key]));
  }
  return new DataLoader<string, T[]>(async (keys) =>
    manyByKey(keys, await source.getRepository(entity).find({ where: { ...where, [key]: In([...keys]) }, order }), (row) => row[key]),
  );
}
