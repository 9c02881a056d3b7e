import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { firstRelevantRank, measure, recallAt10, summarize } from './metrics.js';

const results = ['A', 'B', 'C', 'A', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K'];

describe('relevance measures', () => {
  it('recall@10 counts each relevant name once, only in the first 10', () => {
    assert.equal(recallAt10(['A', 'C'], results), 1);
    assert.equal(recallAt10(['A', 'Z'], results), 0.5);
    assert.equal(recallAt10(['I', 'J'], results), 0.5); // J is 11th
    assert.equal(recallAt10(['Z'], results), 0);
  });

  it('recall@10 divides by at most 10, so more than 10 relevant names can still reach 1', () => {
    const many = Array.from({ length: 12 }, (_, i) => `N${i}`);
    assert.equal(recallAt10(many, many.slice(0, 10)), 1);
    assert.throws(() => recallAt10([], results));
  });

  it('ranks the first relevant result from 1, and none beyond 10', () => {
    assert.equal(firstRelevantRank(['C', 'A'], results), 1);
    assert.equal(firstRelevantRank(['D'], results), 5);
    assert.equal(firstRelevantRank(['K'], results), null);
    assert.equal(firstRelevantRank(['A'], []), null);
  });

  it('averages recall and reciprocal rank over the queries', () => {
    const summary = summarize([measure(['A'], results), measure(['D', 'Z'], results), measure(['Z'], results)]);
    assert.equal(summary.count, 3);
    assert.equal(summary.recall, (1 + 0.5 + 0) / 3);
    assert.equal(summary.mrr, (1 + 1 / 5 + 0) / 3);
    assert.deepEqual(summarize([]), { count: 0, recall: 0, mrr: 0 });
  });
});
