import { FormField, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { useWijkGemeentenQuery, useWijkRegiosQuery } from '../../__generated__/hooks';
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
      <FormField>
        <div className="utrecht-form-field__label">
          <FormLabel htmlFor="wijken-regio">Arbeidsmarktregio</FormLabel>
        </div>
        <Select id="wijken-regio" value={regio} onChange={(event) => kies(event.target.value, '')}>
          <SelectOption value="">Kies een regio</SelectOption>
          {regios.data?.regios.map((r) => (
            <SelectOption key={r.code} value={r.code}>
              {r.naam}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <FormField>
        <div className="utrecht-form-field__label">
          <FormLabel htmlFor="wijken-gemeente">Gemeente</FormLabel>
        </div>
        <Select id="wijken-gemeente" value={gemeente} disabled={!regio} onChange={(event) => kies(regio, event.target.value)}>
          <SelectOption value="">Kies een gemeente</SelectOption>
          {gemeenten.data?.gemeenten.map((g) => (
            <SelectOption key={g.code} value={g.code}>
              {g.naam}
            </SelectOption>
          ))}
        </Select>
      </FormField>
    </div>
  );
}
