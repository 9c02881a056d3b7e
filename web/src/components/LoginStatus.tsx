import { useSessionChanged } from '@instrumentengidsen/ui';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { Link as RouterLink, useLocation } from 'react-router';
import { useLoginStatusQuery, useLogoutMutation } from '../__generated__/hooks';
import { useLoginLink } from '../session';

/** In the page header: who is logged in with "Uitloggen", or a link to log in (professionals). */
export function LoginStatus() {
  const { data } = useLoginStatusQuery();
  const [logout, { loading }] = useLogoutMutation();
  const sessionChanged = useSessionChanged();
  const loginLink = useLoginLink();
  const onLoginPage = useLocation().pathname === '/inloggen';
  if (!data) return null;
  if (!data.me) {
    return onLoginPage ? null : (
      <Paragraph className="login-status">
        <RouterLink to={loginLink} className="utrecht-link">
          Inloggen voor professionals
        </RouterLink>
      </Paragraph>
    );
  }
  return (
    <Paragraph className="login-status">
      Ingelogd als <strong>{data.me.naam}</strong>{' '}
      <Button
        appearance="secondary-action-button"
        disabled={loading}
        onClick={async () => {
          // Even when the session had already ended, the screen must stop showing it.
          try {
            await logout();
          } finally {
            await sessionChanged();
          }
        }}
      >
        Uitloggen
      </Button>
    </Paragraph>
  );
}
