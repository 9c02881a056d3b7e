import 'reflect-metadata';
import { authSecret } from '../core/secrets.js';
import { stopOnSignals } from '../core/shutdown.js';
import { startPlatform } from '../platform.js';

/**
 * The whole API on an existing, seeded database, on free ports: `DATABASE_URL=... node dist/bin/platform.js`.
 * Prints `READY <gateway url>` when it serves (the benchmark runs it in its own process, so the load
 * generator does not share the server's event loop). Stops gracefully on SIGINT/SIGTERM.
 */
authSecret();
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('DATABASE_URL is required');
const platform = await startPlatform({ databaseUrl, gatewayPort: Number(process.env.PORT ?? 0), subgraphPort: () => 0, seed: false });
console.log(`READY ${platform.gatewayUrl}`);
stopOnSignals(() => platform.stop(), (m) => console.error(m));
