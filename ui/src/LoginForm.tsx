import { Button, FormFieldTextbox } from '@utrecht/component-library-react';
import { ErrorState } from './states.tsx';
import { useMutationForm } from './mutation-form.ts';

/**
 * E-mail and password, for the guides' professionals and for beheerders. `login` runs the app's generated login
 * mutation and whatever follows it (reset the store, navigate); its errors land on the form in Dutch.
 */
export function LoginForm({ login, submitLabel }: { login: (variables: { email: string; password: string }) => Promise<unknown>; submitLabel: string }) {
  const form = useMutationForm();
  return (
    <>
      {form.message && <ErrorState>{form.message}</ErrorState>}
      <form
        noValidate
        onSubmit={(event) => {
          const data = new FormData(event.currentTarget);
          const variables = { email: String(data.get('email') ?? '').trim(), password: String(data.get('password') ?? '') };
          return form.onSubmit(() => login(variables))(event);
        }}
      >
        <FormFieldTextbox label="E-mailadres" {...form.field('email')} type="email" autoComplete="username" required />
        <FormFieldTextbox label="Wachtwoord" {...form.field('password')} type="password" autoComplete="current-password" required />
        <Button type="submit" appearance="primary-action-button" disabled={form.submitting}>
          {submitLabel}
        </Button>
      </form>
    </>
  );
}
