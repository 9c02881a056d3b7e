import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { getFragmentData, type FragmentType } from '../__generated__';
import { ActiveFiltersFragmentDoc } from '../__generated__/graphql';
import { KEUZES, type Keuze, type SearchState } from '../routes/search-state';
import { keuzeLabel, keuzeOpties } from './PraktischeKeuzes';

function Chip({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <Button appearance="secondary-action-button" aria-label={`Filter ${label} weghalen`} onClick={onRemove}>
      {label} <span aria-hidden="true">×</span>
    </Button>
  );
}

/**
 * The filters in use, above the results, each a button that removes it: someone who narrowed down to nothing sees
 * at once what to undo, without searching the filter list for the ticked box.
 */
export function ActiveFilters({
  result,
  state,
  onRemove,
  onRemoveKeuze,
  onClearTekst,
}: {
  result: FragmentType<typeof ActiveFiltersFragmentDoc>;
  state: SearchState;
  onRemove: (code: string) => void;
  onRemoveKeuze: (keuze: Keuze) => void;
  onClearTekst: () => void;
}) {
  const data = getFragmentData(ActiveFiltersFragmentDoc, result);
  const naamOf = new Map(data.facets.flatMap((facet) => facet.opties.map((optie) => [optie.kenmerk.code, optie.kenmerk.naam] as const)));
  const opties = keuzeOpties(data);
  // A wijk only counts with its gemeente (see searchFilter).
  const keuzes = KEUZES.filter((keuze) => state[keuze] && (keuze !== 'wijk' || state.gemeente));
  if (!state.kenmerken.length && !state.tekst && !keuzes.length) return null;
  return (
    <ButtonGroup role="group" aria-label="Gekozen filters" className="active-filters">
      {state.tekst && (
        <Button appearance="secondary-action-button" aria-label={`Zoekwoorden "${state.tekst}" weghalen`} onClick={onClearTekst}>
          “{state.tekst}” <span aria-hidden="true">×</span>
        </Button>
      )}
      {state.kenmerken.map((code) => (
        <Chip key={code} label={naamOf.get(code) ?? code} onRemove={() => onRemove(code)} />
      ))}
      {keuzes.map((keuze) => (
        <Chip key={keuze} label={keuzeLabel(keuze, state[keuze], opties)} onRemove={() => onRemoveKeuze(keuze)} />
      ))}
    </ButtonGroup>
  );
}
