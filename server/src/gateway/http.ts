import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { serveBestand } from '../core/bestanden.js';
import { REQUEST_ID_HEADER, requestIdOf } from '../core/log.js';
import { readBody } from './body.js';
import { clientAddressOf, trustedProxyList } from './client-address.js';
import type { GatewayConfig } from './config.js';
import { EXPORT_PREFIX, serveExport, type RuntimeFetch } from './export.js';
import { CallerCheckFailed, CLIENT_ADDRESS_HEADER, type Callers } from './session.js';

export type RequestListener = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export interface HttpOptions {
  /** The GraphQL runtime, for everything the routes below do not answer. */
  graphql: RequestListener;
  graphqlPath: string;
  /** The same runtime called with a fetch Request for a node request: the CSV exports run their documents here. */
  runtimeFetch: RuntimeFetch;
  /** Checks a request's session before the runtime runs, so an unanswerable check becomes one clear 503. */
  callers: Callers;
  readiness: () => Promise<{ ready: boolean; subgraphs: Record<string, boolean> }>;
  config: GatewayConfig;
  log: Logger;
}

export interface GatewayHttpServer {
  server: Server;
  close: () => Promise<void>;
}

const GENERIC_ERROR = 'Er ging iets mis op de server.';

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const type = typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8';
  res.writeHead(status, { 'content-type': type, ...headers }).end(text);
}

/** A refusal of the request itself, in the shape of a GraphQL error so clients read it like any other. */
function refuse(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}, code = 'BAD_REQUEST') {
  send(res, status, { errors: [{ message, extensions: { code } }] }, headers);
}

/** The same refusal written straight to a socket the HTTP server has let go of (CONNECT); the connection closes. */
function refuseOnSocket(socket: Duplex, status: string, message: string, headers: Record<string, string> = {}) {
  const body = JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  const head = Object.entries({ 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(body)), connection: 'close', ...headers }).map(([k, v]) => `${k}: ${v}\r\n`);
  socket.end(`HTTP/1.1 ${status}\r\n${head.join('')}\r\n${body}`);
  discardSocket(socket);
}

/** How long the rest of a refused body is read and thrown away before its connection is cut. */
const LINGER_MS = 5000;

/**
 * After an early answer (413) the client may still be sending. Closing at once would reset the connection and
 * the client could lose the answer with it; so the rest is read and discarded (never stored) for a short while,
 * then the connection is cut if the body still has not ended.
 */
function discardRest(req: IncomingMessage) {
  req.resume();
  if (req.complete) return;
  const timer = setTimeout(() => req.socket.destroy(), LINGER_MS);
  timer.unref();
  const stop = () => clearTimeout(timer);
  req.once('end', stop).once('close', stop);
}

/** Reads and throws away what a client still sends after its refusal, for a while, so the answer is not lost to a reset. */
function discardSocket(socket: Duplex) {
  socket.on('error', () => socket.destroy());
  socket.resume();
  setTimeout(() => socket.destroy(), LINGER_MS).unref();
}

/**
 * Whether the Host header can be part of a URL: the runtime builds the request URL from it (`http://<host><path>`),
 * and `[::1` or port 99999 would fail there as an internal error. No Host at all is left to node (HTTP/1.1 requires
 * one; an HTTP/1.0 request gets the server's own address).
 */
