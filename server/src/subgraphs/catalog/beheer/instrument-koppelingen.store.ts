import type { EntityManager } from 'typeorm';
import { isUuid } from '../../../core/ids.js';
import type { Caller } from '../../../core/caller.js';
import type { Gids } from '../catalog.enums.js';
import { assertMayManage, assertMayPublishLandelijk } from '../../../core/access.js';
import type { InstrumentChanges } from './instrument-beheer.input.js';
import type { Problems } from '../../../core/problems.js';
import { isWebUrl } from '../../../core/validators.js';
import { youtubeId } from './youtube.js';
import { checkCount, checkLength, MAX_ITEMS, MAX_LENGTH } from './limits.js';
import { GEBIED_KOPPELINGEN, INSTRUMENT_COLUMN, KOPPELINGEN, type KoppelingName } from '../instrument-koppelingen.js';

interface KenmerkRow {
  code: string;
  organisatie_id: string | null;
  gids: Gids;
  categorie: string;
  meervoudig: boolean;
}

/** id → organisatie of the rows `sql` finds for `ids` (`sql` takes the ids as $1). */
async function existing(em: EntityManager, sql: string, ids: string[]): Promise<Map<string, string | null>> {
  const rows: { id: string; organisatie_id: string | null }[] = ids.length ? await em.query(sql, [ids]) : [];
  return new Map(rows.map((r) => [r.id, r.organisatie_id]));
}

/** Replaces a link table's rows of the instrument by these keys. */
async function replaceLinks(em: EntityManager, name: KoppelingName, id: string, keys: string[]): Promise<void> {
  const { table, key, keyType } = KOPPELINGEN[name];
  await em.query(`DELETE FROM ${table} WHERE ${INSTRUMENT_COLUMN} = $1`, [id]);
  if (keys.length) await em.query(`INSERT INTO ${table} (${INSTRUMENT_COLUMN}, ${key}) SELECT $1, unnest($2::${keyType}[])`, [id, keys]);
}

/** Replaces a koppeling's rows of the instrument by these, each a value per column. */
async function replaceRows(em: EntityManager, name: KoppelingName, id: string, columns: string[], rows: unknown[][]): Promise<void> {
  const { table } = KOPPELINGEN[name];
  await em.query(`DELETE FROM ${table} WHERE ${INSTRUMENT_COLUMN} = $1`, [id]);
  const values = ['$1', ...columns.map((_, i) => `$${i + 2}`)].join(', ');
  for (const row of rows) await em.query(`INSERT INTO ${table} (${INSTRUMENT_COLUMN}, ${columns.join(', ')}) VALUES (${values})`, [id, ...row]);
}

/**
 * Checks every koppeling of stap 2 in `changes` (existence, format, and that a beheerder only links records of
 * organisaties they manage), collecting input problems; access problems throw FORBIDDEN at once.
 * Returns the writes to run once everything is known to be valid.
 */
