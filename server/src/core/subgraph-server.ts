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

export function createApolloServer<Context extends object>(schema: GraphQLSchema): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema,
    includeStacktraceInErrorResponses: false,
    formatError,
    // No Apollo Studio here; traces would only add bytes to every subgraph response.
    plugins: [ApolloServerPluginInlineTraceDisabled(), gatewayOnlyMutations as ApolloServerPlugin<Context>],
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
