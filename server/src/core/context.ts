import type { DataSource } from 'typeorm';

/**
 * Everything a resolver may touch during one request. Loaders are created per request
 * (never at module scope) so one caller's cache never serves another; services are
 * stateless and shared.
 */
export interface RequestContext<Loaders, Services> {
  dataSource: DataSource;
  loaders: Loaders;
  services: Services;
}

export function createContextFactory<Loaders, Services>(dataSource: DataSource, createLoaders: () => Loaders, services: Services) {
  return async (): Promise<RequestContext<Loaders, Services>> => ({ dataSource, loaders: createLoaders(), services });
}
