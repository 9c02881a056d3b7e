import { ErrorState, useMutationForm } from '@instrumentengidsen/ui';
import { Button, Checkbox, Fieldset, FieldsetLegend, FormField, FormFieldTextbox, FormLabel, Heading2 } from '@utrecht/component-library-react';
import { useState } from 'react';
import type { ApiKeyScope } from '../../__generated__/graphql';
import { useMaakApiSleutelMutation } from '../../__generated__/hooks';
import { OrganisatieVeld, useOrganisatieKeuze } from '../../components/OrganisatieKeuze';
import { SCOPES } from './scopes';

/** An expiry date as the end of that day (Amsterdam time, as the beheerder means it). */
function eindeVanDag(datum: string): string | null {
  return datum ? new Date(`${datum}T23:59:59`).toISOString() : null;
}

/** "Nieuwe koppeling": naam, what it may read, for which organisatie, until when. Gives the key to `onSleutel`. */
export function NieuweSleutel({ onSleutel }: { onSleutel: (sleutel: { key: string; naam: string }) => void }) {
  const organisaties = useOrganisatieKeuze();
  const [gekozen, setOrganisatieId] = useState('');
  const organisatieId = gekozen || (organisaties.length === 1 ? organisaties[0]!.id : '');
  const [maak] = useMaakApiSleutelMutation({ refetchQueries: ['ApiSleutels'] });
  const form = useMutationForm();
  const scopesFout = form.fieldError('scopes');
  return (
    <section aria-labelledby="nieuwe-koppeling">
      <Heading2 id="nieuwe-koppeling">Nieuwe koppeling</Heading2>
      {form.message && <ErrorState>{form.message}</ErrorState>}
      <form
        noValidate
        onSubmit={(event) => {
          const formulier = event.currentTarget;
          const data = new FormData(formulier);
          const variables = {
            organisatieId,
            naam: String(data.get('naam') ?? '').trim(),
            scopes: data.getAll('scopes').map(String) as ApiKeyScope[],
            verlooptOp: eindeVanDag(String(data.get('verlooptOp') ?? '')),
          };
          return form.onSubmit(async () => {
            const result = await maak({ variables });
            if (!result.data) return;
            formulier.reset();
            onSleutel({ key: result.data.createApiKey.key, naam: result.data.createApiKey.apiKey.naam });
          })(event);
        }}
      >
        <FormFieldTextbox label="Naam" description="Voor welk systeem is de koppeling? Bijvoorbeeld: Zaaksysteem gemeente" {...form.field('naam')} required />
        <Fieldset invalid={!!scopesFout}>
          <FieldsetLegend>Wat mag het systeem lezen?</FieldsetLegend>
          {scopesFout && <p className="utrecht-form-field-error-message">{scopesFout}</p>}
          {SCOPES.map(({ scope, label, uitleg }) => (
            <FormField
              key={scope}
              type="checkbox"
              label={
                <FormLabel htmlFor={`scope-${scope}`} type="checkbox">
                  {label}: {uitleg}
                </FormLabel>
              }
              input={<Checkbox id={`scope-${scope}`} name="scopes" value={scope} invalid={!!scopesFout} />}
            />
          ))}
        </Fieldset>
        <OrganisatieVeld id="sleutel-organisatie" label="Organisatie" {...form.field('organisatieId')} waarde={organisatieId} onWaarde={setOrganisatieId} leeg="Kies een organisatie" />
        <FormFieldTextbox label="Verloopt op (mag leeg)" description="Na deze dag werkt de sleutel niet meer." type="date" {...form.field('verlooptOp')} />
        <Button type="submit" appearance="primary-action-button" disabled={form.submitting}>
          Sleutel maken
        </Button>
      </form>
    </section>
  );
}
