import { KENMERK_CATEGORIEEN, type KenmerkSeed } from './taxonomie.data.js';
import * as V from './demo-vocabulary.data.js';
import { InstrumentNamen, type Plaats } from './demo-naam.js';
import { dennisTeksten, evaTeksten, sentences } from './demo-teksten.js';
import { Random } from '../../../core/random.js';

/**
 * Deterministic demo content: the same seed gives the same organisaties, aanbieders and
 * instruments (with the same ids) on every machine, for `npm start` and the benchmarks alike.
 */

export interface GemeenteRef {
  code: string;
  naam: string;
  regioCode: string;
  regioNaam: string;
}

/** A few real stadsdelen/wijken of the big cities, so the wijk filter has something to find. */
const WIJKEN: Record<string, string[]> = {
  GM0363: ['Centrum', 'Nieuw-West', 'Noord', 'Oost', 'West', 'Zuid', 'Zuidoost'],
  GM0599: ['Charlois', 'Delfshaven', 'Feijenoord', 'IJsselmonde', 'Noord', 'Prins Alexander'],
  GM0518: ['Escamp', 'Laak', 'Scheveningen', 'Segbroek', 'Centrum'],
  GM0344: ['Kanaleneiland', 'Leidsche Rijn', 'Overvecht', 'Zuidwest'],
};

export interface World {
  organisaties: { id: string; naam: string; regioCode: string | null }[];
  aanbieders: { id: string; naam: string; organisatieId: string; website: string; email: string; telefoon: string }[];
  contactpersonen: { id: string; naam: string; telefoon: string; email: string; organisatieId: string }[];
  adressen: { id: string; straat: string; huisnummer: string; postcode: string; plaats: string; organisatieId: string }[];
  wijken: { id: string; naam: string; gemeenteCode: string; organisatieId: string }[];
  aanbiederContactpersonen: { aanbiederId: string; contactpersoonId: string; soort: 'INTERN' | 'EXTERN'; label: string | null }[];
}

const slug = (text: string) => text.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/(^-|-$)/g, '');
const phone = (rng: Random) => `0${rng.int(10, 79)}-${rng.int(1000000, 9999999)}`;

export function buildWorld(rng: Random, gemeenten: GemeenteRef[]): World {
  const regios = [...new Map(gemeenten.map((g) => [g.regioCode, g.regioNaam])).entries()].sort(([a], [b]) => a.localeCompare(b));
  const organisaties: World['organisaties'] = [
    { id: rng.uuid(), naam: 'Landelijk beheer instrumentengidsen', regioCode: null },
    ...regios.map(([code, naam]) => ({ id: rng.uuid(), naam: `Werkbedrijf ${naam}`, regioCode: code })),
  ];
  const world: World = { organisaties, aanbieders: [], contactpersonen: [], adressen: [], wijken: [], aanbiederContactpersonen: [] };
  for (const organisatie of organisaties) {
    const plaatsen = gemeenten.filter((g) => g.regioCode === organisatie.regioCode).map((g) => g.naam);
    const suffix = organisatie.regioCode ? regios.find(([code]) => code === organisatie.regioCode)![1] : 'Nederland';
    for (let i = 0; i < 3; i++) {
      const naam = `${rng.pick(V.VOORNAMEN)} ${rng.pick(V.ACHTERNAMEN)}`;
      world.contactpersonen.push({ id: rng.uuid(), naam, telefoon: phone(rng), email: `${slug(naam)}@${slug(organisatie.naam)}.nl`, organisatieId: organisatie.id });
    }
    for (let i = 0; i < 3; i++) {
      world.adressen.push({
        id: rng.uuid(), straat: rng.pick(V.STRAATNAMEN), huisnummer: String(rng.int(1, 250)),
        postcode: `${rng.int(1000, 9999)} ${String.fromCharCode(65 + rng.int(0, 25))}${String.fromCharCode(65 + rng.int(0, 25))}`,
        plaats: plaatsen.length ? rng.pick(plaatsen) : 'Utrecht', organisatieId: organisatie.id,
      });
    }
    const aantalAanbieders = organisatie.regioCode ? 8 : 12;
    for (const basis of rng.sample(V.AANBIEDER_NAMEN, aantalAanbieders)) {
      const naam = `${basis} ${suffix}`;
      const aanbieder = { id: rng.uuid(), naam, organisatieId: organisatie.id, website: `https://www.${slug(basis)}.nl`, email: `info@${slug(basis)}.nl`, telefoon: phone(rng) };
      world.aanbieders.push(aanbieder);
      const contact = rng.pick(world.contactpersonen.filter((c) => c.organisatieId === organisatie.id));
      world.aanbiederContactpersonen.push({ aanbiederId: aanbieder.id, contactpersoonId: contact.id, soort: rng.chance(0.5) ? 'INTERN' : 'EXTERN', label: rng.chance(0.5) ? 'Accountmanager' : null });
    }
    for (const gemeente of gemeenten.filter((g) => g.regioCode === organisatie.regioCode && WIJKEN[g.code])) {
      for (const naam of WIJKEN[gemeente.code]!) world.wijken.push({ id: rng.uuid(), naam, gemeenteCode: gemeente.code, organisatieId: organisatie.id });
    }
  }
  return world;
}

