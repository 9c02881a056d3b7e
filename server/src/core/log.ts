import { pino, type Logger } from 'pino';

/**
 * Structured JSON logs (pino), one line per event, so a log collector can follow a request across services by
 * its `requestId` (the gateway makes one per client request and passes it to every subgraph in REQUEST_ID_HEADER).
 * LOG_LEVEL sets the level (default info; tests set silent unless asked).
 */
export const REQUEST_ID_HEADER = 'x-request-id';

/** The service a process runs as in docker-compose (SERVICE_NAME); `npm start` runs several in one process. */
const processService = process.env.SERVICE_NAME;

export const logger: Logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.TEST_DATABASE_URL ? 'silent' : 'info'),
  ...(processService ? { base: { service: processService } } : {}),
  timestamp: pino.stdTimeFunctions.isoTime,
});

/** A logger that stamps every line with the service once (and, per request, the request id). */
export const serviceLogger = (service: string) => (processService ? logger : logger.child({ service }));
