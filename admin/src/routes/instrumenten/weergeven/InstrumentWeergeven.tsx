import { useDocumentTitle } from '@instrumentengidsen/ui';
import { ButtonGroup, Heading1, Paragraph } from '@utrecht/component-library-react';
import { Link as RouterLink } from 'react-router';
import { BlokGegevens } from '../blokken/BlokGegevens';
import { LeegTonen } from '../blokken/Blok';
import { InstrumentBlokken } from '../blokken/InstrumentBlokken';
import { InstrumentLaden, type BeheerInstrument } from '../InstrumentLaden';
import { gidsNaam } from '../labels';
import { KnopLink } from '../KnopLink';
import { AuditGeschiedenis } from './AuditGeschiedenis';
import { PublicatieBlok } from './PublicatieBlok';
import { VerwijderActie } from './VerwijderActie';

/** "Acties > weergeven" (handleiding 2.6): every block of the instrument, its status, the actions and its history. */
export function InstrumentWeergeven() {
  return <InstrumentLaden>{(instrument, herladen) => <Weergave instrument={instrument} herladen={herladen} />}</InstrumentLaden>;
}

function Weergave({ instrument: i, herladen }: { instrument: BeheerInstrument; herladen: () => void }) {
  useDocumentTitle(`${i.naam} – Beheeromgeving`);
  return (
    <article className="instrument-weergave">
      <Paragraph>
        <RouterLink to="/instrumenten" className="utrecht-link">
          Terug naar instrumenten
        </RouterLink>
      </Paragraph>
      <Paragraph small>Instrument in {gidsNaam(i.gids)}</Paragraph>
      <Heading1>{i.naam}</Heading1>
      <ButtonGroup className="instrument-acties">
        <KnopLink to="bewerken" primair>Bewerken</KnopLink>
        <KnopLink to="voorbeeld">Voorbeeld</KnopLink>
        <VerwijderActie id={i.id} naam={i.naam} version={i.version} onHerladen={herladen} />
      </ButtonGroup>
      <PublicatieBlok instrument={i} onHerladen={herladen} />
      <LeegTonen.Provider value>
        <BlokGegevens instrument={i} />
        <InstrumentBlokken instrument={i} />
      </LeegTonen.Provider>
      <AuditGeschiedenis instrumentId={i.id} />
    </article>
  );
}
