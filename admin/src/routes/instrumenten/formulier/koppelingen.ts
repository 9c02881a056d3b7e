import type { BeschikbareGebiedenInput, ContactpersoonKoppelingInput, InstrumentFormulierFragment, LinkInput, LocatieInput, RegistratiecodeInput, VideoInput } from '../../../__generated__/graphql';

/**
 * The koppelingen of a loaded instrument as the API's input: a list given to updateInstrument replaces the
 * whole list, so adding or removing one item sends the others along unchanged.
 */
export const koppelingInput = {
  contactpersonen: (i: InstrumentFormulierFragment): ContactpersoonKoppelingInput[] =>
    i.contactpersonen.map((k) => ({ contactpersoonId: k.contactpersoon.id, soort: k.soort, label: k.label })),
  locaties: (i: InstrumentFormulierFragment): LocatieInput[] =>
    i.locaties.map((l) => ({ naam: l.naam, type: l.type, adresId: l.adres?.id ?? null, inGebruik: l.inGebruik, beschrijving: l.beschrijving })),
  registratiecodes: (i: InstrumentFormulierFragment): RegistratiecodeInput[] => i.registratiecodes.map((r) => ({ code: r.code, label: r.label })),
  links: (i: InstrumentFormulierFragment): LinkInput[] => i.links.map((l) => ({ label: l.label, url: l.url })),
  videos: (i: InstrumentFormulierFragment): VideoInput[] => i.videos.map((v) => ({ label: v.label, youtube: v.youtubeId })),
  beschikbareGebieden: (i: InstrumentFormulierFragment): BeschikbareGebiedenInput => ({
    landelijk: i.beschikbareGebieden.landelijk,
    regios: i.beschikbareGebieden.regios.map((r) => r.code),
    gemeenten: i.beschikbareGebieden.gemeenten.map((g) => g.code),
    wijken: i.beschikbareGebieden.wijken.map((w) => w.id),
  }),
};

/** Every linked kenmerk code. */
export const kenmerkCodes = (i: InstrumentFormulierFragment) => i.kenmerken.flatMap((g) => g.kenmerken.map((k) => k.code));

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const YOUTUBE_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be', 'www.youtube-nocookie.com', 'youtube-nocookie.com']);

/**
 * The identifier (handleiding 2.5: the part after "watch?v=") of what a beheerder pastes: the identifier
 * itself or a YouTube link. The same rule as the API's (catalog beheer/youtube.ts), so the preview shows what
 * will be stored; null when it is neither.
 */
export function youtubeId(invoer: string): string | null {
  const waarde = invoer.trim();
  if (YOUTUBE_ID.test(waarde)) return waarde;
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(waarde) ? waarde : `https://${waarde}`);
  } catch {
    return null;
  }
  if (!YOUTUBE_HOSTS.has(url.hostname.toLowerCase())) return null;
  const kandidaat = url.hostname.endsWith('youtu.be')
    ? url.pathname.slice(1)
    : url.searchParams.get('v') ?? url.pathname.match(/^\/(?:embed|shorts|live)\/([^/]+)/)?.[1] ?? '';
  return YOUTUBE_ID.test(kandidaat) ? kandidaat : null;
}
