import { ErrorState, formatNumber, LoadingState, useDocumentTitle } from '@instrumentengidsen/ui';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { Link as RouterLink } from 'react-router';
import { useBeheerDashboardQuery } from '../__generated__/hooks';
import { useBeheerder } from '../session';

const STATUSSEN = [
  { key: 'concept', status: 'CONCEPT', label: 'concept', uitleg: 'nog niet gepubliceerd' },
  { key: 'gepland', status: 'GEPLAND', label: 'gepland', uitleg: 'publicatie begint later' },
  { key: 'gepubliceerd', status: 'GEPUBLICEERD', label: 'gepubliceerd', uitleg: 'nu te vinden in de gids' },
  { key: 'verlopen', status: 'VERLOPEN', label: 'verlopen', uitleg: 'publicatieperiode voorbij' },
] as const;

/** The start page after logging in: how the beheerder's instruments stand, each count a way into the list. */
export function Dashboard() {
  useDocumentTitle('Dashboard – Beheeromgeving');
  const { beheerder } = useBeheerder();
  const { data, error, loading } = useBeheerDashboardQuery();
  return (
    <>
      <Heading1>Dashboard</Heading1>
      <Paragraph lead>
        Welkom, {beheerder?.naam}. Hier vul en onderhoud je de instrumenten van {beheerder?.organisaties.map((o) => o.naam).join(' en ') || 'alle organisaties'}.
      </Paragraph>
      <Heading2>Jouw instrumenten</Heading2>
      {loading && <LoadingState>Aantallen laden…</LoadingState>}
      {error && <ErrorState>De aantallen konden niet worden geladen. Probeer het later opnieuw.</ErrorState>}
      {data && (
        <ul className="status-tegels" aria-label="Instrumenten per status">
          {STATUSSEN.map(({ key, status, label, uitleg }) => (
            <li key={key} className="status-tegel">
              <RouterLink to={`/instrumenten?status=${status}`} className="utrecht-link">
                <span className="status-tegel__aantal">{formatNumber(data[key].totalCount)}</span> {label}
              </RouterLink>
              <span className="status-tegel__uitleg">{uitleg}</span>
            </li>
          ))}
        </ul>
      )}
      <Paragraph>
        <RouterLink to="/instrumenten/nieuw" className="utrecht-link">
          Nieuw instrument of leerwerktraject maken
        </RouterLink>
      </Paragraph>
    </>
  );
}