function hostIsValid(host: string | undefined): boolean {
  if (!host) return true;
  try {
    const url = new URL(`http://${host}`);
    return url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** The path of an origin-form request target (`/graphql?x`), or null for anything else (`*`, absolute URLs, garbage). */
function pathOf(target: string | undefined): string | null {
  if (!target?.startsWith('/')) return null;
  try {
    // Prefixed rather than resolved against a base: `//x` is a path here, not the host x.
    return new URL(`http://gateway${target}`).pathname;
  } catch {
    return null;
  }
}

/**
 * The gateway's node HTTP server, in front of the GraphQL runtime: request id, client address, access log, the
 * health routes, downloads and the request body limit. Whatever goes wrong with one request is answered (or, once
 * the answer has started, cut off) for that request only; the process never stops because of a request.
 */
export function createHttpServer(options: HttpOptions): GatewayHttpServer {
  const { config, log } = options;
  const trusted = trustedProxyList(config.trustedProxies);
  let closing = false;

  async function route(req: IncomingMessage, res: ServerResponse, pathname: string | null): Promise<void> {
    if (pathname === null) return refuse(res, 400, 'Dit adres klopt niet.');
    if (!hostIsValid(req.headers.host)) {
      refuse(res, 400, 'De Host-header van deze aanvraag klopt niet.', { connection: 'close' });
      return discardRest(req);
    }
    // node's parser ignores framing errors in the body of a request that asks for a protocol upgrade (which this
    // server never grants): a broken chunked body would then be waited for until the request timeout.
    if (req.headers.upgrade && req.headers['transfer-encoding']) {
      refuse(res, 400, 'Een aanvraag die een ander protocol vraagt (Upgrade) mag geen body in delen (chunked) sturen.', { connection: 'close' });
      return discardRest(req);
    }
    if (pathname === '/healthz') return send(res, 200, { status: 'ok' });
    if (pathname === '/readyz') {
      const readiness = await options.readiness();
      return send(res, readiness.ready && !closing ? 200 : 503, { status: readiness.ready && !closing ? 'ready' : 'not ready', ...readiness });
    }
    if (await serveBestand(req, res, pathname)) return;
    if (pathname.startsWith(EXPORT_PREFIX)) {
      // A download carries no body; whatever a wrong method sends is thrown away after its 405.
      discardRest(req);
      if (req.method === 'GET' && !(await sessionChecked(req, res))) return;
      return serveExport(req, res, new URL(`http://gateway${req.url}`), options.runtimeFetch);
    }
    const body = await readBody(req, config.maxBodyBytes);
    if (body === null) {
      // The subgraphs answer an oversized body the same way (core/subgraph-http.ts).
      refuse(res, 413, `De aanvraag is te groot: hoogstens ${Math.floor(config.maxBodyBytes / 1024 / 1024)} MB.`, {}, 'PAYLOAD_TOO_LARGE');
      return discardRest(req);
    }
    // @whatwg-node/server takes an already read body from `req.body` instead of reading the socket.
    if (body) (req as IncomingMessage & { body?: unknown }).body = body;
    if (pathname === options.graphqlPath && req.method !== 'OPTIONS' && !(await sessionChecked(req, res))) return;
    await options.graphql(req, res);
  }

  /**
   * Checks the session or API key before the runtime runs, so an unanswerable check becomes one clear 503 and a
   * wrong key one 401 (false: answered).
   */
  async function sessionChecked(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    try {
      await options.callers.callerOf(req);
      return true;
    } catch (error) {
      if (!(error instanceof CallerCheckFailed)) throw error;
      send(res, error.status, { errors: [{ message: error.message, extensions: { code: error.code } }] }, error.headers);
      return false;
    }
  }

  const server = createServer((req, res) => {
    const started = performance.now();
    const requestId = requestIdOf(req.headers[REQUEST_ID_HEADER]);
    const clientAddress = clientAddressOf(req.socket.remoteAddress ?? '', req.headers['x-forwarded-for'], trusted);
    // Overwritten, never trusted from the client: the runtime, the session check and the rate limits read these.
    req.headers[REQUEST_ID_HEADER] = requestId;
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddress;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    // CORS headers differ per Origin (cors.ts), so no cache may hand one origin's answer to another.
    res.setHeader('vary', 'Origin');
    if (closing) res.setHeader('connection', 'close');
    const pathname = pathOf(req.url);
    // A write after the response ended (a runtime error after an early answer) must not become an uncaught error.
    res.on('error', (error) => log.warn({ err: error, requestId }, 'response failed'));
    res.once('close', () => {
      log.info({ requestId, method: req.method, path: pathname ?? req.url, status: res.statusCode, durationMs: Math.round(performance.now() - started), clientAddress, ...(res.writableFinished ? {} : { aborted: true }) }, 'request');
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
    route(req, res, pathname).catch((error: unknown) => {
      log.error({ err: error, requestId }, 'request failed');
      if (res.headersSent) res.destroy();
      else send(res, 500, { errors: [{ message: GENERIC_ERROR, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    });
  });

  // Requests node cannot even parse (a bad method, header or URL) get a plain 400 and their connection closes.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
    // The request may already have its answer (an early refusal, before its broken body was read): a second
    // status line after it would be garbage to the client, so the connection just closes after the first.
    const answered = (socket as Socket & { _httpMessage?: ServerResponse | null })._httpMessage?.headersSent;
    if (error.code === 'ECONNRESET' || !socket.writable) socket.destroy();
    else if (answered) socket.end();
    else socket.end(`HTTP/1.1 ${status}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
  });

  // node closes a CONNECT without a word when nobody listens; a proxy request to the gateway gets a plain refusal.
  server.on('connect', (_req: IncomingMessage, socket: Duplex) => {
    refuseOnSocket(socket, '405 Method Not Allowed', 'Deze server is geen proxy: CONNECT wordt niet ondersteund.', { allow: 'GET, POST, OPTIONS' });
  });

  return {
    server,
    async close() {
      closing = true;
      const closed = new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      // Keep-alive connections without a request in flight would hold close() open until they time out.
      server.closeIdleConnections();
      const drained = setTimeout(() => server.closeAllConnections(), config.shutdownDrainMs);
      try {
        await closed;
      } finally {
        clearTimeout(drained);
      }
    },
  };
}

export async function listen(server: Server, port: number, host = '127.0.0.1'): Promise<number> {
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  return (server.address() as AddressInfo).port;
}
