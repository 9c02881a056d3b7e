import { ErrorState, useDocumentTitle, useMutationForm } from '@instrumentengidsen/ui';
import { Button, ButtonGroup, Checkbox, Fieldset, FieldsetLegend, FormField, FormFieldTextbox, FormLabel, Heading1, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { Rol } from '../../__generated__/graphql';
import { useMaakGebruikerMutation } from '../../__generated__/hooks';
import { OnopgeslagenWaarschuwing } from '../../components/OnopgeslagenWaarschuwing';
import { useOrganisatieKeuze } from '../../components/OrganisatieKeuze';
import { ROLLEN } from './rollen';

/** `/gebruikers/nieuw`: an account with naam, e-mail, role, organisaties and a first password. */
export function GebruikerNieuw() {
  useDocumentTitle('Nieuwe gebruiker – Beheeromgeving');
  const organisaties = useOrganisatieKeuze();
  const [maak] = useMaakGebruikerMutation({ refetchQueries: ['Gebruikers'] });
  const form = useMutationForm();
  const navigate = useNavigate();
  const [gewijzigd, setGewijzigd] = useState(false);
  const orgFout = form.fieldError('organisatieIds');
  return (
    <>
      <Heading1>Nieuwe gebruiker</Heading1>
      <Paragraph>Geef de nieuwe gebruiker het eerste wachtwoord zelf door. Hij of zij kan het daarna wijzigen onder Profiel.</Paragraph>
      {form.message && <ErrorState>{form.message}</ErrorState>}
      <OnopgeslagenWaarschuwing gewijzigd={gewijzigd} />
      <form
        noValidate
        onChange={() => setGewijzigd(true)}
        onSubmit={(event) => {
          const data = new FormData(event.currentTarget);
          const input = {
            naam: String(data.get('naam') ?? '').trim(),
            email: String(data.get('email') ?? '').trim(),
            rol: String(data.get('rol')) as Rol,
            organisatieIds: data.getAll('organisatieIds').map(String),
            password: String(data.get('password') ?? ''),
          };
          return form.onSubmit(async () => {
            const result = await maak({ variables: { input } });
            if (!result.data) return;
            // The guard must see the cleared flag before the navigation it would otherwise hold.
            flushSync(() => setGewijzigd(false));
            await navigate(`/gebruikers?gemaakt=${encodeURIComponent(result.data.createGebruiker.naam)}`);
          })(event);
        }}
      >
        <FormFieldTextbox label="Naam" {...form.field('naam')} autoComplete="off" required />
        <FormFieldTextbox label="E-mailadres" type="email" {...form.field('email')} autoComplete="off" required />
        <FormField
          label={<FormLabel htmlFor="gebruiker-rol">Rol</FormLabel>}
          invalid={form.field('rol').invalid}
          errorMessage={form.fieldError('rol')}
          input={
            <Select id="gebruiker-rol" name="rol" defaultValue="PROFESSIONAL">
              {ROLLEN.map(({ rol, label }) => (
                <SelectOption key={rol} value={rol}>
                  {label}
                </SelectOption>
              ))}
            </Select>
          }
        />
        <Fieldset invalid={!!orgFout}>
          <FieldsetLegend>Organisaties</FieldsetLegend>
          {orgFout && <p className="utrecht-form-field-error-message">{orgFout}</p>}
          <div className="gebruiker-organisaties">
          {organisaties.map((o) => (
            <FormField
              key={o.id}
              type="checkbox"
              label={
                <FormLabel htmlFor={`org-${o.id}`} type="checkbox">
                  {o.naam}
                </FormLabel>
              }
              input={<Checkbox id={`org-${o.id}`} name="organisatieIds" value={o.id} />}
            />
          ))}
          </div>
        </Fieldset>
        <FormFieldTextbox label="Eerste wachtwoord" description="Minstens 12 tekens." type="password" {...form.field('password')} autoComplete="new-password" required />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" disabled={form.submitting}>
            Gebruiker maken
          </Button>
          <RouterLink to="/gebruikers" className="utrecht-link">
            Annuleren
          </RouterLink>
        </ButtonGroup>
      </form>
    </>
  );
}
