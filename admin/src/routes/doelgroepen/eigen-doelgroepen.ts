import { getFragmentData } from '../../__generated__';
import { DoelgroepVeldenFragmentDoc, type BeheerDoelgroepenQuery } from '../../__generated__/graphql';
import { useBeheerDoelgroepenQuery } from '../../__generated__/hooks';
import type { OrganisatieKeuze } from '../../components/useEigenOrganisaties';

export const GIDS_NAAM: Record<string, string> = { EVA: 'Eva', DENNIS: 'Dennis' };

/**
 * The categories where organisaties keep their own doelgroepen (EVA_DOELGROEP, DENNIS_DOELGROEP), each with the
 * doelgroepen of the beheerder's organisaties; the fixed ones of the handreiking are not the beheerder's to change.
 */
export function eigenDoelgroepen(data: BeheerDoelgroepenQuery, organisaties: OrganisatieKeuze[]) {
  const eigen = new Set(organisaties.map((o) => o.value));
  return data.kenmerkCategorieen
    .filter((c) => c.perOrganisatie)
    .map((c) => ({
      code: c.code,
      label: `Doelgroepen van ${GIDS_NAAM[c.gids] ?? c.gids}`,
      doelgroepen: c.kenmerken.filter((k) => k.organisatie && eigen.has(k.organisatie.id)).map((k) => getFragmentData(DoelgroepVeldenFragmentDoc, k)),
    }));
}

export const useDoelgroepenQuery = (fetchPolicy: 'cache-and-network' | 'network-only') => useBeheerDoelgroepenQuery({ fetchPolicy });
