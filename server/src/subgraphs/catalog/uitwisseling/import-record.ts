import { Problems } from '../../../core/problems.js';
import { unstorableStrings } from '../../../core/input-guard.js';
import { DecimalScalar, LocalDateScalar } from '../../../core/scalars.js';
import { ContactSoort, DuurEenheid, Gids, InstrumentType, LocatieType } from '../catalog.enums.js';
import type { InstrumentChanges } from '../beheer/instrument-beheer.input.js';
import { PLAIN_TEXT_FIELDS, RICH_TEXT_FIELDS } from '../beheer/instrument-fields.js';
import { checkCount, MAX_ITEMS } from '../beheer/limits.js';
import type { AanbiederRecord, AdresRecord, ContactpersoonRecord } from './instrumentenformat.js';

/**
 * One instrument of a file, read into what the beheer mutations take, with the koppelingen still by natural
 * key. This checks only what GraphQL would have checked for a mutation (types, enums, Decimal and LocalDate);
 * everything else is left to the mutations themselves, so an import says exactly what they say.
 */
export interface ImportRecord {
  id: string | null;
  gids: Gids | null;
  naam: string | null;
  /** The mutation input without organisatie, aanbieder and the keys below. */
  input: Omit<InstrumentChanges, 'organisatieId' | 'aanbiederId' | 'contactpersonen' | 'locaties' | 'beschikbareGebieden'>;
  aanbieder: AanbiederRecord;
  gebieden: { landelijk: boolean; regios: string[]; gemeenten: string[]; wijken: { gemeente: string; naam: string }[] } | null;
  contactpersonen: ContactpersoonRecord[];
  locaties: { naam: string; type: LocatieType; inGebruik: boolean; beschrijving: string | null; adres: AdresRecord | null }[];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads typed values from the file, adding a Dutch problem (by the field's path) for every wrong one. */
class Reader {
  constructor(readonly problems: Problems) {}

  text(value: unknown, field: string): string | null {
    if (value === undefined || value === null) return null;
    if (typeof value === 'string') return value;
    this.problems.add(field, 'Dit moet een tekst zijn.');
    return null;
  }

  number(value: unknown, field: string): number | null {
    if (value === undefined || value === null) return null;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    this.problems.add(field, 'Dit moet een getal zijn.');
    return null;
  }

  boolean(value: unknown, field: string, standaard: boolean): boolean {
    if (value === undefined || value === null) return standaard;
    if (typeof value === 'boolean') return value;
    this.problems.add(field, 'Dit moet true of false zijn.');
    return standaard;
  }

  choice<T extends string>(values: Record<string, T>, value: unknown, field: string): T | null {
    if (value === undefined || value === null) return null;
    if (typeof value === 'string' && (Object.values(values) as string[]).includes(value)) return value as T;
    this.problems.add(field, `Kies een van: ${Object.values(values).join(', ')}.`);
    return null;
  }

  /** A GraphQL scalar's own check and message (Decimal, LocalDate). */
  scalar(parse: (value: unknown) => unknown, value: unknown, field: string): string | null {
    if (value === undefined || value === null) return null;
    try {
      return parse(value) as string;
    } catch (err) {
      this.problems.add(field, (err as Error).message);
      return null;
    }
  }

  list(value: unknown, field: string, max?: { count: number; wat: string }): unknown[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.problems.add(field, 'Dit moet een lijst zijn.');
      return [];
    }
    if (max && !checkCount(this.problems, field, value, max.count, max.wat)) return [];
    return value;
  }

  object(value: unknown, field: string): Json {
    if (isObject(value)) return value;
    if (value !== undefined && value !== null) this.problems.add(field, 'Dit moet een object zijn.');
    return {};
  }

  texts(value: unknown, field: string, max?: { count: number; wat: string }): string[] {
    return this.list(value, field, max).map((item, i) => this.text(item, `${field}[${i}]`) ?? '');
  }
}

/** Reads one instrument of the file; `problems` gets what a mutation's GraphQL input would have refused. */
export function readRecord(value: unknown, problems: Problems): ImportRecord {
  const r = new Reader(problems);
  if (!isObject(value)) problems.add('', 'Elk instrument moet een object zijn.');
  const record = isObject(value) ? value : {};
  for (const problem of unstorableStrings(record, '')) problems.add(problem.field, problem.message);
  const input: ImportRecord['input'] = {};
  for (const field of [...PLAIN_TEXT_FIELDS, ...RICH_TEXT_FIELDS]) if (field !== 'naam') input[field] = r.text(record[field], field);
  input.type = r.choice(InstrumentType, record.type, 'type') ?? InstrumentType.INSTRUMENT;
  input.publiceren = r.boolean(record.publiceren, 'publiceren', false);
  input.publiceerVanaf = r.scalar(LocalDateScalar.parseValue, record.publiceerVanaf, 'publiceerVanaf');
  input.publiceerTotEnMet = r.scalar(LocalDateScalar.parseValue, record.publiceerTotEnMet, 'publiceerTotEnMet');
  input.totaleDuur = r.number(record.totaleDuur, 'totaleDuur');
  input.duurEenheid = r.choice(DuurEenheid, record.duurEenheid, 'duurEenheid');
  input.intensiteit = r.number(record.intensiteit, 'intensiteit');
  input.totaleKosten = r.scalar(DecimalScalar.parseValue, record.totaleKosten, 'totaleKosten');
  input.kenmerken = r.texts(record.kenmerken, 'kenmerken');
  input.registratiecodes = r.list(record.registratiecodes, 'registratiecodes').map((item, i) => {
    const o = r.object(item, `registratiecodes[${i}]`);
    return { code: r.text(o.code, `registratiecodes[${i}].code`) ?? '', label: r.text(o.label, `registratiecodes[${i}].label`) };
  });
  input.links = r.list(record.links, 'links').map((item, i) => {
    const o = r.object(item, `links[${i}]`);
    return { label: r.text(o.label, `links[${i}].label`) ?? '', url: r.text(o.url, `links[${i}].url`) ?? '' };
  });
  input.videos = r.list(record.videos, 'videos').map((item, i) => {
    const o = r.object(item, `videos[${i}]`);
    return { label: r.text(o.label, `videos[${i}].label`), youtube: r.text(o.youtube, `videos[${i}].youtube`) ?? '' };
  });

  const aanbieder = r.object(record.aanbieder, 'aanbieder');
  const gebieden = isObject(record.beschikbareGebieden) ? record.beschikbareGebieden : null;
  r.object(record.beschikbareGebieden, 'beschikbareGebieden');
  const gids = r.choice(Gids, record.gids, 'gids');
  if (!gids && record.gids == null) problems.add('gids', `Kies de gids: ${Object.values(Gids).join(' of ')}.`);
  return {
    id: typeof record.id === 'string' ? record.id : null,
    gids,
    naam: r.text(record.naam, 'naam'),
    input,
    aanbieder: {
      naam: r.text(aanbieder.naam, 'aanbieder.naam') ?? '',
      website: r.text(aanbieder.website, 'aanbieder.website'),
      email: r.text(aanbieder.email, 'aanbieder.email'),
      telefoon: r.text(aanbieder.telefoon, 'aanbieder.telefoon'),
    },
    gebieden: gebieden && {
      landelijk: r.boolean(gebieden.landelijk, 'beschikbareGebieden.landelijk', false),
      regios: r.texts(gebieden.regios, 'beschikbareGebieden.regios'),
      gemeenten: r.texts(gebieden.gemeenten, 'beschikbareGebieden.gemeenten'),
      wijken: r.list(gebieden.wijken, 'beschikbareGebieden.wijken', { count: MAX_ITEMS.wijken, wat: 'wijken' }).map((item, i) => {
        const o = r.object(item, `beschikbareGebieden.wijken[${i}]`);
        return { gemeente: r.text(o.gemeente, `beschikbareGebieden.wijken[${i}].gemeente`) ?? '', naam: r.text(o.naam, `beschikbareGebieden.wijken[${i}].naam`) ?? '' };
      }),
    },
    contactpersonen: r.list(record.contactpersonen, 'contactpersonen', { count: MAX_ITEMS.contactpersonen, wat: 'contactpersonen' }).map((item, i) => {
      const o = r.object(item, `contactpersonen[${i}]`);
      const field = (name: string) => `contactpersonen[${i}].${name}`;
      return {
        naam: r.text(o.naam, field('naam')) ?? '', email: r.text(o.email, field('email')), telefoon: r.text(o.telefoon, field('telefoon')),
        soort: r.choice(ContactSoort, o.soort, field('soort')) ?? ContactSoort.INTERN, label: r.text(o.label, field('label')),
      };
    }),
    locaties: r.list(record.locaties, 'locaties', { count: MAX_ITEMS.locaties, wat: 'locaties' }).map((item, i) => {
      const o = r.object(item, `locaties[${i}]`);
      const field = (name: string) => `locaties[${i}].${name}`;
      const adres = isObject(o.adres) ? o.adres : null;
      r.object(o.adres, field('adres'));
      return {
        naam: r.text(o.naam, field('naam')) ?? '', type: r.choice(LocatieType, o.type, field('type')) ?? LocatieType.ADRES,
        inGebruik: r.boolean(o.inGebruik, field('inGebruik'), true), beschrijving: r.text(o.beschrijving, field('beschrijving')),
        adres: adres && {
          straat: r.text(adres.straat, field('adres.straat')) ?? '', huisnummer: r.text(adres.huisnummer, field('adres.huisnummer')) ?? '',
          postcode: r.text(adres.postcode, field('adres.postcode')) ?? '', plaats: r.text(adres.plaats, field('adres.plaats')) ?? '',
        },
      };
    }),
  };
}
