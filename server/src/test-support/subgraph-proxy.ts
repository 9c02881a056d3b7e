import { createServer, type IncomingMessage } from 'node:http';
import { createServer as createNetServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface SubgraphProxy {
  url: string;
  /** Requests that reached the proxy (so: the subgraph) since it started. */
  readonly calls: number;
  close(): Promise<void>;
}

const body = async (req: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

/** Passes every request on to a subgraph and counts them: shows whether the gateway called it at all. */
export async function startCountingProxy(target: string): Promise<SubgraphProxy> {
  let calls = 0;
  const server = createServer((req, res) => {
    calls++;
    void body(req).then(async (payload) => {
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([k, v]) => typeof v === 'string' && !['host', 'content-length', 'connection'].includes(k))) as Record<string, string>;
      const response = await fetch(target, { method: req.method, headers, body: req.method === 'GET' ? undefined : payload });
      res.writeHead(response.status, { 'content-type': response.headers.get('content-type') ?? 'application/json' });
      res.end(Buffer.from(await response.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    get calls() {
      return calls;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A "subgraph" that accepts connections and reads requests, but never answers (a hung process). */
export async function startHangingSubgraph(): Promise<SubgraphProxy> {
  let calls = 0;
  const sockets = new Set<Socket>();
  const server = createNetServer((socket) => {
    calls++;
    sockets.add(socket);
    socket.on('data', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    get calls() {
      return calls;
    },
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
