import { useEffect } from 'react';

/**
 * Gives the page its own `<title>` while the component is shown (WCAG 2.4.2: the title says where you are),
 * and puts the previous title back after, so a route never leaves its name behind on the next page.
 */
export function useDocumentTitle(title: string | null | undefined): void {
  useEffect(() => {
    if (!title) return;
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);
}
