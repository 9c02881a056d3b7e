import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { DEMO_ORGANISATIES, DEMO_SEED } from '../../../fixtures/demo-organisaties.js';
import { buildWorld } from '../seed/demo.generator.js';
import { Random } from '../../../core/random.js';
import { readGemeenten } from '../seed/reference.seed.js';

describe('the shared demo organisaties', () => {
  it('are the organisaties the demo generator makes, with the same ids (accounts\' demo logins point at them)', () => {
    const gemeenten = readGemeenten().map((g) => ({ code: g.code, naam: g.name, regioCode: g.region_code, regioNaam: g.region }));
    assert.deepEqual(buildWorld(new Random(DEMO_SEED), gemeenten).organisaties, DEMO_ORGANISATIES);
  });
});
