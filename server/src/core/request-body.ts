import type { IncomingMessage } from 'node:http';

/**
 * Reads a request body up to `limit` bytes, for the gateway and the subgraphs alike. A Content-Length above it is
 * refused before anything is read; a chunked body is counted as it arrives and refused as soon as it passes the
 * limit, so an endless upload costs at most `limit` bytes of memory. Null: too large (the rest is left unread and
 * the request paused, not destroyed: the socket must stay up long enough to carry the 413). Rejects when the
 * client breaks the request off.
 */
export function readLimitedBody(req: IncomingMessage, limit: number): Promise<Buffer[] | null> {
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
        req.pause();
        resolve(null);
      });
    };
    const onEnd = () => settle(() => resolve(chunks));
    const onError = (error: Error) => settle(() => reject(error));
    const onClose = () => settle(() => reject(new Error('The client closed the connection before its request body ended.')));
    req.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}
