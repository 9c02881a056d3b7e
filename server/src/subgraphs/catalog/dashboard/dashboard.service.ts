import type { DataSource } from 'typeorm';
import { manageableOrganisaties } from '../../../core/access.js';
import type { Caller } from '../../../core/caller.js';
import { badUserInput } from '../../../core/errors.js';
import type { Connection } from '../../../core/pagination.js';
import { amsterdamToday, isPublishedSql } from '../../../core/publicatie.js';
import type { Gids } from '../catalog.enums.js';
import type { Instrument } from '../instrument.entity.js';
import { Kenmerk } from '../kenmerk.entity.js';
import { Regio } from '../regio.entity.js';
import { Bitset } from '../search/bitset.js';
import type { SearchIndex } from '../search/search-index.js';
import type { SearchIndexManager } from '../search/search-index.manager.js';
import { AanbevolenVeld, InstrumentDimensie, type Dekkingsgat } from './dashboard.types.js';
import { dimensie, tel, type Dimensie } from './instrument-dimensies.js';
import { InstrumentWhere, pageInstruments } from './instrument-lijst.js';

export interface AantalRij {
  per: InstrumentDimensie[];
  sleutels: string[];
  aantal: number;
}

export interface LijstRequest {
  gids?: Gids | null;
  first?: number | null;
  after?: string | null;
}

/** How each recommended field is missing, as a condition on `instrument i`. */
const ONTBREEKT: Record<AanbevolenVeld, string> = {
  [AanbevolenVeld.KOSTEN]: 'i.totale_kosten IS NULL',
  [AanbevolenVeld.DUUR]: 'i.totale_duur IS NULL',
  [AanbevolenVeld.CONTACTPERSOON]: 'NOT EXISTS (SELECT 1 FROM instrument_contactpersoon c WHERE c.instrument_id = i.id)',
  [AanbevolenVeld.LOCATIE]: 'NOT EXISTS (SELECT 1 FROM locatie l WHERE l.instrument_id = i.id)',
};

export const MAX_DIMENSIES = 2;

/**
 * The data dashboard's instrument data. Gaps and counts come from the search index (its bitsets per kenmerk,
 * gebied, guide, organisatie and aanbieder; it holds concepts too); the lists are plain SQL.
 */
export class DashboardService {
  constructor(private readonly ds: DataSource, private readonly manager: SearchIndexManager) {}

  /**
   * Per regio (one, or every regio by naam), the basiskenmerken of the guide no instrument published today
   * and available there has: landelijk, the regio itself, or one of its gemeenten or wijken (the search's rule).
   * The public offer counts, whoever manages it, so every beheerder sees the same gaps.
   */
  async dekkingsgaten(gids: Gids, regioCode: string | null | undefined): Promise<Dekkingsgat[]> {
    const regios = await this.ds.getRepository(Regio).find({ where: regioCode ? { code: regioCode } : {}, order: { naam: 'ASC', code: 'ASC' } });
    if (regioCode && !regios.length) throw badUserInput(`Regio '${regioCode}' bestaat niet.`, [{ field: 'regio', message: 'Kies een bestaande arbeidsmarktregio.' }]);
    const kenmerken = await this.basiskenmerken(gids);
    const index = this.manager.current();
    const published = index.published(amsterdamToday()).clone().and(index.gids[gids]);
    return regios.flatMap((regio) => {
      const offer = published.clone().and(index.regioArea(regio.code));
      return kenmerken.filter((kenmerk) => offer.countAnd(index.kenmerkSet(kenmerk.code)) === 0).map((kenmerk) => ({ regio, kenmerk }));
    });
  }

  /** The kenmerken of the guide's BASIS categories (Eva: tegels and klantkenmerken; Dennis: tegels), in the guide's order. */
  private basiskenmerken(gids: Gids): Promise<Kenmerk[]> {
    return this.ds
      .getRepository(Kenmerk)
      .createQueryBuilder('k')
      .innerJoin('k.categorieRelatie', 'c')
      .where('c.gids = :gids AND c.soort = :soort', { gids, soort: 'BASIS' })
      .orderBy('c.volgorde')
      .addOrderBy('k.volgorde')
      .addOrderBy('k.code')
      .getMany();
  }

