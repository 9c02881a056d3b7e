import { formatDate } from '@instrumentengidsen/ui';
import type { InteractieSoort, Periode } from '../../__generated__/graphql';

export const SOORTEN: { soort: InteractieSoort; label: string }[] = [
  { soort: 'ZOEKEN', label: 'Zoekopdrachten' },
  { soort: 'BEKEKEN', label: 'Bekeken' },
  { soort: 'CONTACT', label: 'Contact' },
  { soort: 'LINK', label: 'Links' },
  { soort: 'DOWNLOAD', label: 'Downloads' },
  { soort: 'VIDEO', label: "Video's" },
];

export const PERIODE_LABEL: Record<Periode, string> = { DAG: 'dag', WEEK: 'week', MAAND: 'maand' };

const procent = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 });

/** A ratio as "12,5%", or a dash when there is nothing to divide by. */
export const formatRatio = (ratio: number | null | undefined) => (ratio === null || ratio === undefined ? '–' : procent.format(ratio));

/** "1 maart 2026 tot en met 31 maart 2026". */
export const formatPeriode = (van: string, tot: string) => `${formatDate(van)} tot en met ${formatDate(tot)}`;
