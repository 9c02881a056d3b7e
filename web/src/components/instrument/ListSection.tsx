import { UnorderedList } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { Block } from './Block';

/** A titled list on the instrument page; left out entirely when it has no items. */
export function ListSection({ title, empty, children }: { title: string; empty: boolean; children: ReactNode }) {
  return (
    <Block title={title} empty={empty}>
      <UnorderedList>{children}</UnorderedList>
    </Block>
  );
}
