import { CombinedGraphQLErrors } from '@apollo/client';

/** The code of the first GraphQL error (`NOT_FOUND`, `CONFLICT`, ...); undefined for network and other errors. */
export function errorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

export const CONFLICT_MESSAGE = 'Iemand anders heeft dit intussen gewijzigd. Laad opnieuw.';
export const INVALID_MESSAGE = 'Niet alles is goed ingevuld. Kijk de velden met een melding na.';
export const UNEXPECTED_MESSAGE = 'Er ging iets mis. Probeer het later opnieuw.';

/** What a form shows after a failed mutation: a message per field and one message above the form. */
export interface FormErrors {
  fields: Record<string, string>;
  message: string | undefined;
  code: string | undefined;
}

export const NO_FORM_ERRORS: FormErrors = { fields: {}, message: undefined, code: undefined };

/**
 * Maps a mutation's error onto a form. `BAD_USER_INPUT` carries every wrong field at once in
 * `extensions.fields` ([{ field, message }]); `CONFLICT` means the record changed since it was loaded; the
 * other coded errors have a Dutch message meant for the user; anything else gets a general message.
 */
export function formErrorsOf(error: unknown): FormErrors {
  const code = errorCode(error);
  const first = CombinedGraphQLErrors.is(error) ? error.errors[0] : undefined;
  if (code === 'BAD_USER_INPUT') {
    const problems = Array.isArray(first?.extensions?.fields) ? (first.extensions.fields as { field: string; message: string }[]) : [];
    const fields = Object.fromEntries(problems.map((problem) => [problem.field, problem.message]));
    return { fields, message: problems.length ? INVALID_MESSAGE : first?.message, code };
  }
  if (code === 'CONFLICT') return { fields: {}, message: CONFLICT_MESSAGE, code };
  if (code && first) return { fields: {}, message: first.message, code };
  return { fields: {}, message: UNEXPECTED_MESSAGE, code };
}
