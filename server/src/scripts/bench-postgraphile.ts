import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

/**
 * PostGraphile 5 over the catalog schema, as the benchmark's reference: its own process, a read-only role
 * (POSTGRAPHILE_DATABASE_URL), no response cache, no watch mode. Prints `READY <url>`.
 * Node 20 needs `--import with-resolvers-shim.js` first.
 */
const connectionString = process.env.POSTGRAPHILE_DATABASE_URL;
if (!connectionString) throw new Error('POSTGRAPHILE_DATABASE_URL is required');
const pgl = postgraphile({
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString, schemas: ['catalog'] })],
  grafserv: { watch: false, graphqlPath: '/graphql', graphiql: false },
  grafast: { explain: false },
});
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on('error', (error) => console.error(error));
serv.addTo(server).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
await new Promise<void>((resolve) => server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', resolve));
console.log(`READY http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
