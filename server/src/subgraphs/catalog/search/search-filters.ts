import { isUuid } from '../../../core/ids.js';
import type { FilterApplier } from './filter-applier.js';
import { intensiteit, maxDuur, maxKosten, minSterren, type } from './praktische-filters.js';

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

/** Its choices are the wijken of the chosen gemeente (none without one), by id. */
export const wijk: FilterApplier<string> = {
  check: ({ wijk }, index, problems) => {
    if (wijk && !index.gemeenteOfWijk.has(wijk)) problems.add('filter.wijk', `Wijk '${wijk}' bestaat niet.`);
  },
  narrow: ({ wijk }, index) => (wijk ? index.wijkArea(wijk) : null),
  opties: (filter, index, scope) =>
    filter.gemeente ? index.wijkenOf(filter.gemeente).map((id) => ({ waarde: id, count: scope.countAnd(index.wijkArea(id)), selected: filter.wijk === id })) : [],
};

// Only a well-formed id is looked up; one without instruments simply finds nothing.
const organisatie: FilterApplier = {
  check: ({ organisatieId }, _, problems) => {
    if (organisatieId && !isUuid(organisatieId)) problems.add('filter.organisatieId', 'Ongeldig id.');
  },
  narrow: ({ organisatieId }, index) => (organisatieId ? index.organisatieSet(organisatieId.toLowerCase()) : null),
};

/**
 * Its choices are the aanbieders with instruments in the scope, most instruments first (ties by id, so a cut is
 * stable), and the chosen one even when it has none there.
 */
export const aanbieder: FilterApplier<string> = {
  check: ({ aanbiederId }, _, problems) => {
    if (aanbiederId && !isUuid(aanbiederId)) problems.add('filter.aanbiederId', 'Ongeldig id.');
  },
  narrow: ({ aanbiederId }, index) => (aanbiederId ? index.aanbiederSet(aanbiederId.toLowerCase()) : null),
  opties: ({ aanbiederId }, index, scope) => {
    const chosen = aanbiederId?.toLowerCase();
    const counts = index.countPerAanbieder(scope);
    if (chosen && !counts.has(chosen)) counts.set(chosen, 0);
    return [...counts]
      .map(([id, count]) => ({ waarde: id, count, selected: id === chosen }))
      .sort((a, b) => b.count - a.count || (a.waarde < b.waarde ? -1 : 1));
  },
};

/**
 * The filters that narrow the instruments besides kenmerken and text (those two are counted per facet and
 * scored, see kenmerk-selection.ts and search-text.ts). A new filter: a field in InstrumentFilter, an applier here.
 */
export const FILTERS: readonly FilterApplier<unknown>[] = [regio, gemeente, wijk, organisatie, aanbieder, maxKosten, maxDuur, intensiteit, type, minSterren];
