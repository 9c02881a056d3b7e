import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';
import { useId, type ReactNode } from 'react';

export interface VeldIds {
  inputId: string;
  labelId: string;
  /** For aria-describedby: the explanation and, when there is one, the error. */
  describedBy: string | undefined;
}

/**
 * One labelled field with its explanation and its error message (from the API or the form), for inputs the
 * Utrecht FormField* components do not wrap (select, rich text, choices). `verplicht` adds the *.
 */
export function Veld({ label, uitleg, fout, verplicht, children }: {
  label: string;
  uitleg?: string;
  fout?: string;
  verplicht?: boolean;
  children: (ids: VeldIds) => ReactNode;
}) {
  const id = useId();
  const ids: VeldIds = {
    inputId: `${id}-input`,
    labelId: `${id}-label`,
    describedBy: [uitleg && `${id}-uitleg`, fout && `${id}-fout`].filter(Boolean).join(' ') || undefined,
  };
  return (
    <FormField invalid={!!fout} className="instrument-veld">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={ids.inputId} id={ids.labelId}>
          <VerplichtLabel label={label} verplicht={verplicht} />
        </FormLabel>
      </div>
      {uitleg && <FormFieldDescription id={`${id}-uitleg`}>{uitleg}</FormFieldDescription>}
      {fout && <FormFieldErrorMessage id={`${id}-fout`}>{fout}</FormFieldErrorMessage>}
      <div className="utrecht-form-field__input">{children(ids)}</div>
    </FormField>
  );
}

/** "Naam instrument *": the star is read as "verplicht". */
export function VerplichtLabel({ label, verplicht }: { label: string; verplicht?: boolean }) {
  return (
    <>
      {label}
      {verplicht && (
        <>
          {' '}
          <span aria-hidden="true" className="verplicht">*</span>
          <span className="visually-hidden"> (verplicht)</span>
        </>
      )}
    </>
  );
}
