import type { Gids, InstrumentStatus } from '../../__generated__/graphql';

/** The statuses in the order a beheerder goes through them, with the words the screens use. */
export const STATUSSEN: { status: InstrumentStatus; label: string; uitleg: string }[] = [
  { status: 'CONCEPT', label: 'Concept', uitleg: 'nog niet gepubliceerd' },
  { status: 'GEPLAND', label: 'Gepland', uitleg: 'publicatie begint later' },
  { status: 'GEPUBLICEERD', label: 'Gepubliceerd', uitleg: 'nu te vinden in de gids' },
  { status: 'VERLOPEN', label: 'Verlopen', uitleg: 'publicatieperiode voorbij' },
];

export const statusLabel = (status: InstrumentStatus): string => STATUSSEN.find((s) => s.status === status)?.label ?? status;

export const GIDSEN: { gids: Gids; naam: string; titel: string }[] = [
  { gids: 'EVA', naam: 'Eva', titel: 'de instrumentengids voor klantmanagers' },
  { gids: 'DENNIS', naam: 'Dennis', titel: 'de instrumentengids voor werkgeversdienstverleners' },
];

export const gidsNaam = (gids: Gids): string => (gids === 'EVA' ? 'Eva' : 'Dennis');

/** Parses a URL value into one of `allowed`; anything else (an old or typed link) is no filter. */
export function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a === value);
}
