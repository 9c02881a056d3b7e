import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { isExpectedError } from './errors.js';

/** Hides unexpected errors (SQL, bugs) behind a generic message; coded errors pass unchanged. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  if (isExpectedError(original) || formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' || formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' || formatted.extensions?.code === 'BAD_USER_INPUT') {
    return formatted;
  }
  console.error(error);
  return { message: 'Er ging iets mis op de server.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

export function createApolloServer<Context extends object>(schema: GraphQLSchema): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema,
    includeStacktraceInErrorResponses: false,
    formatError,
    // No Apollo Studio here; traces would only add bytes to every subgraph response.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
}

export async function listenSubgraph<Context extends object>(
  server: ApolloServer<Context>,
  port: number,
  context: () => Promise<Context>,
  host = '127.0.0.1',
): Promise<string> {
  const { url } = await startStandaloneServer(server, { listen: { port, host }, context });
  return url;
}
