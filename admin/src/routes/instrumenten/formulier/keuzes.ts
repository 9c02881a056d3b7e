import type { Gids } from '../../../__generated__/graphql';
import { useInstrumentFormulierKeuzesQuery } from '../../../__generated__/hooks';
import { isLandelijk, useBeheerder } from '../../../session';
import { UITVOERINGSVORM } from './velden';
import type { Keuze } from './Stap1Velden';

/** What the form offers to choose from: the organisaties the beheerder may use, the guide's kenmerken and the regio's. */
export function useFormulierKeuzes(gids: Gids) {
  const { beheerder } = useBeheerder();
  const { data, loading, error } = useInstrumentFormulierKeuzesQuery({ variables: { gids } });
  // A regiobeheerder only manages for their own organisaties (handleiding 2.2); the landelijk beheerder for all.
  const organisaties = isLandelijk(beheerder) ? data?.organisaties ?? [] : beheerder?.organisaties ?? [];
  const categorieen = data?.kenmerkCategorieen ?? [];
  const uitvoeringsvormen: Keuze[] = categorieen.find((c) => c.code === UITVOERINGSVORM)?.kenmerken.map((k) => ({ code: k.code, naam: k.naam })) ?? [];
  return { organisaties, categorieen, uitvoeringsvormen, regios: data?.regios ?? [], loading, error };
}
