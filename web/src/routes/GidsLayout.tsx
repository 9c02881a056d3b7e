import { PageShell } from '@instrumentengidsen/ui';
import type { ReactNode } from 'react';
import { Link as RouterLink, NavLink, Outlet, useParams } from 'react-router';
import { LoginStatus } from '../components/LoginStatus';
import { gidsBySlug, GIDSEN } from '../gidsen';
import { NotFound } from './NotFound';

/** The shell outside a guide (the choice on `/`, old links, unknown paths): both guides named, a neutral theme. */
export function NeutralShell({ children }: { children: ReactNode }) {
  return (
    <div className="neutral-theme">
      <PageShell title="Instrumentengids" tagline="Eva voor werkzoekenden · Dennis voor werkgevers" headerEnd={<LoginStatus />}>
        {children}
      </PageShell>
    </div>
  );
}

/** Every page under `/eva` or `/dennis`: the guide's theme (themes.css), its name in the header and its navigation. */
export function GidsLayout() {
  const gids = gidsBySlug(useParams().gids);
  if (!gids) {
    return (
      <NeutralShell>
        <NotFound />
      </NeutralShell>
    );
  }
  const ander = GIDSEN.find((g) => g !== gids)!;
  return (
    <div data-gids={gids.slug} className="gids-theme">
      <PageShell title={gids.naam} tagline={gids.titel} headerEnd={<LoginStatus />}>
        <nav aria-label={`Navigatie ${gids.naam}`} className="gids-nav">
          <NavLink to={`/${gids.slug}`} end className="utrecht-link">
            Over {gids.naam}
          </NavLink>
          <NavLink to={`/${gids.slug}/zoeken`} className="utrecht-link">
            Zoeken
          </NavLink>
          <NavLink to={`/${gids.slug}/werklandschap`} className="utrecht-link">
            Werklandschap
          </NavLink>
          <RouterLink to={`/${ander.slug}`} className="utrecht-link">
            Naar {ander.naam}, voor {ander.voor}
          </RouterLink>
        </nav>
        <Outlet />
      </PageShell>
    </div>
  );
}
