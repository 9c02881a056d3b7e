import { Fieldset, FieldsetLegend, FormFieldCheckbox, Heading2 } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { getFragmentData, type FragmentType } from '../__generated__';
import { FacetFiltersFragmentDoc } from '../__generated__/graphql';

const STEPS = [
  { soort: 'BASIS', titel: 'Stap 1: basiskenmerken' },
  { soort: 'PRAKTISCH', titel: 'Stap 2: praktische kenmerken' },
] as const;

/**
 * The filters of methodical searching: first the basiskenmerken, then the praktische kenmerken (and `praktisch`,
 * the other choices of step 2, after them). Each option shows how many instruments it would leave; options that
 * leave nothing stay visible but cannot be chosen.
 */
export function FacetFilters({
  result,
  chosen,
  onToggle,
  praktisch,
}: {
  result: FragmentType<typeof FacetFiltersFragmentDoc>;
  chosen: string[];
  onToggle: (code: string) => void;
  praktisch?: ReactNode;
}) {
  const { facets } = getFragmentData(FacetFiltersFragmentDoc, result);
  // The box follows the click at once; the counts follow when the new answer arrives.
  const isChosen = (code: string) => chosen.includes(code);
  return (
    <>
      {STEPS.map(({ soort, titel }) => (
        <section key={soort} aria-labelledby={`stap-${soort}`}>
          <Heading2 id={`stap-${soort}`}>{titel}</Heading2>
          {facets
            .filter((facet) => facet.categorie.soort === soort)
            .map((facet) => (
              <Fieldset key={facet.categorie.code}>
                <FieldsetLegend>{facet.categorie.naam}</FieldsetLegend>
                {facet.opties.map((optie) => (
                  <div key={optie.kenmerk.code} className={optie.kenmerk.parent ? 'facet-optie facet-optie--kind' : 'facet-optie'}>
                    <FormFieldCheckbox
                      id={`kenmerk-${optie.kenmerk.code}`}
                      label={`${optie.kenmerk.naam} (${optie.count})`}
                      checked={isChosen(optie.kenmerk.code)}
                      disabled={!optie.available && !isChosen(optie.kenmerk.code)}
                      onChange={() => onToggle(optie.kenmerk.code)}
                    />
                  </div>
                ))}
              </Fieldset>
            ))}
          {soort === 'PRAKTISCH' && praktisch}
        </section>
      ))}
    </>
  );
}
