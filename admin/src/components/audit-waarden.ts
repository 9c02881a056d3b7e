import { formatDate } from '@instrumentengidsen/ui';
import DOMPurify from 'dompurify';

/** The names of the instrument's fields as the form shows them; others are spelled out from their camelCase. */
const LABELS: Record<string, string> = {
  naam: 'Naam', gids: 'Gids', type: 'Soort', landelijk: 'Landelijk instrument', publiceren: 'Publiceren',
  publiceerVanaf: 'Publiceren vanaf', publiceerTotEnMet: 'Publiceren tot en met', organisatieId: 'Organisatie', aanbiederId: 'Aanbieder',
  totaleDuur: 'Totale duur', duurEenheid: 'Eenheid van de duur', totaleKosten: 'Totale kosten', voorwaardenDeelname: 'Voorwaarden voor deelname',
  aanmeldinstructies: 'Aanmelden', beschikbareGebieden: 'Beschikbare gebieden', regios: "Arbeidsmarktregio's", videos: "Video's",
};

export function veldLabel(veld: string): string {
  if (LABELS[veld]) return LABELS[veld];
  const woorden = veld.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return woorden.charAt(0).toUpperCase() + woorden.slice(1);
}

/** Opgemaakte tekst without its markup: the history compares words, and never renders stored HTML. */
const tekst = (html: string) => DOMPurify.sanitize(html, { ALLOWED_TAGS: [], KEEP_CONTENT: true }).replace(/\s+/g, ' ').trim();

/** Ids and file hashes inside a koppeling say nothing to a reader; its label, name or type does. */
const INTERN = /^(?:[0-9a-f]{64}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
const DATUM = /^\d{4}-\d{2}-\d{2}$/;

/**
 * One value of an audit snapshot as a short Dutch text: empty as "(leeg)", yes/no, HTML as its text, a list of
 * koppelingen one per item, an object (a contactpersoon koppeling, a link) as its values without ids, a date
 * as "5 december 2026".
 */
export function leesbaar(waarde: unknown): string[] {
  if (waarde === null || waarde === undefined || waarde === '') return ['(leeg)'];
  if (typeof waarde === 'boolean') return [waarde ? 'ja' : 'nee'];
  if (typeof waarde === 'string') return [DATUM.test(waarde) ? formatDate(waarde) : tekst(waarde) || '(leeg)'];
  if (typeof waarde === 'number') return [waarde.toLocaleString('nl-NL')];
  if (Array.isArray(waarde)) return waarde.length ? waarde.flatMap((item) => leesbaar(item)) : ['(geen)'];
  if (typeof waarde === 'object') {
    return [
      Object.values(waarde as Record<string, unknown>)
        .filter((v) => v !== null && v !== undefined && v !== '' && !(typeof v === 'string' && INTERN.test(v)))
        .map((v) => leesbaar(v).join(', '))
        .join(' · '),
    ];
  }
  return [String(waarde)];
}
