import type { IncomingMessage, Server } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import type { Logger } from 'pino';
import { REQUEST_ID_HEADER, serviceLogger } from '../core/log.js';
import { authSecret } from '../core/secrets.js';
import { maySetCookies } from '../topology.js';
import { corsFor } from './cors.js';
import { csrfPrevention } from './csrf.js';
import { errorCodes, unreadableParams } from './error-codes.js';
import { gatewayConfigFromEnv, type GatewayConfig } from './config.js';
import { createHttpServer, listen } from './http.js';
import { limitOptions } from './limits.js';
import { noSubscriptions } from './no-subscriptions.js';
import { createReadinessCheck, subgraphEndpoints } from './readiness.js';
import { responseCacheOptions } from './response-cache.js';
import { createApiKeyVerifier, createCallers, createSessionVerifier, type Callers } from './session.js';

export interface GatewayOptions {
  supergraphSdl: string;
  port: number;
  host?: string;
  /** The GraphQL URL of the subgraph that verifies session tokens and API keys (topology.ts: accounts). */
  accountsUrl: string;
  /** Defaults to the environment's (gatewayConfigFromEnv). */
  config?: GatewayConfig;
  /** Defaults to the shared pino logger; the access log and request failures go here. */
  log?: Logger;
}

export const GRAPHQL_PATH = '/graphql';
/**
 * Headers that prove a request was made by a script (which a cross-site form or link cannot add without a CORS
 * preflight): ours, and Apollo's for clients written against Apollo Server.
 */
export const CSRF_HEADERS = ['x-graphql-csrf', 'apollo-require-preflight'];

/**
 * Serves a composed supergraph with Hive Gateway's runtime and its Rust query planner.
 * Every subgraph request carries the gateway-signed caller for that subgraph (anonymous included: subgraphs only
 * accept mutations the gateway signed) and the request id; only the Set-Cookie of a subgraph that sets cookies
 * (topology.ts: accounts) goes back to the client. The client's own headers are never forwarded (Hive Gateway
 * forwards none unless told to).
 */
export function createGateway(supergraphSdl: string, callers: Callers, config: GatewayConfig = gatewayConfigFromEnv()) {
  const limits = limitOptions(config, { callerOf: (req) => callers.callerOf(req) });
  return createGatewayRuntime({
    supergraph: supergraphSdl,
    unifiedGraphHandler,
    graphqlEndpoint: GRAPHQL_PATH,
    landingPage: false,
    logging: 'error',
    cors: corsFor(config.corsOrigins),
    propagateHeaders: {
      fromClientToSubgraphs: async ({ context, subgraphName }) => {
        // The node request the HTTP layer prepared: its session check already ran (http.ts), its headers hold
        // the checked request id and client address.
        const req = (context as { req?: IncomingMessage }).req;
        if (!req) throw new Error('the gateway runtime runs without its node request');
        return { ...(await callers.headersFor(req, subgraphName)), [REQUEST_ID_HEADER]: req.headers[REQUEST_ID_HEADER] as string };
      },
      fromSubgraphsToClient: ({ response, subgraphName }) => {
        if (!maySetCookies(subgraphName)) return undefined;
        const cookies = response.headers.getSetCookie();
        return cookies.length ? { 'set-cookie': cookies } : undefined;
      },
    },
    transportEntries: {
      '*.http': {
        options: {
          // Merging identical in-flight subgraph requests structuredClones every answer (a page: tens of KB), and
          // merges almost nothing here: the signed caller headers carry the client address and the time.
          deduplicateInflightRequests: false,
        },
      },
    },
    ...limits,
    plugins: () => [csrfPrevention(CSRF_HEADERS), unreadableParams, noSubscriptions, errorCodes, ...limits.plugins()],
    ...responseCacheOptions(config),
  });
}

export interface RunningGateway {
  url: string;
  server: Server;
  /** Stops accepting, lets requests in flight finish (up to config.shutdownDrainMs), then closes every connection. */
  close: () => Promise<void>;
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  // A missing or short AUTH_SECRET in production fails here, at start, instead of at the first request.
  authSecret();
  const config = options.config ?? gatewayConfigFromEnv();
  const log = options.log ?? serviceLogger('gateway');
  const callers = createCallers(
    createSessionVerifier(options.accountsUrl, config.sessionCheckTimeoutMs, log),
    createApiKeyVerifier(options.accountsUrl, config.sessionCheckTimeoutMs, log),
  );
  const gateway = createGateway(options.supergraphSdl, callers, config);
  const readiness = createReadinessCheck(async () => !!(await gateway.getSchema()), subgraphEndpoints(options.supergraphSdl));
  const http = createHttpServer({
    graphql: (req, res) => gateway(req, res),
    // The node request as server context, as for /graphql: propagateHeaders and the rate limit read it.
    runtimeFetch: async (request, req) => gateway.fetch(request, { req }),
    graphqlPath: GRAPHQL_PATH,
    callers,
    readiness,
    config,
    log,
  });
  const port = await listen(http.server, options.port, options.host);
  return {
    url: `http://localhost:${port}${GRAPHQL_PATH}`,
    server: http.server,
    close: async () => {
      await http.close();
      await gateway.dispose();
    },
  };
}
