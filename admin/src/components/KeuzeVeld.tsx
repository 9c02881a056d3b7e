import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useId } from 'react';

export interface Optie {
  value: string;
  label: string;
}

/**
 * A select laid out like Utrecht's FormFieldTextbox (the library has no FormFieldSelect): label, description,
 * the server's error message next to it. `leeg` adds a first option without value ("Kies…").
 */
export function KeuzeVeld({ label, name, opties, leeg, value, defaultValue, description, errorMessage, required, onChange }: {
  label: string;
  name: string;
  opties: Optie[];
  leeg?: string;
  /** Controlled (with onChange); otherwise `defaultValue` and the form reads it. */
  value?: string;
  defaultValue?: string;
  description?: string;
  errorMessage?: string;
  required?: boolean;
  onChange?: (value: string) => void;
}) {
  const id = useId();
  const invalid = !!errorMessage;
  const describedBy = [description ? `${id}-omschrijving` : '', invalid ? `${id}-fout` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <FormField invalid={invalid}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {description && <FormFieldDescription id={`${id}-omschrijving`}>{description}</FormFieldDescription>}
      {invalid && <FormFieldErrorMessage id={`${id}-fout`}>{errorMessage}</FormFieldErrorMessage>}
      <div className="utrecht-form-field__input">
        <Select id={id} name={name} value={value} defaultValue={defaultValue} invalid={invalid} required={required} aria-describedby={describedBy} onChange={onChange && ((event) => onChange(event.target.value))}>
          {leeg !== undefined && <SelectOption value="">{leeg}</SelectOption>}
          {opties.map((optie) => (
            <SelectOption key={optie.value} value={optie.value}>
              {optie.label}
            </SelectOption>
          ))}
        </Select>
      </div>
    </FormField>
  );
}
