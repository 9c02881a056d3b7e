import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

interface ConnectionPage {
  nodes: unknown[];
}

function appendPages(existing: ConnectionPage | undefined, incoming: ConnectionPage, { args }: { args: Record<string, unknown> | null }) {
  if (!existing || !args?.after) return incoming;
  return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes] };
}

/** One client for the app; /graphql is proxied to the gateway by Vite (dev and preview). */
export const client = new ApolloClient({
  link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
  cache: new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // One cached list per search; pages fetched with `after` are appended to it.
          instruments: { keyArgs: ['filter'], merge: appendPages },
          instrumentSearch: { keyArgs: ['gids', 'filter', 'sort'], merge: appendPages },
        },
      },
    },
  }),
});
