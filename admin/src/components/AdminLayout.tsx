import { LoadingState, NoticeState, PageShell } from '@instrumentengidsen/ui';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { BEHEER_ROLLEN, useBeheerder } from '../session';
import { BeheerMenu } from './BeheerMenu';

/** Every page of the beheeromgeving: the neutral theme, the header and (when logged in) the left menu. */
export function AdminShell({ menu, children }: { menu?: ReactNode; children: ReactNode }) {
  return (
    <div className="neutral-theme">
      <PageShell title="Beheeromgeving" tagline="Instrumentengidsen Eva en Dennis" menu={menu}>
        {children}
      </PageShell>
    </div>
  );
}

/**
 * The screens behind the login: who is not logged in goes to the login page (and comes back afterwards); a
 * professional is told this is for beheerders. The screens themselves render in the Outlet.
 */
export function AdminLayout() {
  const { beheerder, loading, error } = useBeheerder();
  const { pathname, search } = useLocation();
  if (loading) {
    return (
      <AdminShell>
        <LoadingState>Beheeromgeving laden…</LoadingState>
      </AdminShell>
    );
  }
  if (!beheerder && !error) return <Navigate to={`/inloggen?terug=${encodeURIComponent(pathname + search)}`} replace />;
  if (!beheerder || !BEHEER_ROLLEN.has(beheerder.rol)) {
    return (
      <AdminShell>
        <Heading1>Geen toegang</Heading1>
        {beheerder ? (
          <NoticeState>De beheeromgeving is voor regiobeheerders en de landelijk beheerder. Als professional zoek je in Eva en Dennis.</NoticeState>
        ) : (
          <Paragraph>De beheeromgeving kon niet worden geladen. Probeer het later opnieuw.</Paragraph>
        )}
      </AdminShell>
    );
  }
  return (
    <AdminShell menu={<BeheerMenu beheerder={beheerder} />}>
      <Outlet />
    </AdminShell>
  );
}
