import { DataListItem, DataListKey, DataListValue, Heading2, Paragraph } from '@utrecht/component-library-react';
import { createContext, useContext, useId, type ReactNode } from 'react';

/**
 * Weergeven shows every block, an empty one with "niet ingevuld" (the beheerder sees what is missing); the
 * voorbeeld leaves empty blocks and fields out, as the public page does.
 */
export const LeegTonen = createContext(false);

/** One block of the instrumentenformat: a section named by its heading. */
export function Blok({ titel, leeg = false, children }: { titel: string; leeg?: boolean; children: ReactNode }) {
  const id = useId();
  const leegTonen = useContext(LeegTonen);
  if (leeg && !leegTonen) return null;
  return (
    <section aria-labelledby={id} className="instrument-blok">
      <Heading2 id={id}>{titel}</Heading2>
      {leeg ? <Paragraph className="niet-ingevuld">Niet ingevuld.</Paragraph> : children}
    </section>
  );
}

/** A labelled line; left out when empty, or "niet ingevuld" on weergeven. */
export function Veld({ label, children }: { label: string; children: ReactNode }) {
  const leegTonen = useContext(LeegTonen);
  const leeg = children === null || children === undefined || children === '' || children === false;
  if (leeg && !leegTonen) return null;
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{leeg ? <span className="niet-ingevuld">niet ingevuld</span> : children}</DataListValue>
    </DataListItem>
  );
}
