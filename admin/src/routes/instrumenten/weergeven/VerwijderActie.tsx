import { Button } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useVerwijderInstrumentMutation } from '../../../__generated__/hooks';
import { Bevestiging } from '../../../components/Bevestiging';
import { actieFoutVan, type ActieFout } from './actie-fout';
import { ActieFoutMelding } from './ActieFoutMelding';
import { vergeetLijsten } from './vergeet-lijsten';

/**
 * "Verwijderen" with a question first. The instrument goes to the prullenbak (restorable there); afterwards the
 * list says so.
 */
export function VerwijderActie({ id, naam, version, onHerladen }: { id: string; naam: string; version: number; onHerladen: () => void }) {
  const [vragen, setVragen] = useState(false);
  const [fout, setFout] = useState<ActieFout | null>(null);
  const [verwijder, { loading }] = useVerwijderInstrumentMutation();
  const navigate = useNavigate();
  return (
    <>
      <Button appearance="secondary-action-button" hint="danger" disabled={loading} onClick={() => { setFout(null); setVragen(true); }}>
        Verwijderen
      </Button>
      <Bevestiging
        open={vragen}
        titel="Instrument verwijderen?"
        ja="Ja, verwijderen"
        nee="Annuleren"
        gevaar
        onAntwoord={async (ja) => {
          setVragen(false);
          if (!ja) return;
          try {
            await verwijder({ variables: { id, version }, update: (cache) => vergeetLijsten(cache, id) });
            await navigate('/instrumenten', { state: { melding: `"${naam}" is verwijderd. Je kunt het terugzetten vanuit de prullenbak.` } });
          } catch (error) {
            setFout(actieFoutVan(error));
          }
        }}
      >
        "{naam}" gaat naar de prullenbak en staat dan niet meer in de gids. Vanuit de prullenbak kun je het terugzetten.
      </Bevestiging>
      <ActieFoutMelding fout={fout} onHerladen={() => { setFout(null); onHerladen(); }} />
    </>
  );
}
