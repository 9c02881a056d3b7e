import { createServer, type Server } from 'node:http';
import { serveBestand } from '../core/bestanden.js';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import type { AddressInfo } from 'node:net';
import { CLIENT_ADDRESS_HEADER, createCallerHeaders, createSessionVerifier } from './session.js';

export interface GatewayOptions {
  supergraphSdl: string;
  port: number;
  host?: string;
  /** The accounts subgraph's GraphQL URL: session tokens are verified there. */
  accountsUrl: string;
}

/**
 * Serves a composed supergraph with Hive Gateway's runtime and its Rust query planner.
 * Every subgraph request carries the gateway-signed caller (anonymous included: subgraphs only accept
 * mutations the gateway signed); only the accounts subgraph's Set-Cookie goes back to the client.
 * The client's own headers are never forwarded (Hive Gateway forwards none unless told to).
 */
export function createGateway(supergraphSdl: string, accountsUrl: string) {
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
  });
}

export async function startGateway(options: GatewayOptions): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
  const gateway = createGateway(options.supergraphSdl, options.accountsUrl);
  const server = createServer((req, res) => {
    // The address rate limits count by: the socket's, overwriting anything the client sent under that name.
    req.headers[CLIENT_ADDRESS_HEADER] = req.socket.remoteAddress ?? '';
    void serveBestand(req, res).then(async (served) => {
      if (!served) await gateway(req, res);
    });
  });
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
