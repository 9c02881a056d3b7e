import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { EXCEL_CSV_OPTIONS } from '../core/csv.js';
import { INSTRUMENTEN_PATH, serveInstrumentenExport } from './export-instrumenten.js';
import { REQUEST_ID_HEADER } from '../core/log.js';
import { EXPORT_TABLES, PAGE_SIZE, type Cell, type ExportTable, type Param } from './export-tables.js';
import { API_KEY_HEADER, CLIENT_ADDRESS_HEADER } from './session.js';

export const EXPORT_PREFIX = '/export/';

/** The GraphQL runtime called with a fetch Request on behalf of a node request (its server context). */
export type RuntimeFetch = (request: Request, req: IncomingMessage) => Promise<Response>;

interface GraphQLError {
  message: string;
  extensions?: Record<string, unknown>;
}
interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: GraphQLError[];
}

/**
 * The headers of the client request the runtime reads, and nothing else: the session (cookie or bearer token) or API key
 * for the caller the subgraphs check, the rate limit and the response cache (which keeps out every request with
 * a token); the request id and client address http.ts already overwrote. Never Origin: this is no cross-origin
 * GraphQL call, and the CORS and trusted-document rules for browser scripts do not apply to the server's own
 * documents.
 */
const FORWARDED = ['cookie', 'authorization', API_KEY_HEADER, REQUEST_ID_HEADER, CLIENT_ADDRESS_HEADER, 'user-agent'];

/**
 * One export document through the runtime, as a JSON POST: the CSRF plugin lets JSON pass (a browser cannot
 * send it cross-site without a CORS preflight). That is safe here because the browser never chose this request:
 * the server sends only its own fixed, read-only queries, and the client's GET can at most start a download of
 * its own data into its own browser, which another site cannot read (no CORS headers on /export).
 */
export async function runDocument(fetchRuntime: RuntimeFetch, req: IncomingMessage, query: string, variables: Record<string, unknown>) {
  const headers = new Headers({ 'content-type': 'application/json', accept: 'application/json' });
  for (const name of FORWARDED) {
    const value = req.headers[name];
    if (typeof value === 'string') headers.set(name, value);
  }
  const request = new Request('http://gateway/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const response = await fetchRuntime(request, req);
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as GraphQLAnswer };
}

export type Answer = Awaited<ReturnType<typeof runDocument>>;

export class ExportRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const badInput = (field: string, message: string) => new ExportRefusal(400, 'BAD_USER_INPUT', message, { fields: [{ field, message }] });

const STATUS_OF_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  NOT_FOUND: 404,
  SERVICE_UNAVAILABLE: 503,
  GATEWAY_TIMEOUT: 504,
};

/** A GraphQL answer with errors as the export's refusal; a 429 of the rate limit stays a 429. */
export function refusalOf(answer: Answer): ExportRefusal {
  const first = answer.body.errors?.[0];
  const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL_SERVER_ERROR';
  // Anything without a client-side cause is the answer of a service behind the gateway: 502.
  const status = answer.status === 429 ? 429 : STATUS_OF_CODE[code] ?? 502;
  const { code: _, ...extra } = first?.extensions ?? {};
  return new ExportRefusal(status, code, first?.message ?? 'De gegevens konden niet worden opgehaald.', extra, answer.retryAfter ? { 'retry-after': answer.retryAfter } : {});
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function valueOf(name: string, param: Param, text: string): unknown {
  const { type } = param;
  switch (type.kind) {
    case 'date':
      if (!DATE.test(text) || Number.isNaN(Date.parse(`${text}T00:00:00Z`)) || new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) !== text) {
        throw badInput(name, `'${name}' moet een datum zijn, zoals 2026-03-31.`);
      }
      return text;
    case 'int':
      if (!/^-?\d{1,9}$/.test(text)) throw badInput(name, `'${name}' moet een heel getal zijn.`);
      return Number(text);
    case 'enum':
      if (!type.values.includes(text)) throw badInput(name, `'${name}' moet een van deze waarden zijn: ${type.values.join(', ')}.`);
      return text;
    case 'string':
      return text;
  }
}

