import type { GraphQLError } from 'graphql';
import { conflict } from './errors.js';

/** PostgreSQL's codes for the constraint violations a beheer change can run into. */
export const UNIQUE_VIOLATION = '23505';
export const FOREIGN_KEY_VIOLATION = '23503';

export interface ConstraintMessages {
  /** A unique constraint: the value was taken (two beheerders at the same moment). */
  duplicate?: string;
  /** A foreign key: a record still (or no longer) in use. */
  inUse?: string;
}

/** What a record's in-use check says when a link appeared between the check and the delete. */
export const CHANGED_MEANWHILE = 'Dit gegeven is intussen ergens gekoppeld of gewijzigd. Laad de pagina opnieuw en probeer het nog eens.';

/** The PostgreSQL error code of an error from pg or from TypeORM's wrapper, if any. */
export function pgErrorCode(err: unknown): string | undefined {
  const e = err as { code?: string; driverError?: { code?: string } } | null | undefined;
  return e?.driverError?.code ?? e?.code;
}

/**
 * Turns a constraint violation that slipped past the checks into a CONFLICT instead of an internal error;
 * any other error goes on unchanged.
 */
export async function guardConstraints<T>(work: Promise<T>, messages: ConstraintMessages): Promise<T> {
  try {
    return await work;
  } catch (err) {
    throw constraintConflict(err, messages) ?? err;
  }
}

export function constraintConflict(err: unknown, messages: ConstraintMessages): GraphQLError | null {
  const code = pgErrorCode(err);
  if (code === UNIQUE_VIOLATION && messages.duplicate) return conflict(messages.duplicate);
  if (code === FOREIGN_KEY_VIOLATION && messages.inUse) return conflict(messages.inUse);
  return null;
}

/**
 * The "someone else changed it" CONFLICT of optimistic concurrency: `wat` names the record ("dit instrument",
 * "deze aanbieder"). Nothing was changed.
 */
export function staleVersion(wat: string, current: number, given: number): GraphQLError {
  return conflict(`Iemand anders heeft ${wat} intussen gewijzigd (versie ${current}, jij had versie ${given}). Laad het opnieuw en breng je wijziging dan aan.`);
}

/** Compares the version the user edited with the locked row's; null skips the check (only where the API allows it). */
export function assertVersion(wat: string, current: number, given: number | null): void {
  if (given !== null && current !== given) throw staleVersion(wat, current, given);
}
