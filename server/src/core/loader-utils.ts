import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type FindOptionsOrder, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';

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

type KeyOf<T> = { [P in keyof T]: T[P] extends string | null ? P : never }[keyof T] & string;

/** One entity per key (e.g. by id), in one `WHERE key IN (...)` per batch. */
export function entityLoader<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, key: KeyOf<T>) {
  return new DataLoader<string, T | null>(async (keys) =>
    oneByKey(keys, await ds.getRepository(entity).findBy({ [key]: In([...keys]) } as FindOptionsWhere<T>), (row) => row[key]),
  );
}

/** All entities per key (e.g. the children of a parent), in one query per batch, in `order`. */
export function entitiesLoader<T extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<T>,
  key: KeyOf<T>,
  order: FindOptionsOrder<T>,
  where: FindOptionsWhere<T> = {},
) {
  return new DataLoader<string, T[]>(async (keys) =>
    manyByKey(keys, await ds.getRepository(entity).find({ where: { ...where, [key]: In([...keys]) }, order }), (row) => row[key]),
  );
}
