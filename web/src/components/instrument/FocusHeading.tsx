import { Heading3 } from '@utrecht/component-library-react';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A heading that takes the focus when it appears after the user did something (the form they were in is gone),
 * so keyboard and screen-reader users land on the result instead of the top of the page.
 */
export function FocusHeading({ focus, children }: { focus: boolean; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <Heading3 ref={ref} tabIndex={-1}>
      {children}
    </Heading3>
  );
}