/** The query string as the table's GraphQL variables, or a refusal saying which parameter is wrong. */
export function variablesOf(table: Pick<ExportTable, 'params'>, search: URLSearchParams): Record<string, unknown> {
  const names = Object.keys(table.params);
  for (const name of new Set(search.keys())) {
    if (!names.includes(name)) throw badInput(name, `Onbekende parameter '${name}'. Deze tabel kent: ${names.join(', ')}.`);
  }
  const variables: Record<string, unknown> = {};
  for (const [name, param] of Object.entries(table.params)) {
    const texts = search.getAll(name);
    if (texts.length === 0) {
      if (param.required) throw badInput(name, `'${name}' ontbreekt.`);
      continue;
    }
    if (!param.list && texts.length > 1) throw badInput(name, `Geef '${name}' maar één keer.`);
    const values = texts.map((text) => valueOf(name, param, text));
    variables[name] = param.list ? values : values[0];
  }
  return variables;
}

function fileName(tabel: string, variables: Record<string, unknown>): string {
  // Only validated dates and a known table name: nothing a client could use to break out of the header.
  return [tabel, variables.van, variables.tot].filter((part) => typeof part === 'string').join('-') + '.csv';
}

export function sendRefusal(res: ServerResponse, refusal: ExportRefusal) {
  const body = JSON.stringify({ errors: [{ message: refusal.message, extensions: { code: refusal.code, ...refusal.extra } }] });
  res.writeHead(refusal.status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...refusal.headers }).end(body);
}

/**
 * `GET /export/<tabel>.csv?<the query's arguments>`: the dashboard table as a CSV file. The first answer decides
 * the status (a refusal is JSON in the GraphQL error shape, see STATUS_OF_CODE); once the file has started, a
 * failing later page cuts the download off rather than ending a partial file as if it were whole.
 */
export async function serveExport(req: IncomingMessage, res: ServerResponse, url: URL, fetchRuntime: RuntimeFetch): Promise<void> {
  if (INSTRUMENTEN_PATH.test(url.pathname.slice(EXPORT_PREFIX.length))) return serveInstrumentenExport(req, res, url, fetchRuntime);
  const tabel = url.pathname.slice(EXPORT_PREFIX.length).match(/^([A-Za-z]+)\.csv$/)?.[1];
  const table = tabel && Object.hasOwn(EXPORT_TABLES, tabel) ? EXPORT_TABLES[tabel] : undefined;
  if (!tabel || !table) {
    return sendRefusal(res, new ExportRefusal(404, 'NOT_FOUND', `Er is geen tabel '${url.pathname.slice(EXPORT_PREFIX.length)}' om te downloaden. Kies uit: ${Object.keys(EXPORT_TABLES).map((name) => `${name}.csv`).join(', ')}.`));
  }
  if (req.method !== 'GET') {
    return sendRefusal(res, new ExportRefusal(405, 'METHOD_NOT_ALLOWED', 'Een download gaat alleen met GET.', {}, { allow: 'GET' }));
  }
  let variables: Record<string, unknown>;
  let first: Answer;
  const page = (after?: string) => runDocument(fetchRuntime, req, table.document, table.nextCursor ? { ...variables, first: PAGE_SIZE, after } : variables);
  try {
    variables = variablesOf(table, url.searchParams);
    first = await page();
    if (first.body.errors?.length || !first.body.data) throw refusalOf(first);
  } catch (error) {
    if (error instanceof ExportRefusal) return sendRefusal(res, error);
    throw error;
  }
  const columns = table.columns(variables);
  async function* records(): AsyncGenerator<Cell[]> {
    yield columns.map((column) => column.header);
    let data = first.body.data!;
    for (;;) {
      for (const row of table!.rows(data)) yield columns.map((column) => column.value(row));
      const cursor = table!.nextCursor?.(data);
      if (!cursor) return;
      const next = await page(cursor);
      if (next.body.errors?.length || !next.body.data) throw refusalOf(next);
      data = next.body.data;
    }
  }
  res.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${fileName(tabel, variables)}"`,
    'cache-control': 'no-store',
  });
  try {
    await pipeline(Readable.from(records()), stringify(EXCEL_CSV_OPTIONS), res);
  } catch (error) {
    // The client went away mid-download (closed the tab): nothing failed here.
    if ((error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE' && req.destroyed) return;
    throw error;
  }
}
