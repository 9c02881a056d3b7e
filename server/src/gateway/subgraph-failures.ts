import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export const SUBGRAPH_UNREACHABLE_MESSAGE = 'Dit deel van de gegevens is nu niet bereikbaar. Probeer het later opnieuw.';
export const SUBGRAPH_TIMEOUT_MESSAGE = 'Een deel van de gegevens kwam niet op tijd. Probeer het later opnieuw.';

type ErrorLike = Pick<GraphQLFormattedError, 'message' | 'extensions'>;
const codeOf = (error: unknown) => (error as ErrorLike | null)?.extensions?.code;

/**
 * A failed subgraph fetch as a GraphQL error of the fields that needed it. Hive's own error carries the subgraph's
 * internal URL and the request it sent, and its connection errors are masked as an English 500 "Unexpected
 * error."; clients get a plain Dutch message with a code they can act on (try again later), and the subgraph's
 * name. No `http.status`: a subgraph outage is a field error (GraphQL-over-HTTP: 200 for application/json), not a
 * broken gateway.
 */
function failure(code: 'SERVICE_UNAVAILABLE' | 'GATEWAY_TIMEOUT', serviceName: string): GraphQLError {
  return new GraphQLError(code === 'GATEWAY_TIMEOUT' ? SUBGRAPH_TIMEOUT_MESSAGE : SUBGRAPH_UNREACHABLE_MESSAGE, { extensions: { code, serviceName } });
}

/**
 * Rewrites subgraph fetch failures where they happen, per subgraph call: a connection failure (executor-http's
 * SUBREQUEST_HTTP_ERROR) becomes SERVICE_UNAVAILABLE, and the upstream timeout, which Hive throws out of the
 * executor, becomes a result with a GATEWAY_TIMEOUT error. As a subgraph result (not a thrown error) the query
 * planner gives each error the path of the fields it was fetching, so the client sees which part is missing.
 * Registered after Hive's upstream timeout plugin, so its executor wraps the timeout one.
 */
export const subgraphFailures: GatewayPlugin = {
  onSubgraphExecute({ subgraphName, executor, setExecutor }) {
    // Cast: Executor is generic in its result type, which a wrapper that passes results through cannot name.
    setExecutor((async (request: Parameters<typeof executor>[0]) => {
      let result: Awaited<ReturnType<typeof executor>>;
      try {
        result = await executor(request);
      } catch (error) {
        if (codeOf(error) === 'GATEWAY_TIMEOUT') return { errors: [failure('GATEWAY_TIMEOUT', subgraphName)] };
        throw error;
      }
      if (!result || Symbol.asyncIterator in result || !result.errors?.some((e) => codeOf(e) === 'SUBREQUEST_HTTP_ERROR')) return result;
      return { ...result, errors: result.errors.map((e) => (codeOf(e) === 'SUBREQUEST_HTTP_ERROR' ? failure('SERVICE_UNAVAILABLE', subgraphName) : e)) };
    }) as typeof executor);
  },
};
