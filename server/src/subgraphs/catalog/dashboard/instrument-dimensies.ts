import type { PublicationStatus } from '../../../core/publicatie.js';
import { Gids } from '../catalog.enums.js';
import type { Bitset } from '../search/bitset.js';
import type { SearchIndex } from '../search/search-index.js';
import { InstrumentDimensie } from './dashboard.types.js';

/** One value of a dimension and the instruments that have it. */
export interface DimensieWaarde {
  sleutel: string;
  set: () => Bitset;
}

/** A dimension over the search index; single-valued ones also name a slot's value directly. */
export interface Dimensie {
  waarden: () => DimensieWaarde[];
  keyOf?: (slot: number) => string;
}

export interface DimensieBron {
  index: SearchIndex;
  today: string;
  /** Every arbeidsmarktregio code (regio's without instruments too). */
  regios: string[];
}

export const STATUSSEN: readonly PublicationStatus[] = ['CONCEPT', 'GEPLAND', 'GEPUBLICEERD', 'VERLOPEN'];

/**
 * The kenmerk category behind a kenmerk dimension per guide. Dennis has tegels only: its other categories
 * (doelgroep, dienstverband...) are praktisch, not a klantkenmerk or uitvoeringsvorm.
 */
export const KENMERK_CATEGORIE: Partial<Record<InstrumentDimensie, Partial<Record<Gids, string>>>> = {
  [InstrumentDimensie.TEGEL]: { [Gids.EVA]: 'EVA_TEGEL', [Gids.DENNIS]: 'DENNIS_TEGEL' },
  [InstrumentDimensie.KLANTKENMERK]: { [Gids.EVA]: 'EVA_KLANTKENMERK' },
  [InstrumentDimensie.UITVOERINGSVORM]: { [Gids.EVA]: 'EVA_UITVOERINGSVORM' },
};

const byKey = (keys: Iterable<string>, set: (key: string) => Bitset): DimensieWaarde[] =>
  [...new Set(keys)].sort().map((sleutel) => ({ sleutel, set: () => set(sleutel) }));

/** The dimension in this guide, or null when the guide has no such category. */
export function dimensie(naam: InstrumentDimensie, gids: Gids, { index, today, regios }: DimensieBron): Dimensie | null {
  switch (naam) {
    case InstrumentDimensie.TEGEL:
    case InstrumentDimensie.KLANTKENMERK:
    case InstrumentDimensie.UITVOERINGSVORM: {
      const categorie = KENMERK_CATEGORIE[naam]?.[gids];
      if (!categorie) return null;
      // A parent (KK15 "Aandachtspunten klant") counts every instrument of its children, as in the search.
      const codes = [...index.kenmerkInfo.values()].filter((k) => k.categorie_code === categorie).map((k) => k.code);
      return { waarden: () => byKey(codes, (code) => index.kenmerkSet(code)) };
    }
    case InstrumentDimensie.REGIO:
      return { waarden: () => byKey(regios, (code) => index.regioArea(code)) };
    case InstrumentDimensie.GEMEENTE:
      return { waarden: () => byKey(index.regioOfGemeente.keys(), (code) => index.gemeenteArea(code)) };
    case InstrumentDimensie.ORGANISATIE:
      return { waarden: () => byKey(index.organisatieIds(), (id) => index.organisatieSet(id)), keyOf: (slot) => index.organisatieOf(slot) };
    case InstrumentDimensie.AANBIEDER:
      return { waarden: () => byKey(index.aanbiederIds(), (id) => index.aanbiederSet(id)), keyOf: (slot) => index.aanbiederOf(slot) };
    case InstrumentDimensie.STATUS:
      return { waarden: () => STATUSSEN.map((status) => ({ sleutel: status, set: () => index.statusSet(status, today) })) };
  }
}

/** Rows of counts over `base` (the guide and the caller's scope), one or two dimensions; zero rows are left out. */
export function tel(base: Bitset, dimensies: Dimensie[]): { sleutels: string[]; aantal: number }[] {
  const [first, second] = dimensies;
  if (!first) return [];
  if (!second) return tally(base, first).map(([key, aantal]) => ({ sleutels: [key], aantal }));
  // The single-valued dimension (organisatie, aanbieder) is tallied per slot inside the other's sets:
  // a bitset per pair would be gemeenten × aanbieders ANDs.
  const swap = !!first.keyOf && !second.keyOf;
  const [outer, inner] = swap ? [second, first] : [first, second];
  const rows: { sleutels: string[]; aantal: number }[] = [];
  for (const waarde of outer.waarden()) {
    const within = base.clone().and(waarde.set());
    for (const [key, aantal] of tally(within, inner)) rows.push({ sleutels: swap ? [key, waarde.sleutel] : [waarde.sleutel, key], aantal });
  }
  return rows.sort((a, b) => compare(a.sleutels, b.sleutels));
}

function tally(set: Bitset, dim: Dimensie): [string, number][] {
  const { keyOf } = dim;
  if (keyOf) {
    const counts = new Map<string, number>();
    for (const slot of set.slots()) counts.set(keyOf(slot), (counts.get(keyOf(slot)) ?? 0) + 1);
    return [...counts].sort(([a], [b]) => compare([a], [b]));
  }
  return dim.waarden().flatMap(({ sleutel, set: of }): [string, number][] => {
    const aantal = set.countAnd(of());
    return aantal ? [[sleutel, aantal]] : [];
  });
}

function compare(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
}
