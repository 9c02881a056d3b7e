import type { EntityManager } from 'typeorm';
import { DEMO_SEED } from '../../../fixtures/demo-organisaties.js';
import { insertRows, type ColumnSpec } from './bulk-insert.js';
import { buildWorld, INSTRUMENT_COLUMNS, instrumentBatches, type GemeenteRef } from './demo.generator.js';
import { Random } from '../../../core/random.js';
import { readGemeenten } from './reference.seed.js';

const cols = (...specs: string[]): ColumnSpec[] =>
  specs.map((spec) => {
    const [name, type] = spec.split(':');
    return { name: name!, type: type ?? 'text' };
  });

export interface DemoSeedOptions {
  instruments: number;
  seed?: number;
  log?: (message: string) => void;
}

/**
 * Organisaties, aanbieders, contactpersonen, adressen, wijken and `instruments` instruments with
 * their koppelingen. Ids come from the seeded generator and existing rows are kept, so running it
 * again changes nothing.
 */
export async function seedDemo(db: EntityManager, options: DemoSeedOptions): Promise<void> {
  const rng = new Random(options.seed ?? DEMO_SEED);
  const gemeenten: GemeenteRef[] = readGemeenten().map((g) => ({ code: g.code, naam: g.name, regioCode: g.region_code, regioNaam: g.region }));
  const world = buildWorld(rng, gemeenten);
  await insertRows(db, 'organisatie', cols('id:uuid', 'naam', 'regio_code'), world.organisaties.map((o) => [o.id, o.naam, o.regioCode]));
  await insertRows(db, 'contactpersoon', cols('id:uuid', 'naam', 'telefoon', 'email', 'organisatie_id:uuid'),
    world.contactpersonen.map((c) => [c.id, c.naam, c.telefoon, c.email, c.organisatieId]));
  await insertRows(db, 'adres', cols('id:uuid', 'straat', 'huisnummer', 'postcode', 'plaats', 'organisatie_id:uuid'),
    world.adressen.map((a) => [a.id, a.straat, a.huisnummer, a.postcode, a.plaats, a.organisatieId]));
  await insertRows(db, 'aanbieder', cols('id:uuid', 'naam', 'organisatie_id:uuid', 'website', 'email', 'telefoon'),
    world.aanbieders.map((a) => [a.id, a.naam, a.organisatieId, a.website, a.email, a.telefoon]));
  await insertRows(db, 'aanbieder_contactpersoon', cols('aanbieder_id:uuid', 'contactpersoon_id:uuid', 'soort:contact_soort', 'label'),
    world.aanbiederContactpersonen.map((k) => [k.aanbiederId, k.contactpersoonId, k.soort, k.label]));
  await insertRows(db, 'wijk', cols('id:uuid', 'naam', 'gemeente_code', 'organisatie_id:uuid'),
    world.wijken.map((w) => [w.id, w.naam, w.gemeenteCode, w.organisatieId]));

  let done = 0;
  for (const rows of instrumentBatches(rng, world, gemeenten, options.instruments)) {
    await insertRows(db, 'instrument', INSTRUMENT_COLUMNS, rows.instruments);
    await insertRows(db, 'instrument_kenmerk', cols('instrument_id:uuid', 'kenmerk_code'), rows.kenmerken);
    await insertRows(db, 'instrument_regio', cols('instrument_id:uuid', 'regio_code'), rows.regios);
    await insertRows(db, 'instrument_gemeente', cols('instrument_id:uuid', 'gemeente_code'), rows.gemeenten);
    await insertRows(db, 'instrument_wijk', cols('instrument_id:uuid', 'wijk_id:uuid'), rows.wijken);
    await insertRows(db, 'instrument_contactpersoon', cols('instrument_id:uuid', 'contactpersoon_id:uuid', 'soort:contact_soort', 'label'), rows.contactpersonen);
    await insertRows(db, 'locatie', cols('id:uuid', 'instrument_id:uuid', 'naam', 'type:locatie_type', 'adres_id:uuid', 'in_gebruik:boolean', 'beschrijving'), rows.locaties);
    await insertRows(db, 'registratiecode', cols('id:uuid', 'instrument_id:uuid', 'code', 'label'), rows.registratiecodes);
    await insertRows(db, 'link', cols('id:uuid', 'instrument_id:uuid', 'label', 'url'), rows.links);
    await insertRows(db, 'video', cols('id:uuid', 'instrument_id:uuid', 'label', 'youtube_id'), rows.videos);
    done += rows.instruments.length;
    options.log?.(`  ${done} / ${options.instruments} instrumenten`);
  }
}
