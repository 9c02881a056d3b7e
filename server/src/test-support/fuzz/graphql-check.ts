import type { GqlCase } from './graphql-cases.js';
import { describeString } from './hostile-strings.js';
import type { FuzzReport } from './report.js';

export interface GqlAnswer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message?: string; extensions?: Record<string, unknown> }[] } | null;
}

/** Codes that mean "the server did not expect this": a hostile input must never get one. */
export const UNEXPECTED_CODES = new Set(['INTERNAL_SERVER_ERROR', 'DOWNSTREAM_SERVICE_ERROR']);

/**
 * A message with its input-specific parts left out, so failures group by kind: "Variable "$x" got invalid
 * value [1,2] at "input.naam"; String cannot..." and the same for another variable count as one symptom.
 */
export function messageKind(message: unknown): string {
  if (/^Variable "\$[^"]*" (got invalid value|of required type|of non-null type)/.test(String(message))) return 'Variable "$…" has an invalid value (variable coercion)';
  return String(message)
    .replace(/got invalid value .*?(; | at ")/s, 'got invalid value … $1')
    .replace(/(cannot represent[^:]*|Did you mean).*$/s, '$1')
    .replace(/"[^"]*"/g, '"…"')
    .replace(/-?\d+(\.\d+)?(e[+-]?\d+)?/g, 'N')
    .slice(0, 160);
}

const short = (value: unknown) => {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 300 ? json.slice(0, 300) + `...(${json.length} chars)` : json;
};

/** Variables with every long or named payload replaced by its name, so a reported input stays readable and whole. */
function compactVariables(value: unknown): unknown {
  if (typeof value === 'string') return value.length > 40 || describeString(value).startsWith('<') ? describeString(value) : value;
  if (Array.isArray(value)) return value.map(compactVariables);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compactVariables(v)]));
  return value;
}

export function describeCase(c: GqlCase): string {
  const variables = JSON.stringify(compactVariables(c.variables)) ?? 'undefined';
  return `${c.as} ${c.transport.toUpperCase()} [${c.family}] query=${short(c.query)} variables=${variables.length > 1500 ? variables.slice(0, 1500) + '...' : variables}${c.operationName !== undefined ? ` operationName=${short(c.operationName)}` : ''}`;
}

/** Sends one case through the gateway; null answer when no HTTP answer came within the bound. */
export async function sendCase(gatewayUrl: string, c: GqlCase, headers: Record<string, string>, timeoutMs = 15_000): Promise<GqlAnswer | { failure: string }> {
  const envelope: Record<string, unknown> = { query: c.query };
  if (c.variables !== undefined) envelope.variables = c.variables;
  if (c.operationName !== undefined) envelope.operationName = c.operationName;
  try {
    let response: Response;
    if (c.transport === 'get') {
      const url = new URL(gatewayUrl);
      for (const [k, v] of Object.entries(envelope)) url.searchParams.set(k, typeof v === 'string' ? v : JSON.stringify(v));
      response = await fetch(url, { headers: { accept: 'application/json', ...headers }, signal: AbortSignal.timeout(timeoutMs) });
    } else {
      response = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', ...headers }, body: JSON.stringify(envelope), signal: AbortSignal.timeout(timeoutMs) });
    }
    const text = await response.text();
    let body: GqlAnswer['body'] = null;
    if (/json/.test(response.headers.get('content-type') ?? '')) {
      try {
        body = JSON.parse(text);
      } catch {
        return { failure: `HTTP ${response.status} with unparseable JSON: ${text.slice(0, 200)}` };
      }
    }
    return { status: response.status, body };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const name = (error as Error).name;
    return { failure: name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : `connection dropped (${cause?.code ?? cause?.message ?? String(error)})` };
  }
}

/**
 * The universal checks (status below 500, a code on every error, no unexpected error, no input silently changed)
 * and the case's own expectation; every violation goes into the report.
 */
export function checkAnswer(report: FuzzReport, c: GqlCase, answer: GqlAnswer | { failure: string }): void {
  const input = describeCase(c);
  if ('failure' in answer) {
    report.status('no answer');
    report.fail(answer.failure, input);
    return;
  }
  report.status(answer.status);
  if (answer.status >= 500) report.fail(`HTTP ${answer.status}: ${short(answer.body?.errors?.[0]?.message ?? answer.body)}`, input);
  const errors = answer.body?.errors ?? [];
  if (!errors.length) report.code('(no error)');
  for (const error of errors) {
    const code = error.extensions?.code;
    if (typeof code !== 'string') {
      report.code('(none)');
      report.fail(`error without extensions.code (HTTP ${answer.status}): ${messageKind(error.message)}`, `${input} -> ${short(error.message)}`);
      continue;
    }
    report.code(code);
    if (UNEXPECTED_CODES.has(code)) report.fail(`unexpected server error ${code} (HTTP ${answer.status}) in ${c.family}: ${short(error.message)}`, input);
  }
  const field = c.field ? answer.body?.data?.[c.field] : undefined;
  if (c.expect === 'refused' && field !== undefined && field !== null) report.fail(`${c.family} answered data where it must refuse: ${short(field)}`, input);
  if (c.expect === 'nothing-found' && field) {
    const found = Array.isArray(field) ? field.length : (field as { totalCount?: number }).totalCount ?? 0;
    if (found > 0) report.fail(`${c.family} found ${found} for made-up selectors (input used as code?)`, input);
  }
  if (silentChanges(c, answer.body?.data)) report.fail(`${c.family} accepted a lone surrogate and answered U+FFFD in its place (input changed silently)`, input);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whether a string sent with a lone surrogate came back with U+FFFD (UTF-8 encoding replaced it on the way to
 * PostgreSQL) instead of being refused. Compared field by field for the instrument text fields a mutation
 * echoes, and over the whole answer for reads (which echo no stored text the fuzz wrote).
 */
function silentChanges(c: GqlCase, data: Record<string, unknown> | null | undefined): boolean {
  if (!data) return false;
  const sent = JSON.stringify(c.variables ?? null) + c.query;
  if (sent.includes('\uFFFD') || sent.includes('\\ufffd')) return false;
  const input = (c.variables as { input?: Record<string, unknown>; naam?: unknown } | undefined)?.input ?? (c.variables as Record<string, unknown> | undefined);
  const echoed = c.field ? (data[c.field] as Record<string, unknown> | null | undefined) : undefined;
  if (input && echoed && typeof echoed === 'object') {
    return Object.entries(input).some(([key, value]) => typeof value === 'string' && LONE_SURROGATE.test(value) && typeof echoed[key] === 'string' && (echoed[key] as string).includes('\uFFFD'));
  }
  return c.family !== 'updateInstrument' && c.family !== 'createInstrument' && JSON.stringify(data).includes('\uFFFD');
}
