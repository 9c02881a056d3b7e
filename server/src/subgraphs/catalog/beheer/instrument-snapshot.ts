import type { EntityManager } from 'typeorm';
import type { Snapshot } from '../../../core/audit.js';
import { SCALAR_FIELDS } from './instrument-fields.js';
import { Instrument } from '../instrument.entity.js';

/** The instrument as a beheerder sees it, for the audit trail: every field and every koppeling. */
export async function snapshotInstrument(em: EntityManager, id: string): Promise<Snapshot | null> {
  const instrument = await em.findOneBy(Instrument, { id });
  if (!instrument) return null;
  const list = async (sql: string) => ((await em.query(sql, [id])) as { v: unknown }[]).map((r) => r.v);
  const snapshot: Snapshot = { gids: instrument.gids, landelijk: instrument.landelijk };
  for (const field of SCALAR_FIELDS) snapshot[field] = instrument[field];
  snapshot.kenmerken = await list('SELECT kenmerk_code AS v FROM instrument_kenmerk WHERE instrument_id = $1 ORDER BY 1');
  snapshot.regios = await list('SELECT regio_code AS v FROM instrument_regio WHERE instrument_id = $1 ORDER BY 1');
  snapshot.gemeenten = await list('SELECT gemeente_code AS v FROM instrument_gemeente WHERE instrument_id = $1 ORDER BY 1');
  snapshot.wijken = await list('SELECT wijk_id AS v FROM instrument_wijk WHERE instrument_id = $1 ORDER BY 1');
  snapshot.contactpersonen = await list(`SELECT json_build_object('contactpersoonId', contactpersoon_id, 'soort', soort, 'label', label) AS v FROM instrument_contactpersoon WHERE instrument_id = $1 ORDER BY contactpersoon_id`);
  snapshot.locaties = await list(`SELECT json_build_object('naam', naam, 'type', type, 'adresId', adres_id, 'inGebruik', in_gebruik, 'beschrijving', beschrijving) AS v FROM locatie WHERE instrument_id = $1 ORDER BY naam, id`);
  snapshot.registratiecodes = await list(`SELECT json_build_object('code', code, 'label', label) AS v FROM registratiecode WHERE instrument_id = $1 ORDER BY code`);
  snapshot.links = await list(`SELECT json_build_object('label', label, 'url', url) AS v FROM link WHERE instrument_id = $1 ORDER BY label, url`);
  snapshot.videos = await list(`SELECT json_build_object('label', label, 'youtubeId', youtube_id) AS v FROM video WHERE instrument_id = $1 ORDER BY youtube_id`);
  snapshot.downloads = await list(`SELECT json_build_object('label', label, 'bestandsnaam', bestandsnaam, 'contentHash', content_hash) AS v FROM download WHERE instrument_id = $1 ORDER BY label, id`);
  return snapshot;
}
