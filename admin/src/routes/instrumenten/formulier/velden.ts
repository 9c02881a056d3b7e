import type { DuurEenheid, Gids, InstrumentFormulierFragment, InstrumentType, UpdateInstrumentInput } from '../../../__generated__/graphql';

/** Eva's uitvoeringsvorm is a kenmerk, yet the invoerwijzer asks for it in stap 1 (after werkwijze). */
export const UITVOERINGSVORM = 'EVA_UITVOERINGSVORM';

/** Stap 1 as the form holds it: text as typed (numbers too), '' for empty. */
export interface Waarden {
  organisatieId: string;
  aanbiederId: string;
  naam: string;
  type: InstrumentType;
  publiceren: boolean;
  publiceerVanaf: string;
  publiceerTotEnMet: string;
  samenvatting: string;
  doel: string;
  werkwijze: string;
  uitvoeringsvormen: string[];
  onderscheidendeAanpak: string;
  voorwaardenDeelname: string;
  werkafspraken: string;
  samenwerkingspartners: string;
  toelichtingDoelgroep: string;
  aanvullendeInformatie: string;
  aanmeldinstructies: string;
  korteBeschrijving: string;
  beschrijving: string;
  aanvragen: string;
  voorwaarden: string;
  totaleDuur: string;
  duurEenheid: '' | DuurEenheid;
  toelichtingDuur: string;
  intensiteit: string;
  toelichtingIntensiteit: string;
  totaleKosten: string;
  toelichtingKosten: string;
}

export type VeldNaam = keyof Waarden;

export type VeldSoort = 'organisatie' | 'aanbieder' | 'tekst' | 'type' | 'publiceren' | 'datum' | 'platteTekst' | 'rijk' | 'uitvoeringsvorm' | 'getal' | 'eenheid' | 'bedrag';

export interface Veld {
  naam: VeldNaam;
  label: string;
  soort: VeldSoort;
  /** Marked * (the verplichte velden of the invoerwijzer and the handleiding). */
  verplicht?: boolean;
  uitleg?: string;
}

export interface Blok {
  titel: string;
  velden: Veld[];
}

const DETAILS: Blok = {
  titel: 'Instrumentdetails',
  velden: [
    { naam: 'organisatieId', label: 'Organisatie', soort: 'organisatie', verplicht: true, uitleg: 'Welke organisatie beheert het instrument? Je kiest uit je eigen organisaties.' },
    { naam: 'aanbiederId', label: 'Aanbieder', soort: 'aanbieder', verplicht: true, uitleg: 'Wie voert het instrument uit?' },
    { naam: 'naam', label: 'Naam instrument', soort: 'tekst', verplicht: true },
    { naam: 'type', label: 'Soort', soort: 'type' },
  ],
};

const BESCHIKBAARHEID: Blok = {
  titel: 'Beschikbaarheid',
  velden: [
    { naam: 'publiceren', label: 'Publiceren', soort: 'publiceren', uitleg: 'Wil je het instrument publiceren?' },
    { naam: 'publiceerVanaf', label: 'Publiceer vanaf', soort: 'datum', uitleg: 'Leeg: meteen.' },
    { naam: 'publiceerTotEnMet', label: 'Publiceer tot en met', soort: 'datum', uitleg: 'Leeg: zonder einddatum.' },
  ],
};

const DUUR_EN_KOSTEN: Blok = {
  titel: 'Duur, intensiteit en kosten',
  velden: [
    { naam: 'totaleDuur', label: 'Totale duur', soort: 'getal', uitleg: 'In de eenheid hieronder.' },
    { naam: 'duurEenheid', label: 'Totale duur (eenheid)', soort: 'eenheid' },
    { naam: 'toelichtingDuur', label: 'Toelichting duur', soort: 'platteTekst' },
    { naam: 'intensiteit', label: 'Intensiteit', soort: 'getal', uitleg: 'In uren per week.' },
    { naam: 'toelichtingIntensiteit', label: 'Toelichting intensiteit', soort: 'platteTekst' },
    { naam: 'totaleKosten', label: 'Totale kosten', soort: 'bedrag', uitleg: 'In euro, bijvoorbeeld 1250 of 99,50.' },
    { naam: 'toelichtingKosten', label: 'Toelichting kosten', soort: 'platteTekst', uitleg: 'Bijvoorbeeld: is het een indicatie, verschilt het per traject, is het inclusief btw?' },
  ],
};

