import type { DataSource } from 'typeorm';

/**
 * Everything a resolver may touch during one request. Loaders are created per request
 * (never at module scope) so one caller's cache never serves another.
 */
export interface RequestContext<Loaders> {
  dataSource: DataSource;
  loaders: Loaders;
}

export function createContextFactory<Loaders>(dataSource: DataSource, createLoaders: (dataSource: DataSource) => Loaders) {
  return async (): Promise<RequestContext<Loaders>> => ({ dataSource, loaders: createLoaders(dataSource) });
}
