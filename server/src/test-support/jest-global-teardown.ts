/** Stops the PostgreSQL the global setup started (none when TEST_DATABASE_URL was given). */
export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __stopTestPostgres?: () => Promise<void> }).__stopTestPostgres?.();
}