/** Stap 1 in exactly the order of the Eva invoerwijzer and the Dennis handleiding (2.2, 2.3). */
export const STAP1: Record<Gids, Blok[]> = {
  EVA: [
    DETAILS,
    BESCHIKBAARHEID,
    {
      titel: 'Omschrijvingen',
      velden: [
        { naam: 'samenvatting', label: 'Samenvatting', soort: 'platteTekst', verplicht: true, uitleg: 'Een beknopte samenvatting van doel en werkwijze, hoogstens 500 tekens.' },
        { naam: 'doel', label: 'Doel', soort: 'rijk', verplicht: true, uitleg: 'Wat is het beoogde resultaat na inzet van dit instrument?' },
        { naam: 'werkwijze', label: 'Werkwijze', soort: 'rijk', verplicht: true, uitleg: 'Hoe wordt het instrument uitgevoerd: activiteiten, onderwerpen, modules.' },
        { naam: 'uitvoeringsvormen', label: 'Uitvoeringsvorm', soort: 'uitvoeringsvorm', verplicht: true, uitleg: 'Op welke manier wordt het instrument uitgevoerd? Meer keuzes kunnen.' },
        { naam: 'onderscheidendeAanpak', label: 'Onderscheidende aanpak', soort: 'rijk' },
        { naam: 'voorwaardenDeelname', label: 'Voorwaarden deelname', soort: 'rijk' },
        { naam: 'werkafspraken', label: 'Werkafspraken', soort: 'rijk' },
        { naam: 'samenwerkingspartners', label: 'Samenwerkingspartners', soort: 'rijk' },
        { naam: 'toelichtingDoelgroep', label: 'Toelichting doelgroep', soort: 'rijk' },
        { naam: 'aanvullendeInformatie', label: 'Aanvullende informatie', soort: 'rijk' },
        { naam: 'aanmeldinstructies', label: 'Aanmeldinstructies', soort: 'rijk', uitleg: 'Hoe meldt een professional een klant aan?' },
      ],
    },
    DUUR_EN_KOSTEN,
  ],
  DENNIS: [
    DETAILS,
    BESCHIKBAARHEID,
    {
      titel: 'Omschrijvingen',
      velden: [
        { naam: 'korteBeschrijving', label: 'Korte beschrijving', soort: 'platteTekst', verplicht: true, uitleg: 'De eerste 3 zinnen staan bij het instrumentenfilter.' },
        { naam: 'beschrijving', label: 'Beschrijving', soort: 'rijk', uitleg: 'Wat houdt het instrument in?' },
        { naam: 'aanvragen', label: 'Aanvragen', soort: 'rijk', uitleg: 'Hoe verloopt de aanvraag?' },
        { naam: 'voorwaarden', label: 'Voorwaarden', soort: 'rijk', uitleg: 'Wie komt in aanmerking?' },
      ],
    },
    DUUR_EN_KOSTEN,
  ],
};

export const LEEG: Waarden = {
  organisatieId: '', aanbiederId: '', naam: '', type: 'INSTRUMENT', publiceren: false, publiceerVanaf: '', publiceerTotEnMet: '',
  samenvatting: '', doel: '', werkwijze: '', uitvoeringsvormen: [], onderscheidendeAanpak: '', voorwaardenDeelname: '', werkafspraken: '',
  samenwerkingspartners: '', toelichtingDoelgroep: '', aanvullendeInformatie: '', aanmeldinstructies: '', korteBeschrijving: '',
  beschrijving: '', aanvragen: '', voorwaarden: '', totaleDuur: '', duurEenheid: '', toelichtingDuur: '', intensiteit: '',
  toelichtingIntensiteit: '', totaleKosten: '', toelichtingKosten: '',
};

const TEKST_VELDEN = [
  'naam', 'publiceerVanaf', 'publiceerTotEnMet', 'samenvatting', 'doel', 'werkwijze', 'onderscheidendeAanpak', 'voorwaardenDeelname',
  'werkafspraken', 'samenwerkingspartners', 'toelichtingDoelgroep', 'aanvullendeInformatie', 'aanmeldinstructies', 'korteBeschrijving',
  'beschrijving', 'aanvragen', 'voorwaarden', 'toelichtingDuur', 'toelichtingIntensiteit', 'toelichtingKosten',
] as const satisfies readonly VeldNaam[];

const getal = (value: number | null) => (value === null ? '' : String(value).replace('.', ','));

/** The form's values for a loaded instrument. */
export function waardenVan(instrument: InstrumentFormulierFragment): Waarden {
  const waarden: Waarden = {
    ...LEEG,
    organisatieId: instrument.organisatie.id,
    aanbiederId: instrument.aanbieder.id,
    type: instrument.type,
    publiceren: instrument.publiceren,
    uitvoeringsvormen: instrument.kenmerken.filter((g) => g.categorie.code === UITVOERINGSVORM).flatMap((g) => g.kenmerken.map((k) => k.code)),
    totaleDuur: getal(instrument.totaleDuur),
    duurEenheid: instrument.duurEenheid ?? '',
    intensiteit: getal(instrument.intensiteit),
    totaleKosten: instrument.totaleKosten === null ? '' : instrument.totaleKosten.replace('.', ','),
  };
  for (const veld of TEKST_VELDEN) waarden[veld] = instrument[veld] ?? '';
  return waarden;
}

