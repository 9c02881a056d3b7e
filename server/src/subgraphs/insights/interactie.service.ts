import type { DataSource } from 'typeorm';
import { badUserInput } from '../../core/errors.js';
import { Problems } from '../../core/problems.js';
import type { InteractieInput } from './interactie.input.js';
import type { BekendeCodes } from './bekende-codes.js';
import { checkEvents, instrumentIdsOf, MAX_EVENTS_PER_BATCH } from './interactie.validation.js';

const REFUSED = 'Er is niets opgeslagen: niet alle gebeurtenissen kloppen.';

/** Records interactions: a whole batch or nothing, in at most two statements (the instrument look-up, one INSERT). */
export class InteractieService {
  constructor(
    private readonly ds: DataSource,
    private readonly codes: BekendeCodes,
  ) {}

  async record(events: readonly InteractieInput[]): Promise<number> {
    if (events.length > MAX_EVENTS_PER_BATCH) {
      throw badUserInput(`Stuur hoogstens ${MAX_EVENTS_PER_BATCH} gebeurtenissen tegelijk.`, [
        { field: 'events', message: `Hoogstens ${MAX_EVENTS_PER_BATCH} per keer.` },
      ]);
    }
    if (!events.length) return 0;
    const problems = new Problems();
    checkEvents(problems, events, { instruments: await this.knownInstruments(instrumentIdsOf(events)), codes: this.codes });
    problems.throwIfAny(REFUSED);
    const rows = events.map((e) => ({
      soort: e.soort,
      gids: e.gids,
      instrumentId: e.instrumentId ?? null,
      kenmerken: e.kenmerken ?? null,
      regio: e.regio || null,
      gemeente: e.gemeente || null,
      resultaten: e.resultaten ?? null,
      tekstGebruikt: e.tekstGebruikt ?? null,
      tab: e.tab || null,
    }));
    // One multi-row INSERT for the whole batch; tijdstip is the server's clock (its default).
    await this.ds.query(
      `INSERT INTO interactie (soort, gids, instrument_id, kenmerken, regio, gemeente, resultaten, tekst_gebruikt, tab)
       SELECT soort, gids, "instrumentId", kenmerken, regio, gemeente, resultaten, "tekstGebruikt", tab
       FROM jsonb_to_recordset($1::jsonb) AS x(soort text, gids text, "instrumentId" uuid, kenmerken text[], regio text,
         gemeente text, resultaten integer, "tekstGebruikt" boolean, tab text)`,
      [JSON.stringify(rows)],
    );
    return rows.length;
  }

  private async knownInstruments(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows: { id: string; gids: string }[] = await this.ds.query('SELECT id, gids FROM instrument WHERE id = ANY($1::uuid[])', [ids]);
    return new Map(rows.map((r) => [r.id, r.gids]));
  }
}
