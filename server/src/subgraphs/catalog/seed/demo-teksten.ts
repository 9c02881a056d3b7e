import type { Random } from '../../../core/random.js';
import type { NaamKeuze } from './demo-naam.js';
import * as V from './demo-vocabulary.data.js';

/**
 * The texts of a demo instrument, written to fit its name: the tegel's own sentences first, then what the name
 * promises (doelgroep, sector, place), then general sentences. Plain sentences, or simple HTML for Dennis.
 */

const SAMENVATTING_MAX = 500;

export function sentences(rng: Random, pool: readonly string[], min: number, max: number): string {
  return rng.sample(pool, rng.int(min, max)).join(' ');
}

/** Specific sentences first; general ones fill up to 2–5 sentences; sentences drop from the end to stay within 500 characters. */
function samenvatting(rng: Random, specifiek: string[], algemeen: readonly string[]): string {
  const parts = [...specifiek, ...rng.sample(algemeen, Math.max(0, rng.int(2, 5) - specifiek.length))];
  while (parts.length > 1 && parts.join(' ').length > SAMENVATTING_MAX) parts.pop();
  return parts.join(' ');
}

function waar(keuze: NaamKeuze): string | null {
  const { plaats } = keuze;
  return plaats ? (plaats.regio ? `de regio ${plaats.naam}` : plaats.naam) : null;
}

export interface EvaTeksten {
  samenvatting: string;
  doel: string;
  werkwijze: string;
  toelichtingDoelgroep: string | null;
}

export function evaTeksten(rng: Random, keuze: NaamKeuze): EvaTeksten {
  const { tegel, sector, doelgroep } = keuze;
  const plaats = waar(keuze);
  const [opening, aanpak] = rng.sample(tegel.zinnen, 2);
  const specifiek = [
    opening!,
    ...(doelgroep ? [doelgroep.toelichting] : []),
    ...(sector ? [`Je maakt kennis met werk ${sector.tekst}, zoals ${sector.voorbeeld}.`] : []),
    ...(plaats ? [`Je kunt meedoen als je in ${plaats} woont.`] : []),
  ];
  return {
    samenvatting: samenvatting(rng, specifiek, V.SAMENVATTING_ZINNEN),
    doel: sentences(rng, tegel.doelen, 1, 2),
    werkwijze: `${aanpak} ${sentences(rng, V.WERKWIJZE_ZINNEN, 1, 3)}`,
    toelichtingDoelgroep: doelgroep?.toelichting ?? (rng.chance(0.5) ? 'Geschikt voor inwoners die een extra steuntje in de rug nodig hebben.' : null),
  };
}

export interface DennisTeksten {
  korteBeschrijving: string;
  beschrijving: string;
  aanvragen: string;
  voorwaarden: string;
}

export function dennisTeksten(rng: Random, keuze: NaamKeuze): DennisTeksten {
  const { tegel, sector, doelgroep } = keuze;
  const plaats = waar(keuze);
  // The korte beschrijving opens like the beschrijving: it summarises it.
  const uitleg = rng.sample(tegel.zinnen, rng.int(2, 3));
  const specifiek = [
    uitleg[0]!,
    ...(doelgroep ? [doelgroep.toelichting] : []),
    ...(sector ? [`Voor werkgevers ${sector.tekst}, zoals ${sector.voorbeeld}.`] : []),
    ...(plaats ? [`Voor werkgevers in ${plaats}.`] : []),
  ];
  const doelen = rng.sample(tegel.doelen, 2).map((doel) => `<li>${doel}</li>`).join('');
  return {
    korteBeschrijving: samenvatting(rng, specifiek, V.DENNIS_ZINNEN),
    beschrijving: `<p>${uitleg.join(' ')} ${rng.pick(V.DENNIS_ZINNEN)}</p><ul>${doelen}</ul>`,
    aanvragen: `<p>${sentences(rng, V.DENNIS_AANVRAAG_ZINNEN, 1, 2)}</p>`,
    voorwaarden: `<p>${sentences(rng, V.DENNIS_VOORWAARDEN_ZINNEN, 1, 3)}</p>`,
  };
}