function leafCodes(kenmerken: KenmerkSeed[]): string[] {
  return kenmerken.flatMap((k) => (k.children?.length ? leafCodes(k.children) : [k.code]));
}

const codesOf = (categorie: string) => leafCodes(KENMERK_CATEGORIEEN.find((c) => c.code === categorie)?.kenmerken ?? []);

export interface InstrumentRows {
  instruments: unknown[][];
  kenmerken: [string, string][];
  regios: [string, string][];
  gemeenten: [string, string][];
  wijken: [string, string][];
  contactpersonen: [string, string, string, string | null][];
  locaties: unknown[][];
  registratiecodes: unknown[][];
  links: unknown[][];
  videos: unknown[][];
}

export const INSTRUMENT_COLUMNS = [
  ['id', 'uuid'], ['gids', 'gids'], ['type', 'instrument_type'], ['organisatie_id', 'uuid'], ['aanbieder_id', 'uuid'], ['naam', 'text'],
  ['publiceren', 'boolean'], ['publiceer_vanaf', 'date'], ['publiceer_tot_en_met', 'date'], ['samenvatting', 'text'], ['doel', 'text'],
  ['werkwijze', 'text'], ['onderscheidende_aanpak', 'text'], ['voorwaarden_deelname', 'text'], ['werkafspraken', 'text'],
  ['samenwerkingspartners', 'text'], ['toelichting_doelgroep', 'text'], ['aanvullende_informatie', 'text'], ['aanmeldinstructies', 'text'],
  ['totale_duur', 'numeric'], ['duur_eenheid', 'duur_eenheid'], ['toelichting_duur', 'text'], ['intensiteit', 'numeric'],
  ['toelichting_intensiteit', 'text'], ['totale_kosten', 'numeric'], ['toelichting_kosten', 'text'], ['korte_beschrijving', 'text'],
  ['beschrijving', 'text'], ['aanvragen', 'text'], ['voorwaarden', 'text'], ['landelijk', 'boolean'], ['created_at', 'timestamptz'],
].map(([name, type]) => ({ name: name!, type: type! }));

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

function publicatie(rng: Random): [boolean, string | null, string | null] {
  const roll = rng.next();
  if (roll < 0.08) return [false, null, null]; // concept
  if (roll < 0.12) return [true, '2024-01-01', '2025-06-30']; // verlopen
  if (roll < 0.15) return [true, '2030-01-01', null]; // nog niet zichtbaar
  if (roll < 0.3) return [true, `2025-0${rng.int(1, 9)}-01`, `2031-12-31`];
  return [true, null, null];
}

