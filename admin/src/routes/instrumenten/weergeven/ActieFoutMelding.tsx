import { ErrorState } from '@instrumentengidsen/ui';
import type { ActieFout } from './actie-fout';
import { ConflictMelding } from './ConflictMelding';

export function ActieFoutMelding({ fout, onHerladen }: { fout: ActieFout | null; onHerladen: () => void }) {
  if (!fout) return null;
  return fout.soort === 'conflict' ? <ConflictMelding onHerladen={onHerladen} /> : <ErrorState>{fout.tekst}</ErrorState>;
}
