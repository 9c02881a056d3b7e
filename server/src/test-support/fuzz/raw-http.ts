import { connect } from 'node:net';

/**
 * What came back for one raw request. `response`: a final (non-1xx) status line arrived, whatever happened after
 * (a 400 followed by a close is a proper refusal). Anything else means the client got no HTTP answer at all.
 */
export type RawOutcome =
  | { kind: 'response'; status: number; headers: Record<string, string>; body: Buffer }
  | { kind: 'reset' | 'closed' | 'timeout'; detail: string; received: number };

interface ParsedHead {
  status: number;
  headers: Record<string, string>;
  bodyStart: number;
}

/** The first final response head in `data` (skipping 100 Continue and other 1xx), or null while incomplete. */
function parseHead(data: Buffer): ParsedHead | null {
  let offset = 0;
  for (;;) {
    const end = data.indexOf('\r\n\r\n', offset, 'latin1');
    if (end < 0) return null;
    const lines = data.subarray(offset, end).toString('latin1').split('\r\n');
    const status = Number(/^HTTP\/\d\.\d (\d{3})/.exec(lines[0] ?? '')?.[1] ?? NaN);
    if (Number.isNaN(status)) throw new Error(`not an HTTP response: ${JSON.stringify(lines[0])}`);
    if (status >= 200 || status < 100) {
      const headers: Record<string, string> = {};
      for (const line of lines.slice(1)) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      return { status, headers, bodyStart: end + 4 };
    }
    offset = end + 4;
  }
}

/** Whether the body after the head is complete (by content-length, chunked terminator, or unknown: wait for close). */
function bodyComplete(head: ParsedHead, data: Buffer, method: string): boolean {
  const body = data.subarray(head.bodyStart);
  if (method === 'HEAD' || head.status === 204 || head.status === 304) return true;
  const length = head.headers['content-length'];
  if (length !== undefined) return body.length >= Number(length);
  if (/chunked/i.test(head.headers['transfer-encoding'] ?? '')) return body.includes('\r\n0\r\n\r\n', 0, 'latin1') || body.subarray(0, 5).toString('latin1') === '0\r\n\r\n';
  return false;
}

function decodeChunked(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let offset = 0;
  while (offset < body.length) {
    const lineEnd = body.indexOf('\r\n', offset, 'latin1');
    if (lineEnd < 0) break;
    const size = parseInt(body.subarray(offset, lineEnd).toString('latin1'), 16);
    if (!size) break;
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    offset = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

/**
 * Sends bytes exactly as given over a plain TCP socket (no client-side HTTP library to tidy them up) and reads
 * one response. The socket is never half-closed: a server that wants more bytes than were sent is the request's
 * fault, so generators always send complete requests.
 */
export function rawExchange(port: number, request: Buffer, { timeoutMs = 15_000, host = '127.0.0.1' } = {}): Promise<RawOutcome> {
  const method = /^(\S*)/.exec(request.subarray(0, 64).toString('latin1'))?.[1] ?? '';
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    const socket = connect({ host, port });
    const finish = (outcome: RawOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(outcome);
    };
    const fromData = (): RawOutcome | null => {
      const data = Buffer.concat(chunks);
      let head: ParsedHead | null;
      try {
        head = parseHead(data);
      } catch (error) {
        return { kind: 'closed', detail: String(error), received };
      }
      if (!head) return null;
      const raw = data.subarray(head.bodyStart);
      const body = /chunked/i.test(head.headers['transfer-encoding'] ?? '') ? decodeChunked(raw) : raw;
      return { kind: 'response', status: head.status, headers: head.headers, body };
    };
    const timer = setTimeout(() => finish(fromData() ?? { kind: 'timeout', detail: `no response within ${timeoutMs} ms`, received }), timeoutMs);
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      received += chunk.length;
      const data = Buffer.concat(chunks);
      let head: ParsedHead | null = null;
      try {
        head = parseHead(data);
      } catch {
        return;
      }
      if (head && bodyComplete(head, data, method)) finish(fromData()!);
    });
    // A response that arrived before the server closed or reset the socket still counts as an answer.
    socket.on('error', (error: NodeJS.ErrnoException) => finish(fromData() ?? { kind: 'reset', detail: error.code ?? error.message, received }));
    socket.on('close', () => finish(fromData() ?? { kind: 'closed', detail: 'closed without a response', received }));
    socket.on('connect', () => {
      // A server that answers early (413, 400) and closes makes the write fail: the 'error' handler keeps that answer.
      socket.write(request, () => undefined);
    });
  });
}
