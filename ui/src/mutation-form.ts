import { useCallback, useState, type FormEvent } from 'react';
import { formErrorsOf, NO_FORM_ERRORS, type FormErrors } from './graphql-errors.ts';

export interface MutationForm extends FormErrors {
  submitting: boolean;
  /** The message for one field, as `errorMessage` of an Utrecht form field; undefined when it is fine. */
  fieldError: (field: string) => string | undefined;
  /** `name`, `errorMessage` and `invalid` of an Utrecht form field whose name is the API's field name. */
  field: (name: string) => { name: string; errorMessage: string | undefined; invalid: boolean };
  /** An `onSubmit` handler: runs the mutation and maps its error onto the form (it never rethrows). */
  onSubmit: (run: () => Promise<unknown>) => (event?: FormEvent) => Promise<void>;
}

/**
 * A form that sends one mutation (a generated `useXMutation`'s function). The errors of the last attempt stay
 * until the next one; a success clears them.
 */
export function useMutationForm(): MutationForm {
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const [submitting, setSubmitting] = useState(false);
  const onSubmit = useCallback(
    (run: () => Promise<unknown>) => async (event?: FormEvent) => {
      event?.preventDefault();
      setSubmitting(true);
      try {
        await run();
        setErrors(NO_FORM_ERRORS);
      } catch (error) {
        setErrors(formErrorsOf(error));
      } finally {
        setSubmitting(false);
      }
    },
    [],
  );
  const fieldError = (field: string) => errors.fields[field];
  return { ...errors, submitting, fieldError, field: (name) => ({ name, errorMessage: fieldError(name), invalid: !!fieldError(name) }), onSubmit };
}
