import type { InstrumentStatus } from '../../__generated__/graphql';
import { statusLabel } from './labels';

/** A status as a small coloured label; the word carries the meaning, the colour only helps to scan. */
export function StatusLabel({ status }: { status: InstrumentStatus }) {
  return <span className={`status-label status-label--${status.toLowerCase()}`}>{statusLabel(status)}</span>;
}
