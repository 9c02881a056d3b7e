import { badUserInput } from './errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are uuids; checking first turns a typo into BAD_USER_INPUT instead of a PostgreSQL cast error. */
export const isUuid = (value: string) => UUID.test(value);

export function assertUuid(id: string, field: string): void {
  if (!isUuid(id)) throw badUserInput(`'${id}' is geen geldig id.`, [{ field, message: 'Ongeldig id.' }]);
}
