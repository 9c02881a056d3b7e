import { ErrorState, NoticeState, useDocumentTitle, useMutationForm } from '@instrumentengidsen/ui';
import { Button, FormFieldTextbox, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useWijzigProfielMutation, useWijzigWachtwoordMutation } from '../__generated__/hooks';
import { useBeheerder } from '../session';

const value = (form: HTMLFormElement, name: string) => String(new FormData(form).get(name) ?? '');

/** "Profiel > bewerken": the beheerder's own naam and wachtwoord. */
export function Profiel() {
  useDocumentTitle('Profiel – Beheeromgeving');
  const { beheerder } = useBeheerder();
  const [wijzigProfiel] = useWijzigProfielMutation();
  const [wijzigWachtwoord] = useWijzigWachtwoordMutation();
  const profiel = useMutationForm();
  const wachtwoord = useMutationForm();
  const [gelukt, setGelukt] = useState<string | null>(null);
  if (!beheerder) return null;
  return (
    <>
      <Heading1>Profiel</Heading1>
      <Paragraph>
        {beheerder.email} · {beheerder.organisaties.map((o) => o.naam).join(', ') || 'geen organisatie'}
      </Paragraph>
      {gelukt && <NoticeState>{gelukt}</NoticeState>}

      <Heading2>Naam</Heading2>
      {profiel.message && <ErrorState>{profiel.message}</ErrorState>}
      <form
        noValidate
        onSubmit={(event) => {
          const naam = value(event.currentTarget, 'naam').trim();
          return profiel.onSubmit(async () => {
            await wijzigProfiel({ variables: { naam } });
            setGelukt('Je naam is opgeslagen.');
          })(event);
        }}
      >
        <FormFieldTextbox label="Naam" {...profiel.field('naam')} defaultValue={beheerder.naam} autoComplete="name" required />
        <Button type="submit" appearance="primary-action-button" disabled={profiel.submitting}>
          Naam opslaan
        </Button>
      </form>

      <Heading2>Wachtwoord</Heading2>
      <Paragraph>Minstens 12 tekens. Je andere sessies stoppen als je het wachtwoord wijzigt.</Paragraph>
      {wachtwoord.message && <ErrorState>{wachtwoord.message}</ErrorState>}
      <form
        noValidate
        onSubmit={(event) => {
          const form = event.currentTarget;
          const variables = { huidigWachtwoord: value(form, 'huidigWachtwoord'), nieuwWachtwoord: value(form, 'nieuwWachtwoord') };
          return wachtwoord.onSubmit(async () => {
            await wijzigWachtwoord({ variables });
            form.reset();
            setGelukt('Je wachtwoord is gewijzigd.');
          })(event);
        }}
      >
        <FormFieldTextbox label="Huidig wachtwoord" {...wachtwoord.field('huidigWachtwoord')} type="password" autoComplete="current-password" required />
        <FormFieldTextbox label="Nieuw wachtwoord" {...wachtwoord.field('nieuwWachtwoord')} type="password" autoComplete="new-password" required />
        <Button type="submit" appearance="primary-action-button" disabled={wachtwoord.submitting}>
          Wachtwoord wijzigen
        </Button>
      </form>
    </>
  );
}
