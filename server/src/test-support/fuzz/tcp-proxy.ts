import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of one upstream that a test can cut (the port refuses connections) or stall (connections
 * are accepted and requests read, but nothing ever comes back), and then restore on the same port.
 */
export class TcpProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private stalled = false;

  private constructor(private readonly upstreamPort: number, readonly port: number) {}

  static async start(upstreamPort: number): Promise<TcpProxy> {
    const probe = createServer();
    const port = await new Promise<number>((resolve) => probe.listen(0, '127.0.0.1', () => resolve((probe.address() as { port: number }).port)));
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const proxy = new TcpProxy(upstreamPort, port);
    await proxy.listen();
    return proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  private track(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  }

  private listen(): Promise<void> {
    this.server = createServer((client) => {
      this.track(client);
      if (this.stalled) return; // accepted, read into nothing, never answered
      const upstream = connect({ host: '127.0.0.1', port: this.upstreamPort });
      this.track(upstream);
      client.on('data', (chunk) => this.stalled || upstream.write(chunk));
      upstream.on('data', (chunk) => this.stalled || client.write(chunk));
      client.on('close', () => upstream.destroy());
      // A stalled upstream must not even be seen to hang up (its keep-alive timeout would end the wait early).
      upstream.on('close', () => this.stalled || client.destroy());
    });
    return new Promise((resolve) => this.server!.listen(this.port, '127.0.0.1', () => resolve()));
  }

  private dropConnections(): void {
    for (const socket of this.sockets) socket.destroy();
  }

  /** Nothing listens on the port any more (connection refused); open connections are reset. */
  async refuse(): Promise<void> {
    const server = this.server;
    this.server = null;
    this.dropConnections();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Connections are accepted and requests swallowed; nothing is answered, on new and open connections alike. */
  stall(): void {
    this.stalled = true;
  }

  /** Back to passing everything through; stalled connections are dropped (their requests were lost anyway). */
  async restore(): Promise<void> {
    if (this.stalled) {
      this.stalled = false;
      this.dropConnections();
    }
    if (!this.server) await this.listen();
  }

  async close(): Promise<void> {
    await this.refuse();
  }
}
