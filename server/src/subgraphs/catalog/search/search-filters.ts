import { isUuid } from '../../../core/ids.js';
import type { Problems } from '../../../core/problems.js';
import type { Bitset } from './bitset.js';
import type { InstrumentFilter } from './instrument-filter.input.js';
import { DAGEN_PER_EENHEID, type SearchIndex } from './search-index.js';

/** One choice of a filter with its count: how many results the search gives with this choice instead. */
export interface FilterOptie {
  waarde: number;
  count: number;
  selected: boolean;
}

/**
 * One filter of InstrumentFilter: what makes its value unsearchable, and the instruments it leaves. `narrow`
 * runs only when no filter had a problem; it returns null when the filter is not used.
 */
export interface FilterApplier {
  check(filter: InstrumentFilter, index: SearchIndex, problems: Problems): void;
  narrow(filter: InstrumentFilter, index: SearchIndex): Bitset | null;
  /**
   * Only for a filter shown with a count per choice (like a kenmerk facet): `scope` is the result with every
   * other filter, kenmerken and text applied and this filter left out. The search applies such a filter last.
   */
  opties?(filter: InstrumentFilter, index: SearchIndex, scope: Bitset): FilterOptie[];
}

const regio: FilterApplier = {
  check: ({ regio }, index, problems) => {
    if (regio && ![...index.regioOfGemeente.values()].includes(regio)) problems.add('filter.regio', `Regio '${regio}' bestaat niet.`);
  },
  narrow: ({ regio }, index) => (regio ? index.regioArea(regio) : null),
};

const gemeente: FilterApplier = {
  check: ({ gemeente }, index, problems) => {
    if (gemeente && !index.regioOfGemeente.has(gemeente)) problems.add('filter.gemeente', `Gemeente '${gemeente}' bestaat niet.`);
  },
  narrow: ({ gemeente }, index) => (gemeente ? index.gemeenteArea(gemeente) : null),
};

const wijk: FilterApplier = {
  check: ({ wijk }, index, problems) => {
    if (wijk && !index.gemeenteOfWijk.has(wijk)) problems.add('filter.wijk', `Wijk '${wijk}' bestaat niet.`);
  },
  narrow: ({ wijk }, index) => (wijk ? index.wijkArea(wijk) : null),
};

// Only a well-formed id is looked up; one without instruments simply finds nothing.
const organisatie: FilterApplier = {
  check: ({ organisatieId }, _, problems) => {
    if (organisatieId && !isUuid(organisatieId)) problems.add('filter.organisatieId', 'Ongeldig id.');
  },
  narrow: ({ organisatieId }, index) => (organisatieId ? index.organisatieSet(organisatieId.toLowerCase()) : null),
};

const aanbieder: FilterApplier = {
  check: ({ aanbiederId }, _, problems) => {
    if (aanbiederId && !isUuid(aanbiederId)) problems.add('filter.aanbiederId', 'Ongeldig id.');
  },
  narrow: ({ aanbiederId }, index) => (aanbiederId ? index.aanbiederSet(aanbiederId.toLowerCase()) : null),
};

const cent = (euro: string) => Math.round(Number(euro) * 100);

const maxKosten: FilterApplier = {
  check: ({ maxKosten }, _, problems) => {
    if (maxKosten != null && cent(maxKosten) < 0) problems.add('filter.maxKosten', 'Maximale kosten kunnen niet negatief zijn.');
  },
  narrow: ({ maxKosten }, index) => {
    if (maxKosten == null) return null;
    const max = cent(maxKosten);
    return index.where(index.kostenCent, (kosten) => kosten <= max);
  },
};

const maxDuur: FilterApplier = {
  check: ({ maxDuur }, _, problems) => {
    if (maxDuur && !(maxDuur.waarde >= 0)) problems.add('filter.maxDuur', 'Maximale duur kan niet negatief zijn.');
  },
  narrow: ({ maxDuur }, index) => {
    if (!maxDuur) return null;
    // A little slack so 4 weken passes a limit of 28 dagen despite floating point.
    const dagen = maxDuur.waarde * DAGEN_PER_EENHEID[maxDuur.eenheid] + 1e-9;
    return index.where(index.duurDagen, (duur) => duur <= dagen);
  },
};

const minIntensiteit: FilterApplier = {
  check: ({ minIntensiteit, maxIntensiteit }, _, problems) => {
    if (minIntensiteit != null && maxIntensiteit != null && minIntensiteit > maxIntensiteit) {
      problems.add('filter.minIntensiteit', 'Minimale intensiteit is groter dan de maximale.');
    }
  },
  narrow: ({ minIntensiteit: min }, index) => (min != null ? index.where(index.intensiteit, (uren) => uren >= min) : null),
};

const maxIntensiteit: FilterApplier = {
  check: () => undefined,
  narrow: ({ maxIntensiteit: max }, index) => (max != null ? index.where(index.intensiteit, (uren) => uren <= max) : null),
};

export const MAX_STERREN = 5;
const STERREN = Array.from({ length: MAX_STERREN }, (_, i) => i + 1);

export const minSterren: FilterApplier = {
  check: ({ minSterren }, _, problems) => {
    if (minSterren != null && !(Number.isInteger(minSterren) && minSterren >= 1 && minSterren <= MAX_STERREN)) {
      problems.add('filter.minSterren', `Kies 1 tot en met ${MAX_STERREN} sterren.`);
    }
  },
  narrow: ({ minSterren }, index) => (minSterren != null ? index.minSterrenSet(minSterren) : null),
  opties: ({ minSterren }, index, scope) =>
    STERREN.map((waarde) => ({ waarde, count: scope.countAnd(index.minSterrenSet(waarde)), selected: waarde === minSterren })),
};

/**
 * The filters that narrow the instruments before kenmerken and text (those two are counted per facet and
 * scored, see kenmerk-selection.ts and search-text.ts). A new filter: a field in InstrumentFilter, an applier here.
 */
export const FILTERS: readonly FilterApplier[] = [regio, gemeente, wijk, organisatie, aanbieder, maxKosten, maxDuur, minIntensiteit, maxIntensiteit, minSterren];
