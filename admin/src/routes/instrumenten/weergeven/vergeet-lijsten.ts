import type { ApolloCache } from '@apollo/client';

/**
 * After a publish, depublish or delete, every cached list and count of instruments (the list, the dashboard's
 * tiles, the audit trail) is stale: drop them so the next screen asks the API again. Not `clearStore`: that
 * would also drop the session the layout shows.
 */
export function vergeetLijsten(cache: ApolloCache, verwijderdId?: string): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'mijnInstrumenten' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'auditLog' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'prullenbak' });
  if (verwijderdId) cache.evict({ id: cache.identify({ __typename: 'Instrument', id: verwijderdId }) });
  cache.gc();
}
