import { useSessionChanged } from '@instrumentengidsen/ui';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { NavLink, useNavigate } from 'react-router';
import { useLogoutMutation } from '../__generated__/hooks';
import { MENU } from '../menu';
import { isLandelijk, type Beheerder } from '../session';

/** Top left the beheerder's name with profiel and uitloggen (as in the beheer-handleiding), then the menu. */
export function BeheerMenu({ beheerder }: { beheerder: Beheerder }) {
  const [logout, { loading }] = useLogoutMutation();
  const sessionChanged = useSessionChanged();
  const navigate = useNavigate();
  const items = MENU.filter((item) => !item.landelijk || isLandelijk(beheerder));
  return (
    <nav aria-label="Beheermenu" className="beheer-menu">
      <Paragraph className="beheer-menu__wie">
        <strong>{beheerder.naam}</strong>
        <br />
        <NavLink to="/profiel" className="utrecht-link">
          Profiel
        </NavLink>
        {' · '}
        <Button
          appearance="subtle-button"
          disabled={loading}
          onClick={async () => {
            // Even when the session had already ended, the screen must stop showing it.
            try {
              await logout();
            } finally {
              await sessionChanged();
              await navigate('/inloggen');
            }
          }}
        >
          Uitloggen
        </Button>
      </Paragraph>
      <ul className="beheer-menu__lijst">
        <li>
          <NavLink to="/" end className="utrecht-link">
            Dashboard
          </NavLink>
        </li>
        {items.map((item) => (
          <li key={item.pad}>
            <NavLink to={item.pad} className="utrecht-link">
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
