import { appendPages, createApolloClient } from '@instrumentengidsen/ui';

/** One cached list per search; "Meer instrumenten tonen" appends its page to it. */
export const client = createApolloClient({
  typePolicies: {
    Query: {
      fields: {
        instruments: appendPages(['filter']),
        instrumentSearch: appendPages(['gids', 'filter', 'sort']),
      },
    },
  },
});
