import { FormField, FormLabel, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';

/** One of the list's choice filters: a labelled select whose first option means "no filter". */
export function KeuzeFilter({ id, label, alle, value, opties, onChange }: {
  id: string;
  label: string;
  alle: string;
  value: string | undefined;
  opties: { value: string; label: string }[];
  onChange: (value: string | undefined) => void;
}) {
  return (
    <FormField className="instrumenten-filters__veld">
      <Paragraph>
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </Paragraph>
      <Select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || undefined)}>
        <SelectOption value="">{alle}</SelectOption>
        {opties.map((optie) => (
          <SelectOption key={optie.value} value={optie.value}>
            {optie.label}
          </SelectOption>
        ))}
      </Select>
    </FormField>
  );
}
