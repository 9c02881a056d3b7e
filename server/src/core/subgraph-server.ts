import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { isIntegration, type RequestIdentity } from './caller.js';
import type { ContextFactory } from './context.js';
import { forbidden, isExpectedError, unauthenticated } from './errors.js';
import { serviceLogger } from './log.js';
import { startSubgraphHttp, type GraphQLHandler, type ReadinessCheck, type RequestScope } from './subgraph-http.js';

export type { ReadinessCheck, RequestScope } from './subgraph-http.js';

/** Errors with a code (ours, or Apollo's parse/validation/bad-request ones) are the client's; anything else is a bug or an outage. */
export function isUnexpectedError(error: unknown): boolean {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  return !isExpectedError(original) && !isExpectedError(error);
}

/** Hides unexpected errors (SQL, bugs) behind a generic message; coded errors pass unchanged. Logged by `logUnexpectedErrors`. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (!isUnexpectedError(error)) return formatted;
  return { message: 'Er ging iets mis op de server.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** Logs what formatError hides, with the request id, so a generic answer can be traced to its cause. */
export const logUnexpectedErrors: ApolloServerPlugin<Partial<RequestScope>> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue, operationName }) {
        for (const error of errors) {
          if (!isUnexpectedError(error)) continue;
          (contextValue.log ?? fallbackLog).error({ err: error.originalError ?? error, path: error.path, operationName }, 'subgraph: unexpected error');
        }
      },
    };
  },
};

const fallbackLog = serviceLogger('subgraph');

/**
 * A subgraph answers mutations only for requests the gateway signed: calling a subgraph's port directly
 * (bypassing session checks and rate limits) can read public data but never change anything. An integration
 * (API key) changes nothing either.
 */
export const gatewayOnlyMutations: ApolloServerPlugin<Partial<RequestIdentity>> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation?.operation === 'mutation' && !contextValue.viaGateway) {
          throw unauthenticated('Wijzigingen gaan alleen via de gateway.');
        }
        // API keys only read, whatever their scope: refused here, once for every mutation of every subgraph.
        if (operation?.operation === 'mutation' && isIntegration(contextValue.caller ?? null)) {
          throw forbidden('Met een API-sleutel kun je niets wijzigen.');
        }
      },
    };
  },
};

/** A context that wants cookies on the HTTP response (accounts: the session cookie). */
export interface ResponseCookies {
  responseCookies?: string[];
}

/** Copies `responseCookies` from the context onto the response as Set-Cookie; the gateway passes them on. */
export const setResponseCookies: ApolloServerPlugin<ResponseCookies> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        // One cookie per response is all accounts ever sets; HeaderMap holds one value per name.
        const [cookie] = contextValue.responseCookies ?? [];
        if (cookie) response.http.headers.set('set-cookie', cookie);
      },
    };
  },
};

export function createApolloServer<Context extends object>(schema: GraphQLSchema, log: Logger = fallbackLog): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema,
    includeStacktraceInErrorResponses: false,
    formatError,
    logger: log,
    plugins: [
      // No Apollo Studio here; traces would only add bytes to every subgraph response.
      ApolloServerPluginInlineTraceDisabled(),
      // Only the gateway calls a subgraph; a browser has nothing to see on its port.
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints: the gateway's response cache decides for itself. The plugin's willResolveField hook alone
      // made Apollo wrap every field resolver of every request (about a tenth of a page's CPU).
      ApolloServerPluginCacheControlDisabled(),
      logUnexpectedErrors as ApolloServerPlugin<Context>,
      gatewayOnlyMutations as ApolloServerPlugin<Context>,
      setResponseCookies as ApolloServerPlugin<Context>,
    ],
  });
}

export interface SubgraphServerOptions {
  /** The subgraph's name: the `service` of its log lines. */
  name: string;
  port: number;
  host?: string;
  maxBodyBytes?: number;
  drainTimeoutMs?: number;
  log?: Logger;
}

export interface SubgraphServer {
  url: string;
  port: number;
  /**
   * Starts answering GraphQL with `server`, and /readyz with `ready`. Until then the port is open but
   * /readyz says 503, so a subgraph can listen (alive) while it migrates and builds its search index.
   */
  serve<Context extends object>(server: ApolloServer<Context>, context: ContextFactory<Context>, ready: ReadinessCheck): Promise<void>;
  /** Graceful: stops accepting, lets running requests finish within the drain timeout, closes the connections, stops Apollo. */
  close(): Promise<void>;
}

/** Opens a subgraph's port; see SubgraphServer. Every request gets `requestId` and `log` in its context. */
export async function listenSubgraph(options: SubgraphServerOptions): Promise<SubgraphServer> {
  const log = options.log ?? serviceLogger(options.name);
  const http = await startSubgraphHttp({ ...options, log });
  let stopApollo: () => Promise<void> = async () => undefined;
  return {
    url: http.url,
    port: http.port,
    async serve(server, context, ready) {
      await server.start();
      stopApollo = () => server.stop();
      http.serve(graphqlHandler(server, context), ready);
    },
    async close() {
      await http.close();
      await stopApollo();
    },
  };
}

function graphqlHandler<Context extends object>(server: ApolloServer<Context>, context: ContextFactory<Context>): GraphQLHandler {
  return async (request, res, scope) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method, headers, search: request.search, body: request.body },
      context: async () => {
        try {
          return Object.assign(await context({ req: request.req }), scope);
        } catch (error) {
          // Apollo answers with the error but tells no plugin that has the request id.
          if (isUnexpectedError(error)) scope.log.error({ err: error }, 'subgraph: context creation failed');
          throw error;
        }
      },
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
