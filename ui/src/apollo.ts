import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, type FieldPolicy, type TypePolicies } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';

/**
 * The gateway refuses GET and form-style posts without this header (CSRF); JSON posts pass anyway, but sending
 * it always keeps persisted-query GETs and any future upload working.
 */
export const CSRF_HEADER = 'x-graphql-csrf';

/** Codes the screens answer themselves (with a Dutch message or a form error); anything else is unexpected. */
const EXPECTED_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'UNAUTHENTICATED']);

/** Unexpected failures go to the console with the operation's name, so a report from a user can be traced. */
const reportUnexpected = new ErrorLink(({ error, operation }) => {
  const unexpected = CombinedGraphQLErrors.is(error) ? error.errors.filter((e) => !EXPECTED_CODES.has(String(e.extensions?.code))) : [error];
  for (const problem of unexpected) console.error(`GraphQL ${operation.operationName ?? 'operation'} failed:`, problem);
});

interface ConnectionPage {
  nodes: unknown[];
}

/** A paged list field: one cached list per `keyArgs`; pages fetched with `after` are appended to it. */
export function appendPages(keyArgs: string[]): FieldPolicy<ConnectionPage> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing || !args?.after) return incoming;
      return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes] };
    },
  };
}

/** One client per app; /graphql is the gateway on the app's own origin (Vite's proxy, nginx in production). */
export function createApolloClient({ typePolicies, uri = '/graphql' }: { typePolicies?: TypePolicies; uri?: string } = {}) {
  const http = new HttpLink({ uri, credentials: 'same-origin', headers: { [CSRF_HEADER]: '1' } });
  return new ApolloClient({ link: ApolloLink.from([reportUnexpected, http]), cache: new InMemoryCache({ typePolicies }) });
}
