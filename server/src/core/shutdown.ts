/**
 * Stops a process gracefully on SIGTERM (docker stop, an orchestrator) or SIGINT (Ctrl-C): `stop` drains and
 * closes, then the process exits 0. `stop` taking longer than `hardTimeoutMs` exits 1, so a hung connection
 * never keeps a container from stopping. Repeated signals are ignored: Ctrl-C reaches every process of the
 * terminal's group, so children that pass it on make a second one arrive without anyone pressing twice.
 */
export function stopOnSignals(stop: (signal: NodeJS.Signals) => Promise<void>, log: (message: string) => void, hardTimeoutMs = 25_000): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
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
