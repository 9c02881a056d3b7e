import { useLocation } from 'react-router';

/** The login page's link that brings the user back here afterwards. */
export function useLoginLink(): string {
  const { pathname, search } = useLocation();
  return `/inloggen?terug=${encodeURIComponent(pathname + search)}`;
}
