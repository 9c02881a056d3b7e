import { formatNumber } from '@instrumentengidsen/ui';
import { Link as RouterLink, useLocation } from 'react-router';
import type { InstrumentStatus } from '../../../__generated__/graphql';
import { STATUSSEN } from '../labels';

type Aantallen = Record<'alle' | Lowercase<InstrumentStatus>, number>;

/**
 * The number of instruments per status under the other filters, each a link that filters on it (the current one
 * marked): how many concepts are still waiting is the first thing a beheerder wants to know.
 */
export function StatusAantallen({ aantallen, actief }: { aantallen: Aantallen; actief: InstrumentStatus | undefined }) {
  const { search } = useLocation();
  const naar = (status: InstrumentStatus | undefined) => {
    const params = new URLSearchParams(search);
    if (status) params.set('status', status);
    else params.delete('status');
    params.delete('na');
    params.delete('terug');
    return `?${params}`;
  };
  const items = [{ status: undefined, label: 'Alle', aantal: aantallen.alle }, ...STATUSSEN.map((s) => ({ ...s, aantal: aantallen[s.status.toLowerCase() as Lowercase<InstrumentStatus>] }))];
  return (
    <ul className="status-aantallen" aria-label="Aantal per status">
      {items.map(({ status, label, aantal }) => (
        <li key={label}>
          <RouterLink to={naar(status)} className="utrecht-link" aria-current={status === actief ? 'true' : undefined}>
            {label} <span className="status-aantallen__aantal">{formatNumber(aantal)}</span>
          </RouterLink>
        </li>
      ))}
    </ul>
  );
}
