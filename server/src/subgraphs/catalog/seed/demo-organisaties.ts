import { buildWorld, type World } from './demo.generator.js';
import { Random } from './random.js';
import { readGemeenten } from './reference.seed.js';

/** The seed seedDemo uses by default; both must agree for the ids below to be the seeded ones. */
export const DEMO_SEED = 20231;

/**
 * The demo organisaties with the ids the demo seed gives them, computed from the same pure generator
 * (no database). Other subgraphs use this to refer to them, e.g. accounts' demo logins.
 */
export function demoOrganisaties(): World['organisaties'] {
  const gemeenten = readGemeenten().map((g) => ({ code: g.code, naam: g.name, regioCode: g.region_code, regioNaam: g.region }));
  return buildWorld(new Random(DEMO_SEED), gemeenten).organisaties;
}
