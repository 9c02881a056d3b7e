import { Heading2 } from '@utrecht/component-library-react';
import { useId, type ReactNode } from 'react';

/**
 * One block of the instrumentenformat: a section named by its heading, left out entirely when the beheerder
 * filled nothing in (`empty`). `instrument-block` keeps it on one printed page where it fits.
 */
export function Block({ title, empty = false, children }: { title: string; empty?: boolean; children: ReactNode }) {
  const id = useId();
  if (empty) return null;
  return (
    <section aria-labelledby={id} className="instrument-block">
      <Heading2 id={id}>{title}</Heading2>
      {children}
    </section>
  );
}
