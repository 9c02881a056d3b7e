import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { labelVan, type VeldNaam } from './velden';

/**
 * A save refused because someone else saved first (CONFLICT): what they changed, what the beheerder changed,
 * and the way out that loses nothing: load the newest version with the beheerder's own changes on top, then save again.
 */
export function ConflictMelding({ anderen, eigen, herlaad }: { anderen: VeldNaam[]; eigen: VeldNaam[]; herlaad: () => void }) {
  const kop = useRef<HTMLHeadingElement>(null);
  useEffect(() => kop.current?.focus(), []);
  return (
    <Alert type="error" className="conflict-melding">
      <Heading2 ref={kop} tabIndex={-1}>Iemand anders heeft dit instrument intussen gewijzigd</Heading2>
      <Paragraph>Je wijzigingen zijn nog niet opgeslagen. Intussen is dit veranderd:</Paragraph>
      <ul aria-label="Intussen gewijzigd">
        {anderen.length ? anderen.map((veld) => <li key={veld}>{labelVan(veld)}</li>) : <li>De koppelingen (stap 2)</li>}
      </ul>
      {eigen.length > 0 && (
        <Paragraph>
          Jouw wijzigingen ({eigen.map(labelVan).join(', ')}) blijven staan als je de nieuwste versie laadt.
          {eigen.some((veld) => anderen.includes(veld)) && ' Let op: een veld dat jullie allebei wijzigden krijgt jouw tekst.'}
        </Paragraph>
      )}
      <Button appearance="primary-action-button" onClick={herlaad}>
        Nieuwste versie laden en mijn wijzigingen houden
      </Button>
    </Alert>
  );
}
