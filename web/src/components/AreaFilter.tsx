import { FormField, FormLabel, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useAreaGemeentenQuery, useAreaRegiosQuery } from '../__generated__/hooks';

export interface Area {
  regio: string;
  gemeente: string;
}

/**
 * Where the client lives: an arbeidsmarktregio and, within it, optionally a gemeente. Landelijke instruments
 * always count; the API adds the regio's or gemeente's own (and its wijken's) instruments. The lists are this
 * component's own queries, not part of the search: they do not change with it, so they are fetched once.
 */
export function AreaFilter({ area, onChange }: { area: Area; onChange: (area: Area) => void }) {
  const regios = useAreaRegiosQuery();
  const gemeenten = useAreaGemeentenQuery({ variables: { regioCode: area.regio }, skip: !area.regio });
  return (
    <>
      <FormField>
        <Paragraph>
          <FormLabel htmlFor="regio">Arbeidsmarktregio</FormLabel>
        </Paragraph>
        <Select id="regio" value={area.regio} onChange={(event) => onChange({ regio: event.target.value, gemeente: '' })}>
          <SelectOption value="">Heel Nederland</SelectOption>
          {regios.data?.regios.map((regio) => (
            <SelectOption key={regio.code} value={regio.code}>
              {regio.naam}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      {area.regio && (
        <FormField>
          <Paragraph>
            <FormLabel htmlFor="gemeente">Gemeente</FormLabel>
          </Paragraph>
          <Select id="gemeente" value={area.gemeente} onChange={(event) => onChange({ ...area, gemeente: event.target.value })}>
            <SelectOption value="">Alle gemeenten in de regio</SelectOption>
            {gemeenten.data?.gemeenten.map((gemeente) => (
              <SelectOption key={gemeente.code} value={gemeente.code}>
                {gemeente.naam}
              </SelectOption>
            ))}
          </Select>
        </FormField>
      )}
    </>
  );
}
