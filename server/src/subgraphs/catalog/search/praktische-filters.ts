import { DuurEenheid, InstrumentType } from '../catalog.enums.js';
import type { Bitset } from './bitset.js';
import { countEach, type FilterApplier } from './filter-applier.js';
import type { DuurFilter, InstrumentFilter } from './instrument-filter.input.js';
import { DAGEN_PER_EENHEID, type SearchIndex } from './search-index.js';

/*
 * The praktische kenmerken of the Eva instrumentenformat (totale kosten, totale duur, intensiteit), Dennis'
 * instrument or leerwerktraject, and the rating, each with the choices the search screen offers. The choices
 * follow the demo catalogue and the handreiking's examples: kosten from gratis to several thousand euro, trajects
 * of a few days to two years, 2 to 32 uur per week.
 */

// A plain space after €, not Intl's no-break space: the label is also matched as text.
const euro = (amount: number) => `€ ${new Intl.NumberFormat('nl-NL').format(amount)}`;

/** A choice of maxKosten, in whole euro. */
export interface KostenKeuze {
  maxKosten: number;
  label: string;
}

export const KOSTEN_KEUZES: readonly KostenKeuze[] = [0, 250, 500, 1000, 2500, 5000].map((max) => ({
  maxKosten: max,
  label: max === 0 ? 'Gratis' : `Tot en met ${euro(max)}`,
}));

export interface DuurKeuze {
  waarde: number;
  eenheid: DuurEenheid;
  label: string;
}

export const DUUR_KEUZES: readonly DuurKeuze[] = [
  { waarde: 1, eenheid: DuurEenheid.WEEK, label: 'Hoogstens 1 week' },
  { waarde: 1, eenheid: DuurEenheid.MAAND, label: 'Hoogstens 1 maand' },
  { waarde: 3, eenheid: DuurEenheid.MAAND, label: 'Hoogstens 3 maanden' },
  { waarde: 6, eenheid: DuurEenheid.MAAND, label: 'Hoogstens 6 maanden' },
  { waarde: 12, eenheid: DuurEenheid.MAAND, label: 'Hoogstens 1 jaar' },
];

/** A range of uur per week; both ends included, so the ranges share their edges. */
export interface IntensiteitKeuze {
  minIntensiteit: number | null;
  maxIntensiteit: number | null;
  label: string;
}

export const INTENSITEIT_KEUZES: readonly IntensiteitKeuze[] = [
  { minIntensiteit: null, maxIntensiteit: 8, label: 'Tot en met 8 uur per week' },
  { minIntensiteit: 8, maxIntensiteit: 16, label: '8 tot en met 16 uur per week' },
  { minIntensiteit: 16, maxIntensiteit: 24, label: '16 tot en met 24 uur per week' },
  { minIntensiteit: 24, maxIntensiteit: null, label: '24 uur per week of meer' },
];

const cent = (euro: string | number) => Math.round(Number(euro) * 100);

/** Memoised per limit: the screen's choices repeat, and a scan of every slot is the slow part. */
function upTo(index: SearchIndex, column: 'kostenCent' | 'duurDagen' | 'intensiteit', max: number): Bitset {
  return index.cached(`${column}<=${max}`, () => index.where(index[column], (value) => value <= max));
}

function atLeast(index: SearchIndex, column: 'intensiteit', min: number): Bitset {
  return index.cached(`${column}>=${min}`, () => index.where(index[column], (value) => value >= min));
}

export const maxKosten: FilterApplier<KostenKeuze> = {
  check: ({ maxKosten }, _, problems) => {
    if (maxKosten != null && cent(maxKosten) < 0) problems.add('filter.maxKosten', 'Maximale kosten kunnen niet negatief zijn.');
  },
  narrow: ({ maxKosten }, index) => (maxKosten == null ? null : upTo(index, 'kostenCent', cent(maxKosten))),
  opties: countEach(
    KOSTEN_KEUZES,
    (index, keuze) => upTo(index, 'kostenCent', cent(keuze.maxKosten)),
    (filter, keuze) => filter.maxKosten != null && cent(filter.maxKosten) === cent(keuze.maxKosten),
  ),
};

// A little slack so 4 weken passes a limit of 28 dagen despite floating point.
const dagen = ({ waarde, eenheid }: Pick<DuurFilter, 'waarde' | 'eenheid'>) => waarde * DAGEN_PER_EENHEID[eenheid] + 1e-9;

export const maxDuur: FilterApplier<DuurKeuze> = {
  check: ({ maxDuur }, _, problems) => {
    if (maxDuur && !(maxDuur.waarde >= 0)) problems.add('filter.maxDuur', 'Maximale duur kan niet negatief zijn.');
  },
  narrow: ({ maxDuur }, index) => (maxDuur ? upTo(index, 'duurDagen', dagen(maxDuur)) : null),
  opties: countEach(
    DUUR_KEUZES,
    (index, keuze) => upTo(index, 'duurDagen', dagen(keuze)),
    ({ maxDuur }, keuze) => maxDuur?.waarde === keuze.waarde && maxDuur.eenheid === keuze.eenheid,
  ),
};

function intensiteitSet(index: SearchIndex, { minIntensiteit: min, maxIntensiteit: max }: Pick<InstrumentFilter, 'minIntensiteit' | 'maxIntensiteit'>): Bitset | null {
  if (min == null && max == null) return null;
  if (min == null) return upTo(index, 'intensiteit', max!);
  if (max == null) return atLeast(index, 'intensiteit', min);
  return index.cached(`intensiteit:${min}..${max}`, () => atLeast(index, 'intensiteit', min).clone().and(upTo(index, 'intensiteit', max)));
}

/** minIntensiteit and maxIntensiteit together: the screen chooses them as one range. */
export const intensiteit: FilterApplier<IntensiteitKeuze> = {
  check: ({ minIntensiteit, maxIntensiteit }, _, problems) => {
    if (minIntensiteit != null && maxIntensiteit != null && minIntensiteit > maxIntensiteit) {
      problems.add('filter.minIntensiteit', 'Minimale intensiteit is groter dan de maximale.');
    }
  },
  narrow: (filter, index) => intensiteitSet(index, filter),
  opties: countEach(
    INTENSITEIT_KEUZES,
    (index, keuze) => intensiteitSet(index, keuze)!,
    (filter, keuze) => (filter.minIntensiteit ?? null) === keuze.minIntensiteit && (filter.maxIntensiteit ?? null) === keuze.maxIntensiteit,
  ),
};

export const type: FilterApplier<InstrumentType> = {
  check: () => undefined,
  narrow: ({ type }, index) => (type ? index.typen[type] : null),
  opties: countEach(Object.values(InstrumentType), (index, keuze) => index.typen[keuze], (filter, keuze) => filter.type === keuze),
};

export const MAX_STERREN = 5;

export const minSterren: FilterApplier<number> = {
  check: ({ minSterren }, _, problems) => {
    if (minSterren != null && !(Number.isInteger(minSterren) && minSterren >= 1 && minSterren <= MAX_STERREN)) {
      problems.add('filter.minSterren', `Kies 1 tot en met ${MAX_STERREN} sterren.`);
    }
  },
  narrow: ({ minSterren }, index) => (minSterren != null ? index.minSterrenSet(minSterren) : null),
  opties: countEach(
    Array.from({ length: MAX_STERREN }, (_, i) => i + 1),
    (index, sterren) => index.minSterrenSet(sterren),
    (filter, sterren) => filter.minSterren === sterren,
  ),
};
