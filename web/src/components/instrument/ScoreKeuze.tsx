import { Fieldset, FieldsetLegend, FormField, FormFieldErrorMessage, FormLabel, RadioButton } from '@utrecht/component-library-react';
import { useId } from 'react';

const label = (n: number) => (n === 1 ? '1 ster' : `${n} sterren`);

/**
 * A score 1–5 as radio buttons (arrow keys move between them, as a keyboard user expects); an optional score
 * has "Geen score" as well.
 */
export function ScoreKeuze(props: { name: string; legend: string; optional?: boolean; defaultValue: number | null | undefined; errorMessage?: string }) {
  const id = useId();
  const choices: (number | null)[] = [5, 4, 3, 2, 1, ...(props.optional ? [null] : [])];
  return (
    <Fieldset invalid={!!props.errorMessage} aria-describedby={props.errorMessage ? `${id}-fout` : undefined}>
      <FieldsetLegend>{props.legend}</FieldsetLegend>
      {props.errorMessage && <FormFieldErrorMessage id={`${id}-fout`}>{props.errorMessage}</FormFieldErrorMessage>}
      {choices.map((n) => (
        <FormField key={n ?? 'geen'} type="radio">
          <RadioButton
            id={`${id}-${n ?? 'geen'}`}
            name={props.name}
            value={n == null ? '' : String(n)}
            defaultChecked={(props.defaultValue ?? null) === n}
            required={!props.optional}
            invalid={!!props.errorMessage}
          />{' '}
          <FormLabel htmlFor={`${id}-${n ?? 'geen'}`} type="radio">
            {n == null ? 'Geen score' : label(n)}
          </FormLabel>
        </FormField>
      ))}
    </Fieldset>
  );
}