export async function checkKoppelingen(
  em: EntityManager,
  caller: Caller,
  gids: Gids,
  changes: InstrumentChanges,
  problems: Problems,
): Promise<(instrumentId: string) => Promise<void>> {
  const writes: ((em: EntityManager, id: string) => Promise<void>)[] = [];

  if (changes.kenmerken && checkCount(problems, 'kenmerken', changes.kenmerken, MAX_ITEMS.kenmerken, 'kenmerken')) {
    const codes = [...new Set(changes.kenmerken)];
    const rows: KenmerkRow[] = await em.query(
      `SELECT k.code, k.organisatie_id, c.gids, c.code AS categorie, c.meervoudig
         FROM kenmerk k JOIN kenmerk_categorie c ON c.code = k.categorie_code WHERE k.code = ANY($1)`,
      [codes],
    );
    const byCode = new Map(rows.map((r) => [r.code, r]));
    codes.forEach((code, i) => {
      const row = byCode.get(code);
      if (!row) problems.add(`kenmerken[${i}]`, `Het kenmerk '${code}' bestaat niet.`);
      else if (row.gids !== gids) problems.add(`kenmerken[${i}]`, `Het kenmerk '${code}' hoort niet bij deze gids.`);
      else if (row.organisatie_id) assertMayManage(caller, row.organisatie_id);
    });
    const perCategorie = new Map<string, number>();
    for (const row of rows) perCategorie.set(row.categorie, (perCategorie.get(row.categorie) ?? 0) + 1);
    for (const row of rows) {
      if (!row.meervoudig && perCategorie.get(row.categorie)! > 1) problems.add('kenmerken', `Kies in ${row.categorie} hoogstens één kenmerk.`);
    }
    writes.push((em, id) => replaceLinks(em, 'kenmerken', id, codes));
  }

  const gebieden = changes.beschikbareGebieden;
  const gebiedenCounted =
    !!gebieden &&
    [
      checkCount(problems, 'beschikbareGebieden.regios', gebieden.regios, MAX_ITEMS.regios, "regio's"),
      checkCount(problems, 'beschikbareGebieden.gemeenten', gebieden.gemeenten, MAX_ITEMS.gemeenten, 'gemeenten'),
      checkCount(problems, 'beschikbareGebieden.wijken', gebieden.wijken, MAX_ITEMS.wijken, 'wijken'),
    ].every(Boolean);
  if (gebieden && gebiedenCounted) {
    assertMayPublishLandelijk(caller, gebieden.landelijk);
    const regios = [...new Set(gebieden.regios ?? [])];
    const gemeenten = [...new Set(gebieden.gemeenten ?? [])];
    const wijken = [...new Set(gebieden.wijken ?? [])];
    const knownRegios = await existing(em, 'SELECT code AS id, NULL AS organisatie_id FROM regio WHERE code = ANY($1)', regios);
    const knownGemeenten = await existing(em, 'SELECT code AS id, NULL AS organisatie_id FROM gemeente WHERE code = ANY($1)', gemeenten);
    const knownWijken = await existing(em, 'SELECT id::text AS id, organisatie_id FROM wijk WHERE id = ANY($1::uuid[])', wijken.filter((w) => isUuid(w)));
    regios.forEach((code, i) => knownRegios.has(code) || problems.add(`beschikbareGebieden.regios[${i}]`, `De regio '${code}' bestaat niet.`));
    gemeenten.forEach((code, i) => knownGemeenten.has(code) || problems.add(`beschikbareGebieden.gemeenten[${i}]`, `De gemeente '${code}' bestaat niet.`));
    wijken.forEach((id, i) => {
      if (!knownWijken.has(id)) problems.add(`beschikbareGebieden.wijken[${i}]`, `De wijk '${id}' bestaat niet.`);
      else if (knownWijken.get(id)) assertMayManage(caller, knownWijken.get(id)!);
    });
    writes.push(async (em, id) => {
      await em.query('UPDATE instrument SET landelijk = $2 WHERE id = $1', [id, gebieden.landelijk]);
      const keys = { regios, gemeenten, wijken };
      for (const name of GEBIED_KOPPELINGEN) await replaceLinks(em, name, id, keys[name]);
    });
  }

  if (changes.contactpersonen && checkCount(problems, 'contactpersonen', changes.contactpersonen, MAX_ITEMS.contactpersonen, 'contactpersonen')) {
    const koppelingen = changes.contactpersonen;
    const known = await existing(em, 'SELECT id::text AS id, organisatie_id FROM contactpersoon WHERE id = ANY($1::uuid[])', koppelingen.map((k) => k.contactpersoonId).filter(isUuid));
    const seen = new Set<string>();
    koppelingen.forEach((k, i) => {
      if (!known.has(k.contactpersoonId)) problems.add(`contactpersonen[${i}].contactpersoonId`, 'Deze contactpersoon bestaat niet. Maak hem eerst aan.');
      else assertMayManage(caller, known.get(k.contactpersoonId)!);
      if (seen.has(k.contactpersoonId)) problems.add(`contactpersonen[${i}].contactpersoonId`, 'Deze contactpersoon staat er al bij.');
      seen.add(k.contactpersoonId);
      checkLength(problems, `contactpersonen[${i}].label`, k.label?.trim(), MAX_LENGTH.contactLabel);
    });
    const rows = koppelingen.map((k) => [k.contactpersoonId, k.soort, k.label?.trim() || null]);
    writes.push((em, id) => replaceRows(em, 'contactpersonen', id, ['contactpersoon_id', 'soort', 'label'], rows));
  }

  if (changes.locaties && checkCount(problems, 'locaties', changes.locaties, MAX_ITEMS.locaties, 'locaties')) {
    const locaties = changes.locaties;
    const adresIds = locaties.map((l) => l.adresId).filter((id): id is string => !!id);
    const known = await existing(em, 'SELECT id::text AS id, organisatie_id FROM adres WHERE id = ANY($1::uuid[])', adresIds.filter(isUuid));
    locaties.forEach((l, i) => {
      if (!l.naam.trim()) problems.add(`locaties[${i}].naam`, 'Geef de locatie een naam.');
      checkLength(problems, `locaties[${i}].naam`, l.naam.trim(), MAX_LENGTH.naam);
      checkLength(problems, `locaties[${i}].beschrijving`, l.beschrijving?.trim(), MAX_LENGTH.plain);
      if (l.adresId && !known.has(l.adresId)) problems.add(`locaties[${i}].adresId`, 'Dit adres bestaat niet. Maak het eerst aan bij Adressen.');
      else if (l.adresId) assertMayManage(caller, known.get(l.adresId)!);
      if (l.type === 'ADRES' && !l.adresId) problems.add(`locaties[${i}].adresId`, 'Kies een adres bij het type Adres.');
    });
    const rows = locaties.map((l) => [l.naam.trim(), l.type, l.adresId ?? null, l.inGebruik ?? true, l.beschrijving?.trim() || null]);
    writes.push((em, id) => replaceRows(em, 'locaties', id, ['naam', 'type', 'adres_id', 'in_gebruik', 'beschrijving'], rows));
  }

  if (changes.registratiecodes && checkCount(problems, 'registratiecodes', changes.registratiecodes, MAX_ITEMS.registratiecodes, 'registratiecodes')) {
    const codes = changes.registratiecodes.map((r) => ({ code: r.code.trim(), label: r.label?.trim() || null }));
    const seen = new Set<string>();
    codes.forEach((r, i) => {
      if (!r.code) problems.add(`registratiecodes[${i}].code`, 'Vul de code in.');
      else if (r.code.length > MAX_LENGTH.code) problems.add(`registratiecodes[${i}].code`, `Een code is hoogstens ${MAX_LENGTH.code} tekens.`);
      checkLength(problems, `registratiecodes[${i}].label`, r.label, MAX_LENGTH.label);
      if (seen.has(r.code)) problems.add(`registratiecodes[${i}].code`, `De code '${r.code}' staat er al bij.`);
      seen.add(r.code);
    });
    writes.push((em, id) => replaceRows(em, 'registratiecodes', id, ['code', 'label'], codes.map((r) => [r.code, r.label])));
  }

  if (changes.links && checkCount(problems, 'links', changes.links, MAX_ITEMS.links, 'links')) {
    const links = changes.links.map((l) => ({ label: l.label.trim(), url: l.url.trim() }));
    links.forEach((l, i) => {
      if (!l.label) problems.add(`links[${i}].label`, 'Geef de link een naam.');
      checkLength(problems, `links[${i}].label`, l.label, MAX_LENGTH.label);
      if (l.url.length > MAX_LENGTH.url) problems.add(`links[${i}].url`, `Een webadres is hoogstens ${MAX_LENGTH.url} tekens.`);
      else if (!isWebUrl(l.url)) problems.add(`links[${i}].url`, 'Geef een webadres dat begint met https:// of http://.');
    });
    writes.push((em, id) => replaceRows(em, 'links', id, ['label', 'url'], links.map((l) => [l.label, l.url])));
  }

  if (changes.videos && checkCount(problems, 'videos', changes.videos, MAX_ITEMS.videos, "video's")) {
    const videos = changes.videos.map((v, i) => {
      checkLength(problems, `videos[${i}].label`, v.label?.trim(), MAX_LENGTH.label);
      const youtube = v.youtube.length <= MAX_LENGTH.youtube ? youtubeId(v.youtube) : null;
      if (!youtube) problems.add(`videos[${i}].youtube`, 'Geef de YouTube-identifier (11 tekens, bijv. rVsqEJhVLFM) of een YouTube-link.');
      return { label: v.label?.trim() || null, youtube };
    });
    writes.push((em, id) => replaceRows(em, 'videos', id, ['label', 'youtube_id'], videos.map((v) => [v.label, v.youtube])));
  }

  return async (id) => {
    for (const write of writes) await write(em, id);
  };
}

