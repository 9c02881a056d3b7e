import type { IncomingMessage } from 'node:http';
import { readLimitedBody } from '../core/request-body.js';

/** A request body already read, in the shape @whatwg-node/server accepts instead of reading the socket again. */
export interface ReadBody extends AsyncIterable<Buffer> {
  chunks: Buffer[];
}

const BODILESS = new Set(['GET', 'HEAD']);

/**
 * Reads a request body up to `limit` bytes (null: too large; undefined: a method without a body). Every body is
 * read here, before the GraphQL runtime sees the request, because the runtime would otherwise buffer a body of any
 * size.
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<ReadBody | null | undefined> {
  if (BODILESS.has(req.method ?? 'GET')) return undefined;
  const chunks = await readLimitedBody(req, limit);
  return chunks && { chunks, async *[Symbol.asyncIterator]() { yield* chunks; } };
}
