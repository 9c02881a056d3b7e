import assert from 'node:assert/strict';
import { beforeAll, describe, it } from '@jest/globals';
import { DEMO_SEED } from '../../../fixtures/demo-organisaties.js';
import { Random } from '../../../core/random.js';
import { buildWorld, INSTRUMENT_COLUMNS, instrumentBatches, type InstrumentRows } from '../seed/demo.generator.js';
import { soortenVan } from '../seed/demo-naam.js';
import { DENNIS_DOELGROEPEN, EVA_DOELGROEPEN } from '../seed/demo-namen.data.js';
import { readGemeenten } from '../seed/reference.seed.js';

const COUNT = 3000;
const column = (name: string) => INSTRUMENT_COLUMNS.findIndex((c) => c.name === name);
const [ID, GIDS, NAAM] = [column('id'), column('gids'), column('naam')];
const RICH = ['beschrijving', 'aanvragen', 'voorwaarden'].map(column);
const PLAIN = ['samenvatting', 'doel', 'werkwijze', 'toelichting_doelgroep', 'korte_beschrijving'].map(column);

function generate(): InstrumentRows[] {
  const gemeenten = readGemeenten().map((g) => ({ code: g.code, naam: g.name, regioCode: g.region_code, regioNaam: g.region }));
  const rng = new Random(DEMO_SEED);
  return [...instrumentBatches(rng, buildWorld(rng, gemeenten), gemeenten, COUNT)];
}

/** Simple HTML as the editors write it: only these tags, balanced, and no loose '<' or '&' in the text. */
function assertSimpleHtml(html: string) {
  const open: string[] = [];
  for (const [, closing, tag] of html.matchAll(/<(\/?)([a-z]+)>/g)) {
    assert.ok(['p', 'ul', 'li'].includes(tag!), html);
    if (closing) assert.equal(open.pop(), tag, html);
    else open.push(tag!);
  }
  assert.deepEqual(open, [], html);
  assert.doesNotMatch(html.replace(/<\/?[a-z]+>/g, ''), /[<>&]/, html);
}

describe('the demo catalogue reads like a real guide', () => {
  let batches: InstrumentRows[];
  let instruments: unknown[][];
  const kenmerken = new Map<string, Set<string>>();

  beforeAll(() => {
    batches = generate();
    instruments = batches.flatMap((b) => b.instruments);
    for (const [id, code] of batches.flatMap((b) => b.kenmerken)) {
      if (!kenmerken.has(id)) kenmerken.set(id, new Set());
      kenmerken.get(id)!.add(code);
    }
  });

  it(`gives ${COUNT} instruments distinct names: over 95% unique, none more than 3 times`, () => {
    const counts = new Map<string, number>();
    for (const row of instruments) counts.set(row[NAAM] as string, (counts.get(row[NAAM] as string) ?? 0) + 1);
    const unique = [...counts.values()].filter((n) => n === 1).length / instruments.length;
    console.log(`demo names: ${(unique * 100).toFixed(1)}% of ${instruments.length} unique, ${counts.size} distinct, at most ${Math.max(...counts.values())} times`);
    assert.equal(instruments.length, COUNT);
    assert.ok(unique > 0.95, `only ${(unique * 100).toFixed(1)}% unique`);
    assert.ok(Math.max(...counts.values()) <= 3);
  });

  it('names every instrument after a soort of one of its tegels, and gives it the kenmerken its doelgroep promises', () => {
    for (const row of instruments) {
      const [id, naam, eva] = [row[ID] as string, row[NAAM] as string, row[GIDS] === 'EVA'];
      const own = kenmerken.get(id)!;
      const tegels = [...own].filter((code) => /^(EW|DW)\d\d$/.test(code));
      assert.ok(tegels.length > 0, naam);
      const soorten = tegels.flatMap((tegel) => soortenVan(eva, tegel));
      const soort = soorten.filter((s) => naam === s || naam.startsWith(`${s} `)).sort((a, b) => b.length - a.length)[0];
      assert.ok(soort, `${naam} does not fit ${tegels.join(', ')}`);
      const toevoeging = naam.slice(soort.length);
      for (const doelgroep of eva ? EVA_DOELGROEPEN : DENNIS_DOELGROEPEN) {
        if (toevoeging.includes(` ${doelgroep.tekst}`)) for (const code of doelgroep.codes) assert.ok(own.has(code), `${naam} lacks ${code}`);
      }
    }
  });

  it('keeps the rich-text fields simple HTML and the other texts free of markup', () => {
    for (const row of instruments) {
      for (const index of RICH) if (row[index] !== null) assertSimpleHtml(row[index] as string);
      for (const index of PLAIN) if (row[index] !== null) assert.doesNotMatch(row[index] as string, /[<>&]/);
    }
  });

  it('is deterministic: the same seed gives the same catalogue', () => {
    assert.deepEqual(generate(), batches);
  });
});
