import type { EntityManager } from 'typeorm';
import { isUuid } from '../../../core/ids.js';
import { conflict } from '../../../core/errors.js';
import type { Caller } from '../../../core/caller.js';
import { assertMayManage } from './access.js';
import type { Problems } from './problems.js';


/** Trimmed text, or null when empty. */
export function clean(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** For partial updates: undefined (not given) keeps the current value, null or '' clears it. */
export function pick<T>(given: T | null | undefined, current: T | null): T | null {
  return given === undefined ? current : given;
}

/** A required text field: trimmed, not empty, not too long. */
export function requireText(problems: Problems, field: string, value: string | null | undefined, label: string, max = 200): string {
  const text = clean(value);
  if (!text) problems.add(field, `Vul ${label} in.`);
  else if (text.length > max) problems.add(field, `${label.charAt(0).toUpperCase()}${label.slice(1)} mag niet langer zijn dan ${max} tekens.`);
  return text ?? '';
}

/**
 * The organisatie a record belongs to: it must be a real organisatie the caller manages. A wrong id is a
 * field problem; a real organisatie the caller does not manage is FORBIDDEN.
 */
export async function checkOrganisatie(em: EntityManager, caller: Caller, problems: Problems, organisatieId: string | null | undefined): Promise<void> {
  if (!organisatieId || !isUuid(organisatieId)) {
    problems.add('organisatieId', 'Kies een organisatie.');
    return;
  }
  assertMayManage(caller, organisatieId);
  const rows: unknown[] = await em.query('SELECT 1 FROM organisatie WHERE id = $1', [organisatieId]);
  if (!rows.length) problems.add('organisatieId', 'Deze organisatie bestaat niet.');
}

/** A row as plain JSON, for the audit record (dates as ISO strings). */
export function snapshot(row: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(row)) as Record<string, unknown>;
}


/**
 * Turns a constraint violation that slipped past the checks (two beheerders at the same moment) into a
 * CONFLICT instead of an internal error: 23505 a duplicate, 23503 a record still (or no longer) in use.
 */
export async function guardConstraints<T>(work: Promise<T>, messages: { duplicate?: string; inUse?: string }): Promise<T> {
  try {
    return await work;
  } catch (err) {
    const code = (err as { code?: string; driverError?: { code?: string } }).driverError?.code ?? (err as { code?: string }).code;
    if (code === '23505' && messages.duplicate) throw conflict(messages.duplicate);
    if (code === '23503' && messages.inUse) throw conflict(messages.inUse);
    throw err;
  }
}
