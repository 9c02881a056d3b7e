import { NoticeState } from '@instrumentengidsen/ui';
import { useLocation } from 'react-router';

/** Shows "Contactpersoon Jan is opgeslagen." on the screen a save or delete led to; nothing otherwise. */
export function RecordMelding() {
  const tekst = (useLocation().state as { melding?: unknown } | null)?.melding;
  if (typeof tekst !== 'string') return null;
  return (
    <div role="status">
      <NoticeState>{tekst}</NoticeState>
    </div>
  );
}
