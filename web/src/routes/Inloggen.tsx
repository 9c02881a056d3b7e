import { LoginForm, safeReturnPath, useDocumentTitle, useSessionChanged } from '@instrumentengidsen/ui';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { useLoginMutation, useLoginStatusQuery } from '../__generated__/hooks';

/** Login for professionals (the API's session cookie); afterwards back to the page they came from. */
export function Inloggen() {
  useDocumentTitle('Inloggen – Instrumentengids');
  const [login] = useLoginMutation();
  const sessionChanged = useSessionChanged();
  const navigate = useNavigate();
  const terug = safeReturnPath(useSearchParams()[0].get('terug'));
  const me = useLoginStatusQuery().data?.me;
  if (me) {
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
      <LoginForm
        submitLabel="Inloggen"
        login={async (variables) => {
          await login({ variables });
          await sessionChanged();
          await navigate(terug);
        }}
      />
    </>
  );
}