/** What an instrument must have before it is published: Eva's verplichte koppelingen, and a place where it is offered. */
export async function publicationProblems(em: EntityManager, id: string, gids: Gids, landelijk: boolean, problems: Problems): Promise<void> {
  const { table, key } = KOPPELINGEN.kenmerken;
  const rows: { categorie: string }[] = await em.query(
    `SELECT DISTINCT k.categorie_code AS categorie FROM ${table} ik JOIN kenmerk k ON k.code = ik.${key} WHERE ik.${INSTRUMENT_COLUMN} = $1`,
    [id],
  );
  const categorieen = new Set(rows.map((r) => r.categorie));
  if (gids === 'EVA') {
    if (!categorieen.has('EVA_TEGEL')) problems.add('kenmerken', 'Koppel minstens één tegel van het werklandschap voordat je publiceert.');
    if (!categorieen.has('EVA_KLANTKENMERK')) problems.add('kenmerken', 'Koppel minstens één klantkenmerk voordat je publiceert.');
  }
  if (!landelijk) {
    const counts = GEBIED_KOPPELINGEN.map((name) => `(SELECT count(*) FROM ${KOPPELINGEN[name].table} WHERE ${INSTRUMENT_COLUMN} = $1)`);
    const [{ gebieden }] = await em.query(`SELECT ${counts.join(' + ')} AS gebieden`, [id]);
    if (!gebieden) problems.add('beschikbareGebieden', 'Kies waar het instrument beschikbaar is (landelijk, regio, gemeente of wijk) voordat je publiceert.');
  }
}
