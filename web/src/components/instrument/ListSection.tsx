import { Heading2, UnorderedList } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/** A titled list on the instrument page; left out entirely when it has no items. */
export function ListSection({ title, empty, children }: { title: string; empty: boolean; children: ReactNode }) {
  if (empty) return null;
  return (
    <>
      <Heading2>{title}</Heading2>
      <UnorderedList>{children}</UnorderedList>
    </>
  );
}
