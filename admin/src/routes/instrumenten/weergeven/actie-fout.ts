import { errorCode, formErrorsOf } from '@instrumentengidsen/ui';

/** What a failed publish, depublish or delete shows: the conflict with its reload button, or the API's Dutch message. */
export type ActieFout = { soort: 'conflict' } | { soort: 'melding'; tekst: string };

export function actieFoutVan(error: unknown): ActieFout {
  if (errorCode(error) === 'CONFLICT') return { soort: 'conflict' };
  const { message, fields } = formErrorsOf(error);
  const details = Object.values(fields);
  return { soort: 'melding', tekst: details.length ? details.join(' ') : (message ?? 'Er ging iets mis. Probeer het later opnieuw.') };
}
