import { FormField, FormLabel, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import type { InstrumentSort } from '../__generated__/graphql';

const LABELS: Record<InstrumentSort, string> = { RELEVANTIE: 'Beste match', NAAM: 'Naam (A–Z)', NIEUWSTE: 'Nieuwste eerst', BEOORDELING: 'Best beoordeeld' };

/** The order of the results; "beste match" only when there is a search text to match. */
export function SortChoice({ value, withRelevance, onChange }: { value: InstrumentSort; withRelevance: boolean; onChange: (sort: InstrumentSort) => void }) {
  const options = (Object.keys(LABELS) as InstrumentSort[]).filter((sort) => withRelevance || sort !== 'RELEVANTIE');
  return (
    <FormField>
      <Paragraph>
        <FormLabel htmlFor="sortering">Sorteer op</FormLabel>
      </Paragraph>
      <Select id="sortering" value={value} onChange={(event) => onChange(event.target.value as InstrumentSort)}>
        {options.map((sort) => (
          <SelectOption key={sort} value={sort}>
            {LABELS[sort]}
          </SelectOption>
        ))}
      </Select>
    </FormField>
  );
}