  /** Instruments of the guide (every status) the caller manages, counted per one or two dimensions. */
  async aantallen(caller: Caller, gids: Gids, per: InstrumentDimensie[]): Promise<AantalRij[]> {
    if (per.length < 1 || per.length > MAX_DIMENSIES || new Set(per).size !== per.length) {
      throw badUserInput(`Kies één of twee verschillende dimensies.`, [{ field: 'per', message: 'Kies één of twee verschillende dimensies.' }]);
    }
    const index = this.manager.current();
    const regios = (await this.ds.getRepository(Regio).find({ select: { code: true } })).map((r) => r.code);
    const dimensies = per.map((naam) => dimensie(naam, gids, { index, today: amsterdamToday(), regios }));
    const missing = per.filter((_, i) => !dimensies[i]);
    if (missing.length) {
      throw badUserInput(`De gids ${gids} kent geen ${missing.join(' of ').toLowerCase()}.`, [{ field: 'per', message: `Niet in deze gids: ${missing.join(', ')}.` }]);
    }
    const base = index.alive.clone().and(index.gids[gids]).and(this.scope(caller, index));
    return tel(base, dimensies as Dimensie[]).map((row) => ({ per, ...row }));
  }

  private scope(caller: Caller, index: SearchIndex): Bitset {
    const organisaties = manageableOrganisaties(caller);
    if (!organisaties) return index.alive;
    const set = new Bitset(index.capacity);
    for (const id of organisaties) set.or(index.organisatieSet(id));
    return set;
  }

  /** Not changed for `maanden` months, the oldest first. */
  verouderd(caller: Caller, request: LijstRequest & { maanden: number }): Promise<Connection<Instrument>> {
    checkRange('maanden', request.maanden, 1, 120);
    const where = this.where(caller, request);
    where.add(`i.updated_at < now() - make_interval(months => ${where.param(request.maanden)}::int)`);
    return pageInstruments(this.ds, where, `to_char(i.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`, request.first, request.after);
  }

  /** Published today and ending within `dagen` days, the first to end first. */
  verlopend(caller: Caller, request: LijstRequest & { dagen: number }): Promise<Connection<Instrument>> {
    checkRange('dagen', request.dagen, 1, 366);
    const where = this.where(caller, request);
    const today = `${where.param(amsterdamToday())}::date`;
    where.add(isPublishedSql('i', today)).add(`i.publiceer_tot_en_met < ${today} + ${where.param(request.dagen)}::int`);
    return pageInstruments(this.ds, where, 'i.publiceer_tot_en_met::text', request.first, request.after);
  }

  /** Missing at least one of the recommended fields (default: all of AanbevolenVeld), by naam. */
  onvolledig(caller: Caller, request: LijstRequest & { velden?: AanbevolenVeld[] | null }): Promise<Connection<Instrument>> {
    const velden = request.velden?.length ? [...new Set(request.velden)] : Object.values(AanbevolenVeld);
    const where = this.where(caller, request).add(`(${velden.map((veld) => ONTBREEKT[veld]).join(' OR ')})`);
    return pageInstruments(this.ds, where, 'i.naam', request.first, request.after);
  }

  /** The caller's organisaties (landelijk: all) and the chosen guide. */
  private where(caller: Caller, { gids }: LijstRequest): InstrumentWhere {
    const where = new InstrumentWhere();
    const organisaties = manageableOrganisaties(caller);
    if (organisaties) where.add(`i.organisatie_id = ANY(${where.param(organisaties)}::uuid[])`);
    if (gids) where.add(`i.gids = ${where.param(gids)}`);
    return where;
  }
}

function checkRange(field: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(`Kies voor ${field} een getal van ${min} tot en met ${max}.`, [{ field, message: `Kies een getal van ${min} tot en met ${max}.` }]);
  }
}
