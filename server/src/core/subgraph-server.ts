import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { RequestIdentity } from './caller.js';
import type { ContextFactory } from './context.js';
import { isExpectedError, unauthenticated } from './errors.js';

/** Hides unexpected errors (SQL, bugs) behind a generic message; coded errors pass unchanged. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  if (isExpectedError(original) || formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' || formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' || formatted.extensions?.code === 'BAD_USER_INPUT') {
    return formatted;
  }
  console.error(error);
  return { message: 'Er ging iets mis op de server.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/**
 * A subgraph answers mutations only for requests the gateway signed: calling a subgraph's port directly
 * (bypassing session checks and rate limits) can read public data but never change anything.
 */
export const gatewayOnlyMutations: ApolloServerPlugin<Partial<RequestIdentity>> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation?.operation === 'mutation' && !contextValue.viaGateway) {
          throw unauthenticated('Wijzigingen gaan alleen via de gateway.');
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

export function createApolloServer<Context extends object>(schema: GraphQLSchema): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema,
    includeStacktraceInErrorResponses: false,
    formatError,
    // No Apollo Studio here; traces would only add bytes to every subgraph response.
    plugins: [ApolloServerPluginInlineTraceDisabled(), gatewayOnlyMutations as ApolloServerPlugin<Context>, setResponseCookies as ApolloServerPlugin<Context>],
  });
}

export async function listenSubgraph<Context extends object>(
  server: ApolloServer<Context>,
  port: number,
  context: ContextFactory<Context>,
  host = '127.0.0.1',
): Promise<string> {
  const { url } = await startStandaloneServer(server, { listen: { port, host }, context: ({ req }) => context({ req }) });
  return url;
}
