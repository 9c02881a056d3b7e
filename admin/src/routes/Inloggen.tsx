import { LoginForm, safeReturnPath, useDocumentTitle, useSessionChanged } from '@instrumentengidsen/ui';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useLoginMutation } from '../__generated__/hooks';
import { AdminShell } from '../components/AdminLayout';
import { useBeheerder } from '../session';

/** "Inloggen in de beheeromgeving": e-mailadres, wachtwoord, aanmelden; then the dashboard or the page asked for. */
export function Inloggen() {
  useDocumentTitle('Inloggen – Beheeromgeving');
  const [login] = useLoginMutation();
  const sessionChanged = useSessionChanged();
  const navigate = useNavigate();
  const terug = safeReturnPath(useSearchParams()[0].get('terug'));
  const { beheerder } = useBeheerder();
  if (beheerder) return <Navigate to={terug} replace />;
  return (
    <AdminShell>
      <Heading1>Inloggen</Heading1>
      <Paragraph>Log in met het e-mailadres en wachtwoord van je beheerdersaccount.</Paragraph>
      <LoginForm
        submitLabel="Aanmelden"
        login={async (variables) => {
          await login({ variables });
          await sessionChanged();
          await navigate(terug);
        }}
      />
    </AdminShell>
  );
}
