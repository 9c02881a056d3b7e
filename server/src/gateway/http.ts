import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveBestand } from '../core/bestanden.js';
import type { GatewayConfig } from './config.js';
import { CLIENT_ADDRESS_HEADER } from './session.js';

export type RequestListener = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/**
 * The gateway's node HTTP server: the client address, downloads, then the GraphQL runtime.
 */
export function createHttpServer(graphql: RequestListener, _config: GatewayConfig): Server {
  return createServer((req, res) => {
    // The address rate limits count by: the socket's, overwriting anything the client sent under that name.
    req.headers[CLIENT_ADDRESS_HEADER] = req.socket.remoteAddress ?? '';
    void serveBestand(req, res).then(async (served) => {
      if (!served) await graphql(req, res);
    });
  });
}

export async function listen(server: Server, port: number, host = '127.0.0.1'): Promise<number> {
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  return (server.address() as AddressInfo).port;
}
