/**
 * Counts what a fuzz run sent and got, and collects failures by symptom (with the first few inputs that showed
 * it), so one run reports every kind of failure instead of stopping at the first.
 */
export class FuzzReport {
  sent = 0;
  readonly statuses = new Map<string, number>();
  readonly codes = new Map<string, number>();
  private readonly failures = new Map<string, { count: number; examples: string[] }>();

  constructor(readonly name: string, readonly seed: number) {}

  status(status: string | number): void {
    this.sent++;
    this.statuses.set(String(status), (this.statuses.get(String(status)) ?? 0) + 1);
  }

  code(code: string): void {
    this.codes.set(code, (this.codes.get(code) ?? 0) + 1);
  }

  fail(symptom: string, input: string): void {
    const entry = this.failures.get(symptom) ?? { count: 0, examples: [] };
    entry.count++;
    if (entry.examples.length < 3) entry.examples.push(input.length > 2000 ? input.slice(0, 2000) + '...' : input);
    this.failures.set(symptom, entry);
  }

  get failureCount(): number {
    return [...this.failures.values()].reduce((n, f) => n + f.count, 0);
  }

  private static histogram(map: Map<string, number>): string {
    return [...map.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k}: ${n}`).join(', ');
  }

  summary(): string {
    const lines = [`[fuzz] ${this.name} (seed ${this.seed}, FUZZ_SEED=${this.seed} reproduces): ${this.sent} requests; status ${FuzzReport.histogram(this.statuses)}`];
    if (this.codes.size) lines.push(`[fuzz]   error codes ${FuzzReport.histogram(this.codes)}`);
    for (const [symptom, { count, examples }] of this.failures) {
      lines.push(`[fuzz]   FAIL x${count}: ${symptom}`);
      for (const example of examples) lines.push(`[fuzz]       input: ${example}`);
    }
    return lines.join('\n');
  }
}

/** Runs `task` over `items` with at most `concurrency` at a time, in order of the items. */
export async function runPool<T>(items: T[], concurrency: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const index = next++;
        await task(items[index]!, index);
      }
    }),
  );
}

/**
 * Errors that would have ended the process (an uncaught exception or unhandled rejection in the gateway, which
 * runs in the test process): recorded instead, so the run goes on and reports them with the input that caused them.
 */
export function watchProcessErrors(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (kind: string) => (error: unknown) => errors.push(`${kind}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  const uncaught = onError('uncaughtException');
  const unhandled = onError('unhandledRejection');
  process.on('uncaughtException', uncaught);
  process.on('unhandledRejection', unhandled);
  return {
    errors,
    stop: () => {
      process.off('uncaughtException', uncaught);
      process.off('unhandledRejection', unhandled);
    },
  };
}
