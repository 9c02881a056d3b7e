import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';

/** A router link that looks like an Utrecht button (for going somewhere, where a <button> would do something). */
export function KnopLink({ to, primair = false, children }: { to: string; primair?: boolean; children: ReactNode }) {
  const soort = primair ? 'primary-action' : 'secondary-action';
  return (
    <RouterLink to={to} className={`utrecht-button-link utrecht-button-link--html-a utrecht-button-link--${soort}`}>
      {children}
    </RouterLink>
  );
}
