import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { MAX_REQUEST_BODY_BYTES } from './bestanden.js';
import { REQUEST_ID_HEADER, requestIdOf } from './log.js';
import { readLimitedBody } from './request-body.js';

/** How long a stopping subgraph waits for requests already running before it cuts their connections. */
export const DRAIN_TIMEOUT_MS = 10_000;
/** A readiness probe that waits longer than this for the database counts as not ready. */
const READY_TIMEOUT_MS = 2_000;

/** A request as the GraphQL server needs it: the body already read and parsed, nothing left to fail on. */
export interface ParsedRequest {
  method: string;
  headers: IncomingHttpHeaders;
  search: string;
  body: unknown;
  req: IncomingMessage;
}

/** Per request: the id the gateway sent (or a fresh one) and a logger that stamps it on every line. */
export interface RequestScope {
  requestId: string;
  log: Logger;
}

export type GraphQLHandler = (request: ParsedRequest, res: ServerResponse, scope: RequestScope) => Promise<void>;
/** Resolves when the subgraph can serve (its database answers); rejects with the reason otherwise. */
export type ReadinessCheck = () => Promise<void>;

export interface SubgraphHttpOptions {
  port: number;
  host?: string;
  log: Logger;
  maxBodyBytes?: number;
  drainTimeoutMs?: number;
}

export interface SubgraphHttpServer {
  url: string;
  port: number;
  /** From now on GraphQL is answered and /readyz asks `ready`; until then both say 503 (still opening). */
  serve(graphql: GraphQLHandler, ready: ReadinessCheck): void;
  /** Stops accepting, lets running requests finish (up to the drain timeout), then closes every connection. */
  close(): Promise<void>;
}

/** An HTTP answer that is the client's fault (or a state it may retry), never logged as a server error. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code = 'BAD_REQUEST',
  ) {
    super(message);
  }
}

/**
 * A subgraph's own HTTP server (instead of Apollo's standalone one): /healthz (the process answers), /readyz (the
 * subgraph is open and its database answers), GraphQL on / and /graphql with a body limit. No request can throw
 * out of the handler: a bad URL, malformed JSON, an oversized or aborted body end as a 4xx or a closed socket.
 */
