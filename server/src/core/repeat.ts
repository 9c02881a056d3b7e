/**
 * Runs `task` every `intervalMs` (and at once with `now`), one run at a time: a slow run is never overlapped by the
 * next. A failure goes to `onError` and the next round tries again. The timer never keeps the process alive; the
 * returned stop waits for a run in progress, so a subgraph closes its pool only after it.
 */
export function repeat(task: () => Promise<unknown>, intervalMs: number, options: { now?: boolean; onError: (error: unknown) => void }): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  const run = () => {
    if (busy) return;
    busy = true;
    running = task()
      .catch(options.onError)
      .finally(() => {
        busy = false;
      });
  };
  if (options.now) run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
