import { randomUUID } from 'node:crypto';
import { pino, type Logger } from 'pino';

/**
 * Structured JSON logs (pino), one line per event, so a log collector can follow a request across services by
 * its `requestId` (the gateway makes one per client request and passes it to every subgraph in REQUEST_ID_HEADER).
 * LOG_LEVEL sets the level (default info; tests set silent unless asked).
 */
export const REQUEST_ID_HEADER = 'x-request-id';

/** What a request id from outside must look like to be kept: long enough to be unique, nothing to inject into logs. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/** The x-request-id a caller sent when it looks sane (so a trace can start at the client), else a fresh uuid. */
export function requestIdOf(given: string | string[] | undefined): string {
  return typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}

/** The service a process runs as in docker-compose (SERVICE_NAME); `npm start` runs several in one process. */
const processService = process.env.SERVICE_NAME;

export const logger: Logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.TEST_DATABASE_URL ? 'silent' : 'info'),
  ...(processService ? { base: { service: processService } } : {}),
  timestamp: pino.stdTimeFunctions.isoTime,
});

/** A logger that stamps every line with the service once (and, per request, the request id). */
export const serviceLogger = (service: string) => (processService ? logger : logger.child({ service }));
