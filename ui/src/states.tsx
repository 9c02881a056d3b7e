import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/** While data is on its way; `aria-live` so screen readers hear it without moving focus. */
export function LoadingState({ children = 'Laden…' }: { children?: ReactNode }) {
  return (
    <Paragraph aria-live="polite" aria-busy="true">
      {children}
    </Paragraph>
  );
}

/** A list or search with nothing in it: say so, and what to try. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <Paragraph>{children}</Paragraph>;
}

/** Something could not be loaded or saved. The text says what, in plain words, and what the user can do. */
export function ErrorState({ children = 'Er ging iets mis. Probeer het later opnieuw.' }: { children?: ReactNode }) {
  return <Alert type="error">{children}</Alert>;
}

/** Not an error of the user or the server: what they look for is not there (any more). */
export function NoticeState({ children }: { children: ReactNode }) {
  return <Alert>{children}</Alert>;
}
