import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { useWijkGemeentenQuery, useWijkRegiosQuery } from '../../__generated__/hooks';
import { KeuzeVeld } from '../../components/KeuzeVeld';
import { useEigenOrganisaties } from '../../components/useEigenOrganisaties';

/** The regio and gemeente the wijken screens are about, kept in the URL (`?regio=AM18&gemeente=GM0363`). */
export function useGemeenteKeuze() {
  const [params, setParams] = useSearchParams();
  return {
    regio: params.get('regio') ?? '',
    gemeente: params.get('gemeente') ?? '',
    kies: (regio: string, gemeente: string) => setParams(Object.fromEntries(Object.entries({ regio, gemeente }).filter(([, v]) => v)), { replace: true }),
  };
}

/** Wijken hang under a gemeente: pick the regio first (the beheerder's own to start with), then its gemeente. */
export function GemeenteKeuze() {
  const { regio, gemeente, kies } = useGemeenteKeuze();
  const organisaties = useEigenOrganisaties();
  const eigenRegio = organisaties.find((o) => o.regioCode)?.regioCode ?? '';
  useEffect(() => {
    if (!regio && eigenRegio) kies(eigenRegio, '');
  }, [regio, eigenRegio]); // eslint-disable-line react-hooks/exhaustive-deps
  const regios = useWijkRegiosQuery();
  const gemeenten = useWijkGemeentenQuery({ variables: { regioCode: regio }, skip: !regio });
  return (
    <div className="record-inline-form">
      <KeuzeVeld
        label="Arbeidsmarktregio"
        name="regio"
        leeg="Kies een regio"
        opties={(regios.data?.regios ?? []).map((r) => ({ value: r.code, label: r.naam }))}
        value={regio}
        onChange={(code) => kies(code, '')}
      />
      <KeuzeVeld
        label="Gemeente"
        name="gemeente"
        leeg="Kies een gemeente"
        opties={(gemeenten.data?.gemeenten ?? []).map((g) => ({ value: g.code, label: g.naam }))}
        value={gemeente}
        onChange={(code) => kies(regio, code)}
      />
    </div>
  );
}
