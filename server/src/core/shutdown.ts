/**
 * Stops a process gracefully on SIGTERM (docker stop, an orchestrator) or SIGINT (Ctrl-C): `stop` drains and
 * closes, then the process exits 0. A second signal, or `stop` taking longer than `hardTimeoutMs`, exits 1
 * at once, so a hung connection never keeps a container from stopping.
 */
export function stopOnSignals(stop: (signal: NodeJS.Signals) => Promise<void>, log: (message: string) => void, hardTimeoutMs = 25_000): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      log(`${signal} again: stopping now`);
      process.exit(1);
    }
    stopping = true;
    log(`${signal}: stopping ...`);
    setTimeout(() => {
      log(`not stopped within ${hardTimeoutMs} ms: exiting`);
      process.exit(1);
    }, hardTimeoutMs).unref();
    stop(signal).then(
      () => process.exit(0),
      (error: unknown) => {
        log(`stopping failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
