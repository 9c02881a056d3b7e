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
    // "Meer beoordelingen" appends; a refetch after writing a review starts the list again.
    Instrument: { fields: { reviews: appendPages([]) } },
    // The aggregate has no id: a refetch replaces it whole.
    Beoordeling: { merge: false },
  },
});
