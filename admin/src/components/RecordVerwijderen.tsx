import { ErrorState } from '@instrumentengidsen/ui';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { Bevestiging } from './Bevestiging';
import { isVerouderd, recordFout } from './record-fouten';

/**
 * "Verwijderen" with a confirmation (Bevestiging). A record that is still used somewhere stays: the server's
 * CONFLICT says where, and is shown as it is; a stale one offers a reload.
 */
export function RecordVerwijderen({ knop = 'Verwijderen', titel, children, onVerwijder, naar, melding, onHerladen }: {
  knop?: string;
  /** The question: "Contactpersoon verwijderen?" */
  titel: string;
  /** What deleting means, in the confirmation. */
  children: ReactNode;
  onVerwijder: () => Promise<unknown>;
  /** Where to go afterwards (the list), and what to say there. */
  naar: string;
  melding: string;
  onHerladen?: () => Promise<unknown>;
}) {
  const [vragen, setVragen] = useState(false);
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<string | null>(null);
  const navigate = useNavigate();

  const antwoord = async (ja: boolean) => {
    setVragen(false);
    if (!ja) return;
    setBezig(true);
    setFout(null);
    try {
      await onVerwijder();
      await navigate(naar, { state: { melding } });
    } catch (error) {
      setFout(recordFout(error).melding);
    } finally {
      setBezig(false);
    }
  };

  return (
    <div className="record-verwijderen">
      {fout && (
        <ErrorState>
          {fout}
          {onHerladen && isVerouderd(fout) && (
            <Paragraph>
              <Button appearance="secondary-action-button" onClick={async () => { await onHerladen(); setFout(null); }}>
                Opnieuw laden
              </Button>
            </Paragraph>
          )}
        </ErrorState>
      )}
      <Button appearance="secondary-action-button" hint="danger" disabled={bezig} onClick={() => setVragen(true)}>
        {knop}
      </Button>
      <Bevestiging open={vragen} titel={titel} ja="Ja, verwijderen" gevaar onAntwoord={antwoord}>
        {children}
      </Bevestiging>
    </div>
  );
}
