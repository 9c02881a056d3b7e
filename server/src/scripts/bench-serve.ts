import 'reflect-metadata';
import pg from 'pg';

/**
 * One server process of the load benchmark: BENCH_SERVE=platform|subgraph|gateway|postgraphile. It counts the
 * SQL statements the process sends (every pg client, whoever made it) and reports the count to its parent over
 * the IPC channel, so the benchmark can divide by the requests it sent.
 * platform: gateway and every subgraph in this process (npm start's shape); the gateway's response cache is on
 * when BENCH_CACHE=1. subgraph (argv: its name) and gateway are the bin/ services as docker-compose runs them.
 */
let statements = 0;
const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function countedQuery(this: pg.Client, ...args: unknown[]) {
  statements++;
  return query.apply(this, args);
} as typeof pg.Client.prototype.query;
process.on('message', (message) => {
  if (message === 'statements') process.send?.({ statements });
});
// The parent going away must not leave servers behind.
process.on('disconnect', () => process.exit(0));

switch (process.env.BENCH_SERVE) {
  case 'platform': {
    const databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) throw new Error('DATABASE_URL is required');
    if (process.env.BENCH_CACHE !== '1') process.env.RESPONSE_CACHE = 'off';
    const { startPlatform } = await import('../platform.js');
    const platform = await startPlatform({ databaseUrl, gatewayPort: 0, subgraphPort: () => 0, seed: false, log: console.log });
    for (const s of platform.subgraphs) console.log(`Subgraph ${s.definition.name} at ${s.url}`);
    console.log(`READY ${platform.gatewayUrl}`);
    break;
  }
  case 'subgraph': {
    // bin/subgraph.js as docker-compose runs it, but printing its URL: its own log line is info, below the bench's level.
    const { runSubgraph } = await import('../run-subgraph.js');
    const { subgraphByName } = await import('../subgraphs/registry.js');
    const { stopOnSignals } = await import('../core/shutdown.js');
    const definition = subgraphByName(process.argv[2] ?? '');
    const databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) throw new Error('DATABASE_URL is required');
    const running = await runSubgraph(definition, { databaseUrl, port: Number(process.env.PORT ?? 0), host: process.env.HOST });
    console.log(`Subgraph ${definition.name} at ${running.url}`);
    stopOnSignals(() => running.stop(), () => undefined);
    break;
  }
  case 'gateway':
    await import('../bin/gateway.js');
    break;
  case 'postgraphile':
    await import('./bench-postgraphile.js');
    break;
  default:
    throw new Error(`BENCH_SERVE must be platform, subgraph, gateway or postgraphile, not '${process.env.BENCH_SERVE}'`);
}
