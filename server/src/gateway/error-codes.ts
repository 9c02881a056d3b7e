import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';

/**
 * The code for an error that reached the client without one: graphql-js's variable coercion errors (as Apollo
 * Server: BAD_USER_INPUT), refusals of the request itself (an HTTP status of 4xx: BAD_REQUEST), other request-level
 * errors (validation), and, for a field error nobody coded, INTERNAL_SERVER_ERROR.
 */
function codeFor(error: GraphQLError): string {
  if (/^Variable "\$/.test(error.message)) return 'BAD_USER_INPUT';
  const status = (error.extensions?.http as { status?: number } | undefined)?.status;
  if (status !== undefined && status >= 400 && status < 500) return 'BAD_REQUEST';
  return error.path ? 'INTERNAL_SERVER_ERROR' : 'GRAPHQL_VALIDATION_FAILED';
}

function withCode(error: GraphQLError): GraphQLError {
  if (typeof error.extensions?.code === 'string') return error;
  // Same error with a code: the original error and location stay, so the HTTP status Yoga derives stays too.
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code: codeFor(error) },
  });
}

function coded<R extends { errors?: readonly GraphQLError[] }>(result: R): R {
  if (!result?.errors?.some((e) => typeof e.extensions?.code !== 'string')) return result;
  return { ...result, errors: result.errors.map((e) => (e instanceof GraphQLError ? withCode(e) : e)) };
}

/**
 * Every error the gateway sends carries `extensions.code`, so clients can branch on it instead of on English
 * messages. Runs on the final result of every request, also the ones refused before execution.
 */
export const errorCodes: GatewayPlugin = {
  onResultProcess({ result, setResult }) {
    if (Array.isArray(result)) setResult(result.map(coded));
    else if (!(Symbol.asyncIterator in result)) setResult(coded(result));
  },
};

/**
 * Yoga reads `variables` and `extensions` of a GET or form request with a bare JSON.parse, so `variables={` fails
 * as an internal error (HTTP 500). Unreadable JSON there is the client's error.
 */
export const unreadableParams: GatewayPlugin = {
  onRequestParse({ requestParser, setRequestParser }) {
    if (!requestParser) return;
    setRequestParser(async (request) => {
      try {
        return await requestParser(request);
      } catch (error) {
        if (!(error instanceof SyntaxError)) throw error;
        throw new GraphQLError('De variabelen of extensies van deze aanvraag zijn geen geldige JSON.', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
      }
    });
  },
};
