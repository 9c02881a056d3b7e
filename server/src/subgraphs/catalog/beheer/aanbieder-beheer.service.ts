import type { DataSource, EntityManager } from 'typeorm';
import { assertMayManage, assertMayPublishLandelijk, mayManage } from '../../../core/access.js';
import type { Caller } from '../../../core/caller.js';
import { isUuid } from '../../../core/ids.js';
import { bumpVersion, pick, runMutation } from '../../../core/mutation.js';
import { clean, Problems } from '../../../core/problems.js';
import { isWebUrl } from '../../../core/validators.js';
import { live, lockLiveRow } from '../prullenbak/live.js';
import { Aanbieder } from '../aanbieder.entity.js';
import { Instrument } from '../instrument.entity.js';
import type { CreateAanbiederInput, UpdateAanbiederInput } from './aanbieder-beheer.input.js';
import { writeAudit } from './audit.service.js';
import { checkContactFields } from './contactpersoon-beheer.service.js';
import type { ContactpersoonKoppelingInput } from './instrument-beheer.input.js';
import { INSTRUMENT_TABLE } from './instrument-beheer.service.js';
import { checkCount, checkLength, MAX_ITEMS, MAX_LENGTH } from './limits.js';
import { aantal, checkOrganisatie, createRecord, deleteRecord, listOwned, movedOrganisatie, updateRecord, type BeheerRecord } from './record-change.js';

type Koppeling = { contactpersoon_id: string; soort: string; label: string | null };

const contactpersonenOf = (em: EntityManager, aanbiederId: string): Promise<Koppeling[]> =>
  em.query('SELECT contactpersoon_id, soort, label FROM aanbieder_contactpersoon WHERE aanbieder_id = $1 ORDER BY contactpersoon_id', [aanbiederId]);

export const AANBIEDER: BeheerRecord = {
  table: 'aanbieder',
  columns: 'id, naam, organisatie_id, website, email, telefoon, version',
  updatedAt: true,
  what: 'Aanbieder',
  entiteit: 'Aanbieder',
  wat: 'deze aanbieder',
  prullenbak: true,
  /** One in the prullenbak cannot be edited: NOT_FOUND, as for instruments. */
  lock(em, id) {
    return lockLiveRow(em, AANBIEDER, id);
  },
  async inUse(em, id) {
    const [{ n }]: [{ n: number }] = await em.query(`SELECT count(*)::int AS n FROM instrument WHERE aanbieder_id = $1 AND ${live()}`, [id]);
    return n > 0
      ? `Je kunt deze aanbieder niet verwijderen: ${aantal(n, 'instrument gebruikt', 'instrumenten gebruiken')} hem nog. Koppel ${n === 1 ? 'dat instrument' : 'die instrumenten'} eerst aan een andere aanbieder.`
      : null;
  },
  /** Its contactpersoon koppelingen go with it (the rows cascade); the audit record keeps them. */
  onDelete: async (em, id) => ({ contactpersonen: await contactpersonenOf(em, id) }),
};

/** The contact fields of an aanbieder and its website, each problem added. */
function checkAanbiederFields(problems: Problems, fields: { naam: string | null | undefined; website: string | null; email: string | null; telefoon: string | null }) {
  const contact = checkContactFields(problems, fields);
  const website = clean(fields.website);
  if (website && website.length > MAX_LENGTH.url) problems.add('website', `Een webadres is hoogstens ${MAX_LENGTH.url} tekens.`);
  else if (website && !isWebUrl(website)) problems.add('website', 'Vul een webadres in dat begint met http:// of https://.');
  return { ...contact, website };
}

const load = (em: EntityManager, id: string) => em.getRepository(Aanbieder).findOneByOrFail({ id });

/** Beheer of aanbieders (Dennis handleiding hoofdstuk 3): every change in one transaction, with an audit record. */
export class AanbiederBeheerService {
  constructor(private readonly ds: DataSource) {}

  /** The aanbieders a beheerder may choose from, on name. */
  list(caller: Caller, organisatieId: string | null): Promise<Aanbieder[]> {
    return listOwned(this.ds, Aanbieder, caller, organisatieId, ['naam', 'id']);
  }

  create(caller: Caller, input: CreateAanbiederInput): Promise<Aanbieder> {
    return createRecord(this.ds, caller, AANBIEDER, {
      insert: async (em) => {
        const problems = new Problems();
        await checkOrganisatie(em, caller, problems, input.organisatieId);
        const fields = checkAanbiederFields(problems, { naam: input.naam, website: input.website ?? null, email: input.email ?? null, telefoon: input.telefoon ?? null });
        problems.throwIfAny();
        const [row] = await em.query(
          `INSERT INTO aanbieder (naam, organisatie_id, website, email, telefoon) VALUES ($1, $2, $3, $4, $5) RETURNING ${AANBIEDER.columns}`,
          [fields.naam, input.organisatieId, fields.website, fields.email, fields.telefoon],
        );
        return row;
      },
      result: load,
    });
  }

