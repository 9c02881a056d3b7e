import { ErrorState, useDocumentTitle, useMutationForm } from '@instrumentengidsen/ui';
import { Button, FormFieldTextbox, Heading1, Paragraph } from '@utrecht/component-library-react';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { useLoginMutation, useLoginStatusQuery } from '../__generated__/hooks';
import { safeReturnPath, useSessionChanged } from '../session';

/** Login for professionals (the API's session cookie); afterwards back to the page they came from. */
export function Inloggen() {
  useDocumentTitle('Inloggen – Instrumentengids');
  const [login] = useLoginMutation();
  const form = useMutationForm();
  const sessionChanged = useSessionChanged();
  const navigate = useNavigate();
  const terug = safeReturnPath(useSearchParams()[0].get('terug'));
  const me = useLoginStatusQuery().data?.me;
  if (me && !form.submitting) {
    return (
      <>
        <Heading1>Inloggen</Heading1>
        <Paragraph>
          Je bent ingelogd als {me.naam}.{' '}
          <RouterLink to={terug} className="utrecht-link">
            Ga verder
          </RouterLink>
        </Paragraph>
      </>
    );
  }
  return (
    <>
      <Heading1>Inloggen</Heading1>
      <Paragraph>Voor professionals: log in om beoordelingen te schrijven en de interne contactpersonen te zien.</Paragraph>
      {form.message && <ErrorState>{form.message}</ErrorState>}
      <form
        noValidate
        onSubmit={(event) => {
          const data = new FormData(event.currentTarget);
          const variables = { email: String(data.get('email') ?? '').trim(), password: String(data.get('password') ?? '') };
          return form.onSubmit(async () => {
            await login({ variables });
            await sessionChanged();
            await navigate(terug);
          })(event);
        }}
      >
        <FormFieldTextbox label="E-mailadres" name="email" type="email" autoComplete="username" required errorMessage={form.fieldError('email')} invalid={!!form.fieldError('email')} />
        <FormFieldTextbox label="Wachtwoord" name="password" type="password" autoComplete="current-password" required errorMessage={form.fieldError('password')} invalid={!!form.fieldError('password')} />
        <Button type="submit" appearance="primary-action-button" disabled={form.submitting}>
          Inloggen
        </Button>
      </form>
    </>
  );
}
