import { Fieldset, FieldsetLegend, FormField, FormLabel, RadioButton } from '@utrecht/component-library-react';
import { formatNumber } from '@instrumentengidsen/ui';
import { useId } from 'react';

export interface Choice {
  /** The choice as the URL holds it. */
  value: string;
  label: string;
  /** Results with this choice instead of the current one; none for a choice the API did not count. */
  count?: number;
}

/**
 * One filter of step 2 as radio buttons: "Geen voorkeur" first, then every choice with its count. A choice that
 * would leave nothing stays visible, greyed out and not choosable (unless it is the current one). Arrow keys move
 * between the choices, as a keyboard user expects of a radio group.
 */
export function ChoiceGroup({ name, legend, choices, value, onChange, labelOf, none = 'Geen voorkeur' }: {
  name: string;
  /** Words for a value no choice has. */
  labelOf: (value: string) => string;
  legend: string;
  choices: Choice[];
  value: string;
  onChange: (value: string) => void;
  none?: string;
}) {
  const id = useId();
  // A value no choice has (an old link's "maxKosten=499,95") stays visible as chosen, so it can be undone here.
  const all: Choice[] = [{ value: '', label: none }, ...choices];
  if (value && !choices.some((c) => c.value === value)) all.splice(1, 0, { value, label: labelOf(value) });
  return (
    <Fieldset className="keuze-groep">
      <FieldsetLegend>{legend}</FieldsetLegend>
      {all.map((choice) => {
        const choiceId = `${id}-${choice.value || 'geen'}`;
        const disabled = choice.count === 0 && choice.value !== value;
        return (
          <FormField key={choice.value} type="radio" className={disabled ? 'keuze-groep__optie keuze-groep__optie--leeg' : 'keuze-groep__optie'}>
            <RadioButton id={choiceId} name={`${name}-${id}`} value={choice.value} checked={choice.value === value} disabled={disabled} onChange={() => onChange(choice.value)} />{' '}
            <FormLabel htmlFor={choiceId} type="radio" disabled={disabled}>
              {choice.label}
              {choice.count !== undefined && ` (${formatNumber(choice.count)})`}
            </FormLabel>
          </FormField>
        );
      })}
    </Fieldset>
  );
}
