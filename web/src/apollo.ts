import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

interface ConnectionPage {
  nodes: unknown[];
}

/** One client for the app; /graphql is proxied to the gateway by Vite (dev and preview). */
export const client = new ApolloClient({
  link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
  cache: new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          instruments: {
            // One cached list per filter; pages fetched with `after` are appended to it.
            keyArgs: ['filter'],
            merge(existing: ConnectionPage | undefined, incoming: ConnectionPage, { args }) {
              if (!existing || !args?.after) return incoming;
              return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes] };
            },
          },
        },
      },
    },
  }),
});
