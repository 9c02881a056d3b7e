/**
 * Relevance measures over the first 10 results, by instrument name: the test set lists names, and a name counts as
 * found when any instrument with that name is among the first 10 (demo names repeat at most three times).
 */

export const CUTOFF = 10;

/** Relevant names among the first 10 result names, over as many as could fit (at most 10). */
export function recallAt10(relevant: readonly string[], results: readonly string[]): number {
  const wanted = new Set(relevant);
  if (wanted.size === 0) throw new Error('a query needs at least one relevant name');
  const found = new Set(results.slice(0, CUTOFF).filter((naam) => wanted.has(naam)));
  return found.size / Math.min(wanted.size, CUTOFF);
}

/** The 1-based rank of the first relevant result within the first 10, or null when none is there. */
export function firstRelevantRank(relevant: readonly string[], results: readonly string[]): number | null {
  const wanted = new Set(relevant);
  const index = results.slice(0, CUTOFF).findIndex((naam) => wanted.has(naam));
  return index < 0 ? null : index + 1;
}

export interface Uitkomst {
  recall: number;
  rank: number | null;
}

export function measure(relevant: readonly string[], results: readonly string[]): Uitkomst {
  return { recall: recallAt10(relevant, results), rank: firstRelevantRank(relevant, results) };
}

export interface Samenvatting {
  count: number;
  /** Mean recall@10. */
  recall: number;
  /** MRR@10: mean of 1/rank of the first relevant result, 0 for a query without one in the first 10. */
  mrr: number;
}

export function summarize(uitkomsten: readonly Uitkomst[]): Samenvatting {
  const count = uitkomsten.length;
  if (count === 0) return { count, recall: 0, mrr: 0 };
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  return {
    count,
    recall: sum(uitkomsten.map((u) => u.recall)) / count,
    mrr: sum(uitkomsten.map((u) => (u.rank === null ? 0 : 1 / u.rank))) / count,
  };
}
