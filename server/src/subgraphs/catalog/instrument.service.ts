import type { DataSource } from 'typeorm';
import { badUserInput, notFound } from '../../core/errors.js';
import { decodeCursor, pageSize, toConnection, type Connection } from '../../core/pagination.js';
import type { InstrumentFilter } from './instrument.input.js';
import { Instrument } from './instrument.entity.js';
import { amsterdamToday, isPublishedOn, publishedCondition } from './publicatie.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function assertUuid(id: string, field: string): void {
  if (!UUID.test(id)) throw badUserInput(`'${id}' is geen geldig id.`, [{ field, message: 'Ongeldig id.' }]);
}

export class InstrumentService {
  constructor(private readonly ds: DataSource) {}

  /** The public view: an instrument that is not published today does not exist for the caller. */
  assertVisible(instrument: Instrument | null, id: string): Instrument {
    if (!instrument || !isPublishedOn(instrument, amsterdamToday())) throw notFound('Instrument', id);
    return instrument;
  }

  /** Published instruments, alphabetically, with a stable (naam, id) cursor. */
  async listPublished(
    filter: InstrumentFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<Instrument>> {
    const limit = pageSize(first);
    const query = this.ds
      .getRepository(Instrument)
      .createQueryBuilder('i')
      .where(publishedCondition('i', ':today'), { today: amsterdamToday() });
    if (filter?.gids) query.andWhere('i.gids = :gids', { gids: filter.gids });
    if (filter?.organisatieId) {
      assertUuid(filter.organisatieId, 'filter.organisatieId');
      query.andWhere('i.organisatie_id = :organisatieId', { organisatieId: filter.organisatieId });
    }
    if (filter?.aanbiederId) {
      assertUuid(filter.aanbiederId, 'filter.aanbiederId');
      query.andWhere('i.aanbieder_id = :aanbiederId', { aanbiederId: filter.aanbiederId });
    }
    const page = query.clone().orderBy('i.naam', 'ASC').addOrderBy('i.id', 'ASC').limit(limit + 1);
    if (after) {
      const [naam, id] = decodeCursor(after, ['string', 'string']);
      assertUuid(String(id), 'after');
      page.andWhere('(i.naam, i.id) > (:naam, CAST(:id AS uuid))', { naam, id });
    }
    const [rows, totalCount] = await Promise.all([page.getMany(), query.getCount()]);
    return toConnection(rows, limit, totalCount, (row) => [row.naam, row.id]);
  }
}
