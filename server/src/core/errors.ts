import { GraphQLError } from 'graphql';

export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'UNAUTHENTICATED';

/** A field-level problem, reported all at once so a form can mark every wrong field. */
export interface FieldProblem {
  field: string;
  message: string;
}

function error(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badUserInput = (message: string, fields: FieldProblem[] = []) =>
  error('BAD_USER_INPUT', message, fields.length ? { fields } : {});
export const notFound = (what: string, id: string) => error('NOT_FOUND', `${what} '${id}' bestaat niet.`, { id });
export const forbidden = (message = 'Je hebt geen toegang tot deze gegevens.') => error('FORBIDDEN', message);
export const conflict = (message: string) => error('CONFLICT', message);
/** Too many attempts (e.g. failed logins): FORBIDDEN, with the seconds until a new attempt may succeed. */
export const tooManyAttempts = (message: string, retryAfterSeconds: number) => error('FORBIDDEN', message, { retryAfterSeconds });
export const unauthenticated = (message = 'Je bent niet ingelogd.') => error('UNAUTHENTICATED', message);

/** Errors with a known code go out as they are; anything else is hidden behind a generic message. */
export function isExpectedError(err: unknown): err is GraphQLError {
  const code = (err as GraphQLError | undefined)?.extensions?.code;
  return typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR';
}
