import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import type { GraphQLError } from 'graphql';
import { Problems, requireText } from '../problems.js';

function thrown(problems: Problems, summary?: string): GraphQLError {
  try {
    problems.throwIfAny(summary);
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('Problems: one validation style for every subgraph', () => {
  it('throws nothing without problems', () => {
    assert.doesNotThrow(() => new Problems().throwIfAny());
  });

  it('says a single problem as it is, and lists several after a summary, with every field in extensions', () => {
    const one = new Problems();
    one.check(false, 'naam', 'Vul een naam in.');
    const single = thrown(one);
    assert.equal(single.message, 'Vul een naam in.');
    assert.equal(single.extensions.code, 'BAD_USER_INPUT');
    assert.deepEqual(single.extensions.fields, [{ field: 'naam', message: 'Vul een naam in.' }]);

    const two = new Problems();
    requireText(two, 'naam', '  ', 'de naam');
    two.add('email', 'Vul een geldig e-mailadres in.');
    const several = thrown(two);
    assert.equal(several.message, 'Niet alle velden zijn goed ingevuld. naam: Vul de naam in. email: Vul een geldig e-mailadres in.');
    assert.deepEqual((several.extensions.fields as { field: string }[]).map((f) => f.field), ['naam', 'email']);
  });

  it('puts a given summary before even a single problem', () => {
    const problems = new Problems();
    problems.add('kenmerken', 'Kies minstens één tegel.');
    assert.equal(thrown(problems, 'Het instrument kan nog niet gepubliceerd worden.').message, 'Het instrument kan nog niet gepubliceerd worden. kenmerken: Kies minstens één tegel.');
  });
});
