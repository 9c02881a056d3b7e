import type { DataSource } from 'typeorm';
import { readIdentity, type RequestIdentity } from './caller.js';

/**
 * Everything a resolver may touch during one request. Loaders are created per request
 * (never at module scope) so one caller's cache never serves another; services are
 * stateless and shared.
 */
export interface RequestContext<Loaders, Services> extends RequestIdentity {
  dataSource: DataSource;
  loaders: Loaders;
  services: Services;
}

/** The part of an incoming HTTP request a context needs (node's IncomingMessage fits). */
export interface ContextRequest {
  req?: { headers: Record<string, string | string[] | undefined> };
}

export type ContextFactory<Context> = (request?: ContextRequest) => Promise<Context>;

/** `subgraph`: the subgraph's own name, the audience its gateway-signed caller headers must name. */
export function createContextFactory<Loaders, Services>(
  subgraph: string,
  dataSource: DataSource,
  createLoaders: () => Loaders,
  services: Services,
): ContextFactory<RequestContext<Loaders, Services>> {
  return async (request) => ({
    ...readIdentity(request?.req?.headers ?? {}, subgraph),
    dataSource,
    loaders: createLoaders(),
    services,
  });
}