/** Generates instruments in batches so 100,000 of them never sit in memory at once. */
export function* instrumentBatches(rng: Random, world: World, gemeenten: GemeenteRef[], count: number, batchSize = 2000): Generator<InstrumentRows> {
  const evaTegels = codesOf('EVA_TEGEL');
  const dennisTegels = codesOf('DENNIS_TEGEL');
  const lists = {
    klant: codesOf('EVA_KLANTKENMERK'), uitvoering: codesOf('EVA_UITVOERINGSVORM'), evaDoelgroep: codesOf('EVA_DOELGROEP'),
    groepsvorm: codesOf('EVA_GROEPSVORM'), dennisDoelgroep: codesOf('DENNIS_DOELGROEP'), register: codesOf('DENNIS_DOELGROEPREGISTER'),
    dienstverband: codesOf('DENNIS_DIENSTVERBAND'), leeftijd: codesOf('DENNIS_LEEFTIJDSGROEP'),
  };
  const landelijk = world.organisaties.find((o) => o.regioCode === null)!;
  const regionaal = world.organisaties.filter((o) => o.regioCode !== null);
  const created = Date.UTC(2023, 0, 1);
  const namen = new InstrumentNamen(rng);
  // Looked up once, not filtered per instrument: that kept the generator as fast with the longer names and texts.
  const perOrganisatie = {
    aanbieders: groupBy(world.aanbieders, (a) => a.organisatieId), wijken: groupBy(world.wijken, (w) => w.organisatieId),
    contactpersonen: groupBy(world.contactpersonen, (c) => c.organisatieId), adressen: groupBy(world.adressen, (a) => a.organisatieId),
  };
  const gemeentenPerRegio = groupBy(gemeenten, (g) => g.regioCode);
  for (let start = 0; start < count; start += batchSize) {
    const rows: InstrumentRows = { instruments: [], kenmerken: [], regios: [], gemeenten: [], wijken: [], contactpersonen: [], locaties: [], registratiecodes: [], links: [], videos: [] };
    for (let n = start; n < Math.min(count, start + batchSize); n++) {
      const id = rng.uuid();
      const eva = rng.chance(0.6);
      const isLandelijk = rng.chance(0.12);
      const organisatie = isLandelijk ? landelijk : rng.pick(regionaal);
      const aanbieder = rng.pick(perOrganisatie.aanbieders.get(organisatie.id)!);
      const tegels = rng.sample(eva ? evaTegels : dennisTegels, rng.int(1, 3));
      const [publiceren, vanaf, totEnMet] = publicatie(rng);
      const eenheid = rng.pick(['UUR', 'DAG', 'WEEK', 'MAAND'] as const);
      const duur = eenheid === 'UUR' ? rng.int(2, 40) : eenheid === 'DAG' ? rng.int(1, 20) : eenheid === 'WEEK' ? rng.int(1, 52) : rng.int(1, 24);
      const kosten = rng.chance(0.3) ? null : rng.chance(0.15) ? '0.00' : `${rng.int(50, 9000)}.${rng.pick(['00', '50', '95'])}`;
      const dennis = !eva;
      // The area comes first: the name may mention one of its places.
      const plaatsen: Plaats[] = [];
      if (!isLandelijk) {
        const eigen = gemeentenPerRegio.get(organisatie.regioCode!) ?? [];
        const wijken = perOrganisatie.wijken.get(organisatie.id) ?? [];
        const roll = rng.next();
        if (roll < 0.45 || eigen.length === 0) {
          rows.regios.push([id, organisatie.regioCode!]);
          if (eigen.length) plaatsen.push({ naam: eigen[0]!.regioNaam, regio: true });
        } else if (roll < 0.85 || wijken.length === 0) {
          for (const g of rng.sample(eigen, rng.int(1, 3))) {
            rows.gemeenten.push([id, g.code]);
            plaatsen.push({ naam: g.naam, regio: false });
          }
        } else {
          for (const w of rng.sample(wijken, rng.int(1, 2))) {
            rows.wijken.push([id, w.id]);
            plaatsen.push({ naam: `${eigen.find((g) => g.code === w.gemeenteCode)?.naam ?? ''} ${w.naam}`.trim(), regio: false });
          }
        }
      }
      const keuze = namen.kies(eva, tegels[0]!, plaatsen);
      const naam = keuze.naam;
      const e = eva ? evaTeksten(rng, keuze) : null;
      const d = dennis ? dennisTeksten(rng, keuze) : null;
      rows.instruments.push([
        id, eva ? 'EVA' : 'DENNIS', dennis && rng.chance(0.2) ? 'LEERWERKTRAJECT' : 'INSTRUMENT', organisatie.id, aanbieder.id, naam,
        publiceren, vanaf, totEnMet,
        e?.samenvatting ?? null, e?.doel ?? null, e?.werkwijze ?? null,
        eva && rng.chance(0.5) ? sentences(rng, V.WERKWIJZE_ZINNEN, 1, 1) : null, eva ? sentences(rng, V.VOORWAARDEN_ZINNEN, 1, 3) : null,
        eva && rng.chance(0.6) ? 'De aanbieder nodigt de kandidaat uit en rapporteert maandelijks aan de klantmanager.' : null,
        eva && rng.chance(0.4) ? `${rng.pick(V.AANBIEDER_NAMEN)} en ${rng.pick(V.AANBIEDER_NAMEN)}` : null,
        e?.toelichtingDoelgroep ?? null,
        eva && rng.chance(0.3) ? 'Deelname is vrijwillig en heeft geen gevolgen voor de uitkering.' : null,
        eva ? sentences(rng, V.AANMELD_ZINNEN, 1, 2) : null,
        eva ? duur : null, eva ? eenheid : null, eva && rng.chance(0.3) ? 'De duur hangt af van de voortgang van de deelnemer.' : null,
        eva ? rng.int(2, 32) : null, eva && rng.chance(0.2) ? 'In overleg kan de intensiteit worden opgebouwd.' : null,
        eva ? kosten : null, eva && kosten !== null && rng.chance(0.4) ? 'Indicatie, exclusief btw.' : null,
        d?.korteBeschrijving ?? null, d?.beschrijving ?? null, d?.aanvragen ?? null, d?.voorwaarden ?? null,
        isLandelijk, new Date(created + rng.int(0, 3 * 365) * 86_400_000).toISOString(),
      ]);
      // What the name promises (a doelgroep, an age, the register) replaces the random pick in that categorie.
      const belooft = keuze.doelgroep?.codes ?? [];
      const of = (list: string[], anders: () => string[]) => {
        const beloofd = belooft.filter((code) => list.includes(code));
        return beloofd.length ? beloofd : anders();
      };
      const kenmerken = eva
        ? [...tegels, ...rng.sample(lists.klant, rng.int(1, 4)), rng.pick(keuze.tegel.uitvoering!), ...(rng.chance(0.3) ? [rng.pick(lists.uitvoering)] : []),
           ...of(lists.evaDoelgroep, () => (rng.chance(0.45) ? [] : rng.sample(lists.evaDoelgroep, rng.int(1, 2)))), ...rng.sample(lists.groepsvorm, rng.int(1, 2))]
        : [...tegels, ...of(lists.dennisDoelgroep, () => (rng.chance(0.3) ? [] : rng.sample(lists.dennisDoelgroep, rng.int(1, 3)))),
           ...of(lists.register, () => (rng.chance(0.5) ? [] : [rng.pick(lists.register)])),
           ...of(lists.dienstverband, () => rng.sample(lists.dienstverband, rng.int(1, 2))),
           ...of(lists.leeftijd, () => (rng.chance(0.4) ? [] : rng.sample(lists.leeftijd, rng.int(1, 3))))];
      for (const code of new Set(kenmerken)) rows.kenmerken.push([id, code]);
      const contacten = perOrganisatie.contactpersonen.get(organisatie.id)!;
      for (const c of rng.sample(contacten, rng.int(1, 2))) rows.contactpersonen.push([id, c.id, rng.chance(0.6) ? 'INTERN' : 'EXTERN', rng.chance(0.4) ? 'Aanmelden' : null]);
      if (rng.chance(0.6)) {
        const adres = rng.pick(perOrganisatie.adressen.get(organisatie.id)!);
        rows.locaties.push([rng.uuid(), id, `Locatie ${adres.plaats}`, rng.pick(['ADRES', 'AANBIEDER', 'GEMEENTE'] as const), adres.id, rng.chance(0.9), null]);
      }
      if (rng.chance(0.15)) rows.locaties.push([rng.uuid(), id, 'Bij de klant thuis', 'KLANT_THUIS', null, true, 'De coach komt bij de deelnemer thuis.']);
      if (eva && rng.chance(0.7)) rows.registratiecodes.push([rng.uuid(), id, `RE${String(rng.int(1, 99999)).padStart(5, '0')}`, 'Zaaksysteem']);
      if (rng.chance(0.4)) rows.links.push([rng.uuid(), id, 'Meer informatie', `${aanbieder.website}/${slug(naam)}`]);
      if (rng.chance(0.08)) rows.videos.push([rng.uuid(), id, 'Uitleg in 2 minuten', 'rVsqEJhVLFM']);
    }
    yield rows;
  }
}
