import { createServer, type Server } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import type { AddressInfo } from 'node:net';

export interface GatewayOptions {
  supergraphSdl: string;
  port: number;
  host?: string;
}

/**
 * Serves a composed supergraph with Hive Gateway's runtime and its Rust query planner.
 * Kept thin on purpose: the benchmark can put @apollo/gateway beside it.
 */
export function createGateway(supergraphSdl: string) {
  return createGatewayRuntime({
    supergraph: supergraphSdl,
    unifiedGraphHandler,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    logging: 'error',
  });
}

export async function startGateway(options: GatewayOptions): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
  const gateway = createGateway(options.supergraphSdl);
  const server = createServer(gateway);
  await new Promise<void>((resolve) => server.listen(options.port, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/graphql`,
    server,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await gateway.dispose();
    },
  };
}
