import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';

/**
 * After a login or logout the API answers differently (interne contactpersonen, mijnReview, beheer): drop the
 * whole cache and refetch what is on screen, so nothing of the other session stays visible.
 */
export function useSessionChanged(): () => Promise<unknown> {
  const client = useApolloClient();
  return useCallback(() => client.resetStore(), [client]);
}

/** Where `?terug=` may send the user after logging in: a path of this site only, never another host. */
export function safeReturnPath(terug: string | null): string {
  if (!terug || !terug.startsWith('/') || terug.startsWith('//') || terug.startsWith('/\\')) return '/';
  return terug;
}
