import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { useId, type ReactNode } from 'react';

/** One block of stap 2: a region named by its heading, so a screen reader can jump between the koppelingen. */
export function Blok({ titel, uitleg, verplicht, children }: { titel: string; uitleg?: string | null; verplicht?: boolean; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="koppel-blok">
      <Heading3 id={id}>
        {titel}
        {verplicht && (
          <>
            {' '}
            <span aria-hidden="true">*</span>
            <span className="visually-hidden"> (verplicht om te publiceren)</span>
          </>
        )}
      </Heading3>
      {uitleg && <Paragraph className="koppel-blok__uitleg">{uitleg}</Paragraph>}
      {children}
    </section>
  );
}