export async function startSubgraphHttp(options: SubgraphHttpOptions): Promise<SubgraphHttpServer> {
  const maxBodyBytes = options.maxBodyBytes ?? MAX_REQUEST_BODY_BYTES;
  const drainTimeoutMs = options.drainTimeoutMs ?? DRAIN_TIMEOUT_MS;
  let graphql: GraphQLHandler | undefined;
  let ready: ReadinessCheck | undefined;
  let draining = false;
  let inFlight = 0;
  let drained: (() => void) | undefined;

  const server = createServer(
    // Above the 60 s nginx keeps idle upstream connections, so nginx never reuses one we just closed.
    { keepAliveTimeout: 65_000, requestTimeout: 60_000 },
    (req, res) => {
      const requestId = requestIdOf(req.headers[REQUEST_ID_HEADER]);
      const log = options.log.child({ requestId });
      inFlight++;
      res.on('error', () => undefined); // a client gone mid-answer is not our error
      res.setHeader(REQUEST_ID_HEADER, requestId);
      // A connection that delivers a request while we drain is closed after its answer.
      if (draining) res.setHeader('connection', 'close');
      handle(req, res, { requestId, log })
        .catch((error: unknown) => {
          if (error instanceof HttpError) return sendError(res, error.status, error.message, error.code);
          log.error({ err: error, method: req.method, url: req.url }, 'subgraph: request failed');
          sendError(res, 500, 'Er ging iets mis op de server.', 'INTERNAL_SERVER_ERROR');
        })
        .finally(() => {
          inFlight--;
          if (inFlight === 0) drained?.();
        });
    },
  );
  server.on('clientError', (_error, socket) => {
    // Unparseable HTTP (not even a request line): answer plainly and drop the socket.
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  async function handle(req: IncomingMessage, res: ServerResponse, scope: RequestScope): Promise<void> {
    const url = parseUrl(req.url);
    const method = req.method ?? 'GET';
    switch (url.pathname) {
      case '/healthz':
        return sendJson(res, 200, { status: 'ok' });
      case '/readyz':
        return sendReadiness(res, scope);
      case '/':
      case '/graphql':
        break;
      default:
        throw new HttpError(404, 'Dit adres bestaat niet.', 'NOT_FOUND');
    }
    if (method !== 'GET' && method !== 'POST') {
      res.setHeader('allow', 'GET, POST');
      throw new HttpError(405, 'Alleen GET en POST worden ondersteund.');
    }
    if (!graphql) {
      res.setHeader('retry-after', '5');
      throw new HttpError(503, 'De dienst start nog. Probeer het zo opnieuw.', 'SERVICE_UNAVAILABLE');
    }
    const body = method === 'POST' ? parseBody(await readBody(req, res, maxBodyBytes), req.headers['content-type']) : undefined;
    await graphql({ method, headers: req.headers, search: url.search, body, req }, res, scope);
  }

  async function sendReadiness(res: ServerResponse, scope: RequestScope): Promise<void> {
    if (draining) return sendJson(res, 503, { status: 'stopping' });
    if (!ready) return sendJson(res, 503, { status: 'starting' });
    try {
      await withTimeout(ready(), READY_TIMEOUT_MS);
      sendJson(res, 200, { status: 'ready' });
    } catch (error) {
      scope.log.warn({ err: error }, 'subgraph: not ready');
      sendJson(res, 503, { status: 'not ready', reason: error instanceof Error ? error.message : String(error) });
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { address, port } = server.address() as AddressInfo;
  const hostname = address === '' || address === '::' || address === '0.0.0.0' ? 'localhost' : address.includes(':') ? `[${address}]` : address;

  return {
    url: `http://${hostname}:${port}/`,
    port,
    serve(handler, check) {
      graphql = handler;
      ready = check;
    },
    async close() {
      if (draining) return;
      draining = true;
      // Stops accepting and (node 19+) closes the idle keep-alive connections right away.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      if (inFlight > 0) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          new Promise<void>((resolve) => (drained = resolve)),
          new Promise<void>((resolve) => (timer = setTimeout(resolve, drainTimeoutMs))),
        ]);
        clearTimeout(timer);
        if (inFlight > 0) options.log.warn({ inFlight }, 'subgraph: drain timeout, closing running requests');
      }
      server.closeAllConnections();
      await closed;
    },
  };
}

function parseUrl(raw: string | undefined): URL {
  try {
    return new URL(raw ?? '/', 'http://localhost');
  } catch {
    throw new HttpError(400, 'Het adres van de aanvraag is ongeldig.');
  }
}

/** Reads the whole body, refusing (413) as soon as it is larger than `limit`: by its Content-Length or while it arrives. */
async function readBody(req: IncomingMessage, res: ServerResponse, limit: number): Promise<Buffer> {
  const chunks = await readLimitedBody(req, limit).catch(() => {
    throw new HttpError(400, 'De aanvraag is afgebroken.');
  });
  if (chunks) return Buffer.concat(chunks);
  // We stop reading mid-body, so the connection cannot carry another request.
  res.setHeader('connection', 'close');
  throw new HttpError(413, `De aanvraag is te groot: hoogstens ${Math.floor(limit / 1024 / 1024)} MB.`, 'PAYLOAD_TOO_LARGE');
}

/** JSON bodies are parsed; anything else is left to Apollo, which refuses it with a 400 of its own. */
function parseBody(raw: Buffer, contentType: string | undefined): unknown {
  const [type = '', ...parameters] = (contentType ?? '').toLowerCase().split(';').map((part) => part.trim());
  const charset = parameters.find((p) => p.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  if (charset && charset !== 'utf-8' && charset !== 'utf8') throw new HttpError(415, 'Alleen UTF-8 wordt ondersteund.');
  if (type !== 'application/json' && !type.endsWith('+json')) return undefined;
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw new HttpError(400, 'De aanvraag is geen geldige JSON.');
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(body));
}

function sendError(res: ServerResponse, status: number, message: string, code: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

async function withTimeout(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      promise,
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
