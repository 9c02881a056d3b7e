import { randomUUID } from 'node:crypto';

/** What a client's own request id must look like to be kept: long enough to be unique, nothing to inject into logs. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/** The client's x-request-id when it looks sane (so a trace can start at the client), else a fresh uuid. */
export function requestIdOf(given: string | string[] | undefined): string {
  return typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}
