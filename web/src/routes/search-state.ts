import type { DuurEenheid, InstrumentFilter, InstrumentSort, InstrumentType } from '../__generated__/graphql';

/**
 * What a professional chose; kept in the URL, the one source of truth, so a search can be shared, bookmarked and
 * gone back to. The guide is not part of it: it is the path (`/eva/zoeken`), so switching guides is a navigation.
 * Every choice of step 2 is a string as the URL holds it; empty means "geen voorkeur".
 */
export interface SearchState {
  kenmerken: string[];
  tekst: string;
  regio: string;
  gemeente: string;
  sort: InstrumentSort | '';
  /** Euro ("500"; old links may hold any amount, "499,95"). */
  maxKosten: string;
  /** "6-MAAND". */
  maxDuur: string;
  /** Uur per week as "min-max", an open end empty: "8-16", "-8", "24-". */
  intensiteit: string;
  type: InstrumentType | '';
  aanbieder: string;
  wijk: string;
  /** minSterren, "1" to "5". */
  sterren: string;
}

/** The choices of step 2, each one URL parameter of the same name. */
export const KEUZES = ['maxKosten', 'maxDuur', 'intensiteit', 'type', 'aanbieder', 'wijk', 'sterren'] as const;
export type Keuze = (typeof KEUZES)[number];

const SORTS: InstrumentSort[] = ['RELEVANTIE', 'NAAM', 'NIEUWSTE', 'BEOORDELING'];
const TYPES: InstrumentType[] = ['INSTRUMENT', 'LEERWERKTRAJECT'];

export function readSearchState(search: string | URLSearchParams): SearchState {
  const params = new URLSearchParams(search);
  const get = (name: string) => params.get(name) ?? '';
  return {
    kenmerken: params.getAll('k'),
    tekst: get('tekst'),
    regio: get('regio'),
    gemeente: get('gemeente'),
    sort: SORTS.find((sort) => sort === params.get('sort')) ?? '',
    maxKosten: get('maxKosten'),
    maxDuur: get('maxDuur'),
    intensiteit: get('intensiteit'),
    type: TYPES.find((type) => type === params.get('type')) ?? '',
    aanbieder: get('aanbieder'),
    wijk: get('wijk'),
    sterren: get('sterren'),
  };
}

export function searchStateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  for (const code of state.kenmerken) params.append('k', code);
  if (state.tekst) params.set('tekst', state.tekst);
  if (state.regio) params.set('regio', state.regio);
  if (state.gemeente) params.set('gemeente', state.gemeente);
  if (state.sort) params.set('sort', state.sort);
  for (const keuze of KEUZES) if (state[keuze]) params.set(keuze, state[keuze]);
  return params.size ? '?' + params.toString() : '';
}

/** The URL's value of each choice as the API gives it back, so an option and the URL compare as strings. */
export const keuzeWaarde = {
  maxKosten: (euro: string) => String(Number(euro)),
  maxDuur: (waarde: number, eenheid: DuurEenheid) => `${waarde}-${eenheid}`,
  intensiteit: (min: number | null | undefined, max: number | null | undefined) => `${min ?? ''}-${max ?? ''}`,
};

const number = (text: string | undefined) => (text ? Number(text) : null);
const EENHEDEN: DuurEenheid[] = ['UUR', 'DAG', 'WEEK', 'MAAND'];

/** The API's filter for a state; a value the URL holds but the API cannot take is left out. */
export function searchFilter(state: SearchState): InstrumentFilter {
  const kosten = /^\d+([.,]\d{1,2})?$/.test(state.maxKosten) ? state.maxKosten.replace(',', '.') : null;
  const [duur, eenheid] = state.maxDuur.split('-');
  const [min, max] = /^\d*(\.\d+)?-\d*(\.\d+)?$/.test(state.intensiteit) ? state.intensiteit.split('-') : [];
  const sterren = /^[1-5]$/.test(state.sterren) ? Number(state.sterren) : null;
  return {
    kenmerken: state.kenmerken,
    tekst: state.tekst || null,
    // A gemeente narrows within its regio, so only the most precise choice is sent; a wijk only with its gemeente.
    gemeente: state.gemeente || null,
    regio: state.gemeente ? null : state.regio || null,
    wijk: state.gemeente && state.wijk ? state.wijk : null,
    maxKosten: kosten,
    maxDuur: /^\d+(\.\d+)?$/.test(duur ?? '') && EENHEDEN.includes(eenheid as DuurEenheid) ? { waarde: Number(duur), eenheid: eenheid as DuurEenheid } : null,
    minIntensiteit: number(min),
    maxIntensiteit: number(max),
    type: state.type || null,
    aanbiederId: /^[0-9a-f-]{36}$/i.test(state.aanbieder) ? state.aanbieder : null,
    minSterren: sterren,
  };
}
