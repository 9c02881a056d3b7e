import { useParams } from 'react-router';
import type { Gids } from './__generated__/graphql';

export type GidsSlug = 'eva' | 'dennis';

export interface GidsInfo {
  gids: Gids;
  /** The first part of every path of the guide: `/eva/...`. */
  slug: GidsSlug;
  naam: string;
  /** Who the guide is for, after "voor". */
  voor: string;
  /** The guide's full name, as the handreikingen call it. */
  titel: string;
  /** What the guide is, for its landing page. */
  uitleg: string;
}

export const GIDSEN: readonly GidsInfo[] = [
  {
    gids: 'EVA',
    slug: 'eva',
    naam: 'Eva',
    voor: 'werkzoekenden',
    titel: 'werkzoekenden instrumentengids',
    uitleg:
      'Eva helpt klantmanagers en consulenten het instrument te vinden dat past bij hun klant: re-integratietrajecten, scholing, coaching en ondersteuning op weg naar werk, landelijk en in de eigen regio.',
  },
  {
    gids: 'DENNIS',
    slug: 'dennis',
    naam: 'Dennis',
    voor: 'werkgevers',
    titel: 'werkgevers instrumentengids',
    uitleg:
      'Dennis helpt werkgeversadviseurs het instrument te vinden dat past bij een werkgever: subsidies, proefplaatsingen, begeleiding en ondersteuning bij het in dienst nemen van mensen, landelijk en in de eigen regio.',
  },
];

export function gidsBySlug(slug: string | undefined): GidsInfo | undefined {
  return GIDSEN.find((g) => g.slug === slug);
}

export function gidsInfo(gids: Gids): GidsInfo {
  return GIDSEN.find((g) => g.gids === gids)!;
}

/** The guide of the current path; only for routes under `/:gids` (the layout has already refused an unknown one). */
export function useGids(): GidsInfo {
  return gidsBySlug(useParams().gids)!;
}

/** The guide of the current path, if the path has one (the not-found page is shown inside and outside a guide). */
export function useOptionalGids(): GidsInfo | undefined {
  return gidsBySlug(useParams().gids);
}
