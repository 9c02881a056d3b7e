import { lazy, Suspense } from 'react';
import { Veld } from './Veld';

// Tiptap and ProseMirror are the largest part of the form: they load only when a form with rich text opens.
const RijkeTekstEditor = lazy(() => import('./RijkeTekstEditor'));

/** A labelled rich-text field (opgemaakte tekst), with its explanation and error. */
export function RijkeTekstVeld({ label, uitleg, fout, verplicht, waarde, onChange }: {
  label: string;
  uitleg?: string;
  fout?: string;
  verplicht?: boolean;
  waarde: string;
  onChange: (html: string) => void;
}) {
  return (
    <Veld label={label} uitleg={uitleg} fout={fout} verplicht={verplicht}>
      {({ labelId, describedBy, inputId }) => (
        <div id={inputId}>
          <Suspense fallback={<p aria-busy="true">Teksteditor laden…</p>}>
            <RijkeTekstEditor labelId={labelId} describedBy={describedBy} invalid={!!fout} beginwaarde={waarde} onChange={onChange} />
          </Suspense>
        </div>
      )}
    </Veld>
  );
}
