import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { getFragmentData, type FragmentType } from '../__generated__';
import { ActiveFiltersFragmentDoc } from '../__generated__/graphql';

/**
 * The filters in use, above the results, each a button that removes it: someone who narrowed down to nothing sees
 * at once what to undo, without searching the filter list for the ticked box.
 */
export function ActiveFilters({
  result,
  chosen,
  tekst,
  onRemove,
  onClearTekst,
}: {
  result: FragmentType<typeof ActiveFiltersFragmentDoc>;
  chosen: string[];
  tekst: string;
  onRemove: (code: string) => void;
  onClearTekst: () => void;
}) {
  const { facets } = getFragmentData(ActiveFiltersFragmentDoc, result);
  const naamOf = new Map(facets.flatMap((facet) => facet.opties.map((optie) => [optie.kenmerk.code, optie.kenmerk.naam] as const)));
  if (!chosen.length && !tekst) return null;
  return (
    <ButtonGroup role="group" aria-label="Gekozen filters" className="active-filters">
      {tekst && (
        <Button appearance="secondary-action-button" aria-label={`Zoekwoorden "${tekst}" weghalen`} onClick={onClearTekst}>
          “{tekst}” <span aria-hidden="true">×</span>
        </Button>
      )}
      {chosen.map((code) => (
        <Button key={code} appearance="secondary-action-button" aria-label={`Filter ${naamOf.get(code) ?? code} weghalen`} onClick={() => onRemove(code)}>
          {naamOf.get(code) ?? code} <span aria-hidden="true">×</span>
        </Button>
      ))}
    </ButtonGroup>
  );
}
