import { useEigenOrganisatiesQuery } from '../__generated__/hooks';
import { isLandelijk, useBeheerder } from '../session';

export interface OrganisatieKeuze {
  value: string;
  label: string;
  /** The arbeidsmarktregio the organisatie manages (AM18); null for a landelijke organisatie. */
  regioCode: string | null;
}

/**
 * The organisaties a record may belong to ("Organisatie staat voor de beherende partij"): a regiobeheerder only
 * their own, the landelijk beheerder any of them.
 */
export function useEigenOrganisaties(): OrganisatieKeuze[] {
  const { beheerder } = useBeheerder();
  const { data } = useEigenOrganisatiesQuery();
  const eigen = new Set(beheerder?.organisaties.map((o) => o.id));
  return (data?.organisaties ?? [])
    .filter((o) => isLandelijk(beheerder) || eigen.has(o.id))
    .map((o) => ({ value: o.id, label: o.naam, regioCode: o.regioCode ?? null }));
}