  update(caller: Caller, id: string, version: number, input: UpdateAanbiederInput): Promise<Aanbieder> {
    return updateRecord(this.ds, caller, AANBIEDER, id, version, {
      apply: async (em, voor) => {
        const problems = new Problems();
        const organisatieId = await movedOrganisatie(em, caller, problems, input.organisatieId, voor.organisatie_id as string);
        const fields = checkAanbiederFields(problems, {
          naam: input.naam === undefined ? (voor.naam as string) : input.naam,
          website: pick(input.website, voor.website as string | null),
          email: pick(input.email, voor.email as string | null),
          telefoon: pick(input.telefoon, voor.telefoon as string | null),
        });
        problems.throwIfAny();
        await em.query('UPDATE aanbieder SET naam = $2, organisatie_id = $3, website = $4, email = $5, telefoon = $6 WHERE id = $1', [
          id, fields.naam, organisatieId, fields.website, fields.email, fields.telefoon,
        ]);
      },
      result: (em) => load(em, id),
    });
  }

  delete(caller: Caller, id: string, version: number): Promise<boolean> {
    return deleteRecord(this.ds, caller, AANBIEDER, id, version, { inUse: 'Deze aanbieder is intussen aan een instrument gekoppeld. Laad de pagina opnieuw.' });
  }

  /** Replaces the contactpersonen of an aanbieder by the given list; with version, only if nobody changed it meanwhile. */
  setContactpersonen(caller: Caller, aanbiederId: string, version: number | null, koppelingen: ContactpersoonKoppelingInput[]): Promise<Aanbieder> {
    const counted = new Problems();
    checkCount(counted, 'contactpersonen', koppelingen, MAX_ITEMS.contactpersonen, 'contactpersonen');
    counted.throwIfAny();
    return updateRecord(this.ds, caller, AANBIEDER, aanbiederId, version, {
      snapshot: async (em) => ({ contactpersonen: await contactpersonenOf(em, aanbiederId) }),
      apply: async (em, aanbieder) => {
        await checkKoppelingen(em, caller, aanbieder.organisatie_id as string, koppelingen);
        await em.query('DELETE FROM aanbieder_contactpersoon WHERE aanbieder_id = $1', [aanbiederId]);
        for (const k of koppelingen) {
          await em.query('INSERT INTO aanbieder_contactpersoon (aanbieder_id, contactpersoon_id, soort, label) VALUES ($1, $2, $3, $4)', [
            aanbiederId, k.contactpersoonId.toLowerCase(), k.soort, clean(k.label),
          ]);
        }
      },
      result: (em) => load(em, aanbiederId),
    });
  }

  /**
   * Links an instrument to this aanbieder. version is the version of the instrument the beheerder edited:
   * a stale version is a CONFLICT, and nothing changes.
   */
  koppelInstrument(caller: Caller, aanbiederId: string, instrumentId: string, version: number): Promise<Instrument> {
    return runMutation(this.ds, {
      lock: async (em) => {
        const aanbieder = await lockLiveRow<{ organisatie_id: string }>(em, AANBIEDER, aanbiederId);
        const instrument = await lockLiveRow<{ organisatie_id: string; aanbieder_id: string; version: number; landelijk: boolean }>(em, INSTRUMENT_TABLE, instrumentId);
        return { aanbieder, instrument };
      },
      authorize: ({ aanbieder, instrument }) => {
        assertMayManage(caller, aanbieder.organisatie_id);
        assertMayManage(caller, instrument.organisatie_id);
        assertMayPublishLandelijk(caller, instrument.landelijk);
      },
      version: { current: ({ instrument }) => instrument.version, given: version, wat: 'dit instrument' },
      apply: async (em) => {
        await em.query('UPDATE instrument SET aanbieder_id = $1 WHERE id = $2', [aanbiederId, instrumentId]);
      },
      bump: (em) => bumpVersion(em, INSTRUMENT_TABLE, instrumentId),
      audit: (em, { instrument }) => writeAudit(em, {
        caller, organisatieId: instrument.organisatie_id, entiteit: 'Instrument', entiteitId: instrumentId, actie: 'gewijzigd',
        voor: { aanbieder_id: instrument.aanbieder_id, version: instrument.version }, na: { aanbieder_id: aanbiederId, version: instrument.version + 1 },
      }),
      result: (em) => em.getRepository(Instrument).findOneByOrFail({ id: instrumentId }),
    });
  }
}

/** Every koppeling names an existing contactpersoon, once, of an organisatie the caller manages (or the aanbieder's own). */
async function checkKoppelingen(em: EntityManager, caller: Caller, organisatieId: string, koppelingen: ContactpersoonKoppelingInput[]): Promise<void> {
  const problems = new Problems();
  const valid = koppelingen.map((k) => k.contactpersoonId).filter(isUuid);
  const found: { id: string; organisatie_id: string }[] = valid.length
    ? await em.query('SELECT id, organisatie_id FROM contactpersoon WHERE id = ANY($1::uuid[])', [valid])
    : [];
  const byId = new Map(found.map((c) => [c.id, c]));
  const seen = new Set<string>();
  koppelingen.forEach((k, i) => {
    const field = `contactpersonen[${i}].contactpersoonId`;
    const id = k.contactpersoonId.toLowerCase();
    const contactpersoon = byId.get(id);
    if (!contactpersoon) problems.add(field, 'Deze contactpersoon bestaat niet.');
    else if (contactpersoon.organisatie_id !== organisatieId && !mayManage(caller, contactpersoon.organisatie_id)) {
      problems.add(field, 'Kies een contactpersoon van een organisatie die je beheert.');
    }
    if (seen.has(id)) problems.add(field, 'Deze contactpersoon staat er al bij.');
    seen.add(id);
    checkLength(problems, `contactpersonen[${i}].label`, clean(k.label), MAX_LENGTH.contactLabel);
  });
  problems.throwIfAny();
}