const gelijk = (a: Waarden[VeldNaam], b: Waarden[VeldNaam]) => (Array.isArray(a) && Array.isArray(b) ? [...a].sort().join() === [...b].sort().join() : a === b);

/** The fields whose value differs between two versions of the form. */
export function gewijzigdeVelden(a: Waarden, b: Waarden): VeldNaam[] {
  return (Object.keys(LEEG) as VeldNaam[]).filter((veld) => !gelijk(a[veld], b[veld]));
}

/** The label of a field as the form shows it. */
export function labelVan(veld: VeldNaam): string {
  for (const blok of [...STAP1.EVA, ...STAP1.DENNIS]) {
    const gevonden = blok.velden.find((v) => v.naam === veld);
    if (gevonden) return gevonden.label;
  }
  return veld;
}

/** Dutch numbers as typed ("12,5", "1.250,50") as the API's; null when empty, NaN when not a number. */
function leesGetal(tekst: string): string | null {
  const t = tekst.trim().replace(/\s/g, '');
  if (!t) return null;
  const genormaliseerd = t.includes(',') ? t.replace(/\./g, '').replace(',', '.') : t;
  return /^\d+(\.\d+)?$/.test(genormaliseerd) ? genormaliseerd : 'NaN';
}

/** Problems the API cannot report by field: its types refuse a word in a number before validation, and its id checks an empty organisatie or aanbieder. */
export function lokaleFouten(waarden: Waarden): Partial<Record<VeldNaam, string>> {
  const fouten: Partial<Record<VeldNaam, string>> = {};
  // The API checks ids before the rest: an empty organisatie is FORBIDDEN and an empty aanbieder "Ongeldig id."
  // alone, which would hide the other fields' problems.
  if (!waarden.organisatieId) fouten.organisatieId = 'Kies een organisatie.';
  if (!waarden.aanbiederId) fouten.aanbiederId = 'Kies een aanbieder.';
  for (const veld of ['totaleDuur', 'intensiteit'] as const) {
    if (leesGetal(waarden[veld]) === 'NaN') fouten[veld] = 'Vul een getal in, bijvoorbeeld 12 of 2,5.';
  }
  const kosten = leesGetal(waarden.totaleKosten);
  if (kosten === 'NaN' || (kosten && !/^\d+(\.\d{1,2})?$/.test(kosten))) fouten.totaleKosten = 'Vul een bedrag in euro in, met hoogstens twee cijfers achter de komma.';
  return fouten;
}

type ScalarInput = Omit<UpdateInstrumentInput, 'kenmerken' | 'beschikbareGebieden' | 'contactpersonen' | 'locaties' | 'registratiecodes' | 'links' | 'videos'>;

const leegIsNull = (tekst: string) => (tekst.trim() ? tekst : null);

/**
 * The API input for the given fields of stap 1 (all of them for a new instrument). `uitvoeringsvormen` is not
 * in it: it goes with the kenmerken.
 */
export function inputVan(waarden: Waarden, velden: VeldNaam[]): ScalarInput {
  const input: ScalarInput = {};
  for (const veld of velden) {
    switch (veld) {
      case 'uitvoeringsvormen':
        break;
      case 'publiceren':
        input.publiceren = waarden.publiceren;
        break;
      case 'type':
        input.type = waarden.type;
        break;
      case 'duurEenheid':
        input.duurEenheid = waarden.duurEenheid || null;
        break;
      case 'totaleDuur':
      case 'intensiteit': {
        const getal = leesGetal(waarden[veld]);
        input[veld] = getal === null ? null : Number(getal);
        break;
      }
      case 'totaleKosten':
        input.totaleKosten = leesGetal(waarden.totaleKosten);
        break;
      case 'organisatieId':
      case 'aanbiederId':
        input[veld] = waarden[veld] || null;
        break;
      case 'naam':
        input.naam = waarden.naam;
        break;
      default:
        input[veld] = leegIsNull(waarden[veld]);
    }
  }
  return input;
}

/** The velden of one guide's stap 1 (what a new instrument sends). */
export const veldenVan = (gids: Gids): VeldNaam[] => STAP1[gids].flatMap((blok) => blok.velden.map((v) => v.naam));

/** The API reports problems by input path ("naam", sometimes "input.naam"): the form's field name. */
export const veldVanFout = (pad: string) => pad.replace(/^input\./, '');
