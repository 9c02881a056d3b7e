import { ErrorState, LoadingState } from '@instrumentengidsen/ui';
import type { ReactNode } from 'react';

/**
 * Each section loads on its own; while it does, or when it failed, it says so in its own place and the other
 * sections stay usable. Renders `children(data)` once there is data.
 */
export function QueryStaat<T>({ data, error, wat, children }: { data: T | undefined; error: unknown; wat: string; children: (data: T) => ReactNode }) {
  if (error) return <ErrorState>{`${wat} konden niet worden geladen. Probeer het later opnieuw.`}</ErrorState>;
  if (!data) return <LoadingState>{`${wat} laden…`}</LoadingState>;
  return <>{children(data)}</>;
}
