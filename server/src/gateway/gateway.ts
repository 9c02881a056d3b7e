import type { Server } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { gatewayConfigFromEnv, type GatewayConfig } from './config.js';
import { createHttpServer, listen } from './http.js';
import { limitOptions } from './limits.js';
import { responseCacheOptions } from './response-cache.js';
import { createCallerHeaders, createSessionVerifier } from './session.js';

export interface GatewayOptions {
  supergraphSdl: string;
  port: number;
  host?: string;
  /** The accounts subgraph's GraphQL URL: session tokens are verified there. */
  accountsUrl: string;
  /** Defaults to the environment's (gatewayConfigFromEnv). */
  config?: GatewayConfig;
}

/**
 * Serves a composed supergraph with Hive Gateway's runtime and its Rust query planner.
 * Every subgraph request carries the gateway-signed caller (anonymous included: subgraphs only accept
 * mutations the gateway signed); only the accounts subgraph's Set-Cookie goes back to the client.
 * The client's own headers are never forwarded (Hive Gateway forwards none unless told to).
 */
export function createGateway(supergraphSdl: string, accountsUrl: string, config: GatewayConfig = gatewayConfigFromEnv()) {
  const callerHeaders = createCallerHeaders(createSessionVerifier(accountsUrl));
  return createGatewayRuntime({
    supergraph: supergraphSdl,
    unifiedGraphHandler,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    logging: 'error',
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => callerHeaders(request),
      fromSubgraphsToClient: ({ response, subgraphName }) => {
        if (subgraphName !== 'accounts') return undefined;
        const cookies = response.headers.getSetCookie();
        return cookies.length ? { 'set-cookie': cookies } : undefined;
      },
    },
    ...limitOptions(config),
    ...responseCacheOptions(config),
  });
}

export async function startGateway(options: GatewayOptions): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
  const config = options.config ?? gatewayConfigFromEnv();
  const gateway = createGateway(options.supergraphSdl, options.accountsUrl, config);
  const server = createHttpServer((req, res) => gateway(req, res), config);
  const port = await listen(server, options.port, options.host);
  return {
    url: `http://localhost:${port}/graphql`,
    server,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await gateway.dispose();
    },
  };
}
