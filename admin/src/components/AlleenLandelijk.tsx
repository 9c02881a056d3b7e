import { NoticeState, useDocumentTitle } from '@instrumentengidsen/ui';
import { Heading1 } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { isLandelijk, useBeheerder } from '../session';

/**
 * An area of the landelijk beheerder alone (menu.ts `landelijk`): its screens for them; anyone else typing the
 * URL is told so, with `uitleg` saying whom to ask.
 */
export function AlleenLandelijk({ uitleg, children }: { uitleg: string; children: ReactNode }) {
  const { beheerder } = useBeheerder();
  return isLandelijk(beheerder) ? <>{children}</> : <GeenToegang uitleg={uitleg} />;
}

function GeenToegang({ uitleg }: { uitleg: string }) {
  useDocumentTitle('Geen toegang – Beheeromgeving');
  return (
    <>
      <Heading1>Geen toegang</Heading1>
      <NoticeState>{uitleg}</NoticeState>
    </>
  );
}
