import net from 'node:net';
import autocannon from 'autocannon';

/**
 * Load at steady concurrency with autocannon. Every connection comes from its own loopback address
 * (127.0.0.2, .3, ...), as real clients do: the gateway's per-address limits and the client address it signs into
 * its subgraph requests then see what they would see in production.
 */
export interface LoadResult {
  rps: number;
  p50: number;
  p95: number;
  requests: number;
}

/** autocannon has no local-address option: its client connects with net.connect(port, host); bind that one call. */
function bindToOwnAddress(connections: number) {
  let next = 0;
  return (client: { _connect: () => void }) => {
    const localAddress = `127.0.0.${2 + (next++ % connections)}`;
    const connect = client._connect;
    client._connect = function boundConnect(this: unknown) {
      const original = net.connect;
      (net as { connect: unknown }).connect = (port: number, host: string) => original({ port, host, localAddress });
      try {
        return connect.call(this);
      } finally {
        (net as { connect: unknown }).connect = original;
      }
    };
  };
}

export async function load(url: string, body: string, options: { seconds: number; connections: number; headers?: Record<string, string> }): Promise<LoadResult> {
  const times: number[] = [];
  const instance = autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    body,
    connections: options.connections,
    duration: options.seconds,
    setupClient: bindToOwnAddress(options.connections) as never,
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  const result = await instance;
  if (result.errors || result.timeouts || result.non2xx) {
    throw new Error(`${url}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx responses under load`);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)] ?? NaN;
  return { rps: times.length / options.seconds, p50: at(0.5), p95: at(0.95), requests: times.length };
}
