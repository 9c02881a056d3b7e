import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ExportRefusal, refusalOf, runDocument, sendRefusal, variablesOf, type Answer, type RuntimeFetch } from './export.js';
import { INSTRUMENTEN_EXPORT } from './export-tables.js';

/** `/export/instrumenten.json` and `/export/instrumenten.csv`, after the export prefix. */
export const INSTRUMENTEN_PATH = /^instrumenten\.(json|csv)$/;

interface Pagina {
  begin: string;
  regels: string[];
  scheiding: string;
  einde: string;
  volgende: string | null;
}

const CONTENT_TYPE = { json: 'application/json; charset=utf-8', csv: 'text/csv; charset=utf-8' } as const;

/**
 * `GET /export/instrumenten.json|csv?organisatieId&gids&tekst&status`: a beheerder's instruments as the
 * instrumentenformat file or its CSV, streamed page by page (1,000 instruments a page) through the gateway's own
 * runtime with the request's session, so the catalog decides access as for `exportInstrumenten`. The first page
 * decides the status; a failing later page cuts the download off rather than ending a partial file as if whole.
 */
export async function serveInstrumentenExport(req: IncomingMessage, res: ServerResponse, url: URL, fetchRuntime: RuntimeFetch): Promise<void> {
  const extensie = url.pathname.match(/\.(json|csv)$/)![1] as 'json' | 'csv';
  if (req.method !== 'GET') return sendRefusal(res, new ExportRefusal(405, 'METHOD_NOT_ALLOWED', 'Een download gaat alleen met GET.', {}, { allow: 'GET' }));
  let variables: Record<string, unknown>;
  let first: Answer;
  const page = (after: string | null) => runDocument(fetchRuntime, req, INSTRUMENTEN_EXPORT.document, { ...variables, after });
  const pagina = (answer: Answer): Pagina => {
    if (answer.body.errors?.length || !answer.body.data) throw refusalOf(answer);
    return answer.body.data.exportInstrumentenPagina as Pagina;
  };
  try {
    const { organisatieId, gids, tekst, status } = variablesOf(INSTRUMENTEN_EXPORT, url.searchParams);
    variables = { organisatieId, gids, filter: { tekst, status }, formaat: extensie.toUpperCase() };
    first = await page(null);
    pagina(first);
  } catch (error) {
    if (error instanceof ExportRefusal) return sendRefusal(res, error);
    throw error;
  }
  async function* chunks(): AsyncGenerator<string> {
    let current = pagina(first);
    yield current.begin;
    let eerste = true;
    for (;;) {
      if (current.regels.length) yield (eerste ? '' : current.scheiding) + current.regels.join(current.scheiding);
      eerste &&= !current.regels.length;
      if (!current.volgende) break;
      current = pagina(await page(current.volgende));
    }
    yield current.einde;
  }
  res.writeHead(200, {
    'content-type': CONTENT_TYPE[extensie],
    'content-disposition': `attachment; filename="instrumenten.${extensie}"`,
    'cache-control': 'no-store',
  });
  try {
    await pipeline(Readable.from(chunks()), res);
  } catch (error) {
    // The client went away mid-download (closed the tab): nothing failed here.
    if ((error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE' && req.destroyed) return;
    throw error;
  }
}
