import { setTimeout as sleep } from 'node:timers/promises';

/** Which subgraphs a streamed query needs. */
export type StreamQueryKind = 'catalog' | 'accounts' | 'both';

export const STREAM_QUERIES: Record<StreamQueryKind, string> = {
  catalog: '{ gemeenten(regioCode: "AM18") { code } }',
  accounts: '{ me { id } }',
  both: '{ me { id } instruments(first: 3) { nodes { naam aanbieder { naam } } } }',
};

export interface StreamSample {
  kind: StreamQueryKind;
  /** The phase when the request was sent. */
  phase: string;
  startedAt: number;
  ms: number;
  status: number | null;
  /** null: no HTTP answer at all (timeout or dropped connection). */
  errors: { message: string; code?: unknown; path?: unknown }[] | null;
  data: Record<string, unknown> | null;
  failure?: string;
}

/**
 * Keeps `concurrency` clients sending queries (catalog only, accounts only, both) until `stop` resolves,
 * recording every answer with the phase it was sent in and how long it took.
 */
export async function runQueryStream(gatewayUrl: string, phase: () => string, stop: Promise<void>, { concurrency = 4, timeoutMs = 20_000 } = {}): Promise<StreamSample[]> {
  const samples: StreamSample[] = [];
  let stopped = false;
  void stop.then(() => (stopped = true));
  const kinds: StreamQueryKind[] = ['catalog', 'accounts', 'both'];
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let i = worker; !stopped; i++) {
        const kind = kinds[i % kinds.length]!;
        const sample: StreamSample = { kind, phase: phase(), startedAt: Date.now(), ms: 0, status: null, errors: null, data: null };
        try {
          const response = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: STREAM_QUERIES[kind] }), signal: AbortSignal.timeout(timeoutMs) });
          sample.status = response.status;
          const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; path?: unknown; extensions?: { code?: unknown } }[] };
          sample.data = body.data ?? null;
          sample.errors = (body.errors ?? []).map((e) => ({ message: e.message, code: e.extensions?.code, path: e.path }));
        } catch (error) {
          const cause = (error as { cause?: { code?: string } }).cause;
          sample.failure = (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : `no answer (${cause?.code ?? String(error)})`;
        }
        sample.ms = Date.now() - sample.startedAt;
        samples.push(sample);
        await sleep(20);
      }
    }),
  );
  return samples;
}

/** One line per phase and kind: how many answered cleanly, with errors, not at all, and the slowest. */
export function summarizeStream(samples: StreamSample[]): string {
  const groups = new Map<string, StreamSample[]>();
  for (const s of samples) groups.set(`${s.phase}/${s.kind}`, [...(groups.get(`${s.phase}/${s.kind}`) ?? []), s]);
  return [...groups.entries()]
    .map(([key, list]) => {
      const clean = list.filter((s) => s.errors && s.errors.length === 0).length;
      const withErrors = list.filter((s) => s.errors && s.errors.length > 0);
      const none = list.filter((s) => s.errors === null).length;
      const codes = [...new Set(withErrors.flatMap((s) => s.errors!.map((e) => `${String(e.code)} at ${JSON.stringify(e.path ?? null)}: ${e.message.slice(0, 90)}`)))].slice(0, 3);
      const statuses = [...new Set(list.map((s) => s.status ?? '-'))].join('/');
      return `[faults] ${key}: ${list.length} sent (HTTP ${statuses}), ${clean} clean, ${withErrors.length} with errors, ${none} unanswered, slowest ${Math.max(...list.map((s) => s.ms))} ms${codes.length ? `; errors: ${codes.join(' | ')}` : ''}`;
    })
    .join('\n');
}
