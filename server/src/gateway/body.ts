import type { IncomingMessage } from 'node:http';

/** A request body already read, in the shape @whatwg-node/server accepts instead of reading the socket again. */
export interface ReadBody extends AsyncIterable<Buffer> {
  chunks: Buffer[];
}

const BODILESS = new Set(['GET', 'HEAD']);

/**
 * Reads a request body up to `limit` bytes. A Content-Length above it is refused before anything is read; a
 * chunked body is counted as it arrives and refused as soon as it passes the limit, so an endless upload costs
 * at most `limit` bytes of memory. Null: too large (the rest is left unread).
 * Every body is read here, before the GraphQL runtime sees the request, because the runtime would otherwise
 * buffer a body of any size.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<ReadBody | null | undefined> {
  if (BODILESS.has(req.method ?? 'GET')) return Promise.resolve(undefined);
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const settle = (outcome: () => void) => {
      req.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
      outcome();
    };
    const onData = (chunk: Buffer) => {
      total += chunk.length;
      if (total <= limit) chunks.push(chunk);
      else settle(() => {
        // Not destroyed: the socket must stay up long enough to carry the 413.
        req.pause();
        resolve(null);
      });
    };
    const onEnd = () => settle(() => resolve({ chunks, async *[Symbol.asyncIterator]() { yield* chunks; } }));
    const onError = (error: Error) => settle(() => reject(error));
    const onClose = () => settle(() => reject(new Error('The client closed the connection before its request body ended.')));
    req.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}
