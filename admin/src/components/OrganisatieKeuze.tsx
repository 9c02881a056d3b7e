import { FormField, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useKeuzeOrganisatiesQuery } from '../__generated__/hooks';
import { isLandelijk, useBeheerder } from '../session';

/** The organisaties a beheerder may choose: their own, the landelijk beheerder every organisatie. */
export function useOrganisatieKeuze(): { id: string; naam: string }[] {
  const { beheerder } = useBeheerder();
  const landelijk = isLandelijk(beheerder);
  const { data } = useKeuzeOrganisatiesQuery({ skip: !landelijk });
  const lijst = landelijk ? (data?.organisaties ?? []) : (beheerder?.organisaties ?? []);
  return [...lijst].sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
}

/** A select of the organisaties the beheerder manages, as an Utrecht form field with its server error. */
export function OrganisatieVeld({ id, label, name = 'organisatieId', errorMessage, invalid, waarde, onWaarde, leeg }: {
  id: string;
  label: string;
  name?: string;
  errorMessage?: string;
  invalid?: boolean;
  waarde: string;
  onWaarde: (id: string) => void;
  /** An option for "no choice" with this text (e.g. "Alle organisaties"). */
  leeg?: string;
}) {
  const organisaties = useOrganisatieKeuze();
  return (
    <FormField
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      invalid={invalid}
      errorMessage={errorMessage}
      input={
        <Select id={id} name={name} value={waarde} invalid={invalid} onChange={(event) => onWaarde(event.currentTarget.value)}>
          {leeg !== undefined && <SelectOption value="">{leeg}</SelectOption>}
          {organisaties.map((o) => (
            <SelectOption key={o.id} value={o.id}>
              {o.naam}
            </SelectOption>
          ))}
        </Select>
      }
    />
  );
}
