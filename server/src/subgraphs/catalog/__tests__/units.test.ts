import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { decodeCursor, encodeCursor, pageSize } from '../../../core/pagination.js';
import { DecimalScalar, LocalDateScalar } from '../../../core/scalars.js';
import { amsterdamToday, isPublishedOn } from '../../../core/publicatie.js';
import { Random } from '../../../core/random.js';

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as GraphQLError).extensions?.code;
  }
  return 'no error';
};

describe('cursors and page sizes', () => {
  it('round-trips a cursor and rejects tampered ones with BAD_USER_INPUT', () => {
    assert.deepEqual(decodeCursor(encodeCursor(['Jobcoaching', 'abc']), ['string', 'string']), ['Jobcoaching', 'abc']);
    assert.equal(code(() => decodeCursor('not-a-cursor', ['string', 'string'])), 'BAD_USER_INPUT');
    assert.equal(code(() => decodeCursor(encodeCursor(['only-one']), ['string', 'string'])), 'BAD_USER_INPUT');
    assert.equal(code(() => decodeCursor(encodeCursor([1, 2]), ['string', 'string'])), 'BAD_USER_INPUT');
  });

  it('accepts 1..100 and refuses the rest', () => {
    assert.equal(pageSize(undefined), 20);
    assert.equal(pageSize(100), 100);
    for (const bad of [0, -1, 101, 2.5]) assert.equal(code(() => pageSize(bad)), 'BAD_USER_INPUT');
  });
});

describe('publication window', () => {
  it('uses the Amsterdam calendar day, also across midnight UTC and daylight saving', () => {
    assert.equal(amsterdamToday(new Date('2026-03-28T23:30:00Z')), '2026-03-29');
    assert.equal(amsterdamToday(new Date('2026-07-01T21:59:00Z')), '2026-07-01');
    assert.equal(amsterdamToday(new Date('2026-07-01T22:00:00Z')), '2026-07-02');
  });

  it('includes both ends of the window', () => {
    const window = { publiceren: true, publiceerVanaf: '2026-01-01', publiceerTotEnMet: '2026-01-31' };
    assert.equal(isPublishedOn(window, '2025-12-31'), false);
    assert.equal(isPublishedOn(window, '2026-01-01'), true);
    assert.equal(isPublishedOn(window, '2026-01-31'), true);
    assert.equal(isPublishedOn(window, '2026-02-01'), false);
    assert.equal(isPublishedOn({ ...window, publiceren: false }, '2026-01-15'), false);
  });
});

describe('scalars', () => {
  it('keeps money exact and refuses more than two decimals', () => {
    assert.equal(DecimalScalar.parseValue('1250.95'), '1250.95');
    assert.equal(DecimalScalar.serialize('0.10'), '0.10');
    assert.throws(() => DecimalScalar.parseValue('12.345'));
    assert.throws(() => DecimalScalar.parseValue('twaalf'));
  });

  it('accepts only real calendar dates', () => {
    assert.equal(LocalDateScalar.parseValue('2028-02-29'), '2028-02-29');
    assert.throws(() => LocalDateScalar.parseValue('2026-02-30'));
    assert.throws(() => LocalDateScalar.parseValue('31-01-2026'));
  });
});

describe('seeded random', () => {
  it('gives the same sequence for the same seed', () => {
    const a = new Random(7);
    const b = new Random(7);
    assert.deepEqual([a.uuid(), a.int(1, 100), a.sample([1, 2, 3, 4, 5], 3)], [b.uuid(), b.int(1, 100), b.sample([1, 2, 3, 4, 5], 3)]);
    assert.match(new Random(1).uuid(), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
